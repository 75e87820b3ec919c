// The page's own product titles, for the words of a removed name quoted with them: the buyer is
// "Lorraine Chevalier", the product "Torchon brodé Croix de Lorraine (lot de 2)", and the
// seller's reply says "nous vous renvoyons un Torchon brodé Croix de Lorraine". A name's word
// chased alone stays where it sits among the title's own words, three in a row at least ("Croix
// de Lorraine"); "merci Lorraine" still names her.

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const wordsOf = (text: string): string[] => (text.match(WORD) ?? []).map((word) => word.toLowerCase());

export class TitlePhrases {
  /** Three consecutive words of a title, joined by a space. */
  private readonly threes = new Set<string>();

  note(title: string): void {
    const words = wordsOf(title);
    for (let i = 0; i + 2 < words.length; i++) this.threes.add(words.slice(i, i + 3).join(' '));
  }

  /** Whether the word found at `index` of `text` is among three words of a title there. */
  holds(word: string, text: string, index: number): boolean {
    if (this.threes.size === 0) return false;
    const before = wordsOf(text.slice(Math.max(0, index - 80), index)).slice(-2);
    const after = wordsOf(text.slice(index + word.length, index + word.length + 80)).slice(0, 2);
    const around = [...before, ...wordsOf(word), ...after];
    const at = before.length;
    for (let start = Math.max(0, at - 2); start <= at && start + 2 < around.length; start++)
      if (this.threes.has(around.slice(start, start + 3).join(' '))) return true;
    return false;
  }
}
