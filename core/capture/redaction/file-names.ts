// A file's name written by a buyer carries what they are: "photo_door_4417_kedzie.jpg",
// "rocio-benitez-dni.pdf", "Lieferung_Lindenstrasse44.heic". Names and streets are chased in
// text as they are written (capitalized, with spaces); a file name writes them in lower case,
// joined by "_" or "-", without accents. So a file name is read word by word, and one holding a
// word of a removed name or street loses its stem (its type stays: the seller sees it was a photo).

export const FILE_PLACEHOLDER_STEM = 'fichier-retire';

const FILE_NAME =
  /(?<![\w.-])([\p{L}\p{N}][\p{L}\p{N}_.-]*?)\.(jpe?g|png|gif|heic|heif|webp|bmp|tiff?|pdf|docx?|xlsx?|odt|csv|txt|mp4|mov|zip)(?![\p{L}\p{N}_-])/giu;

const LETTERS_WITHOUT_ACCENT: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};
/** Lower case, no accents, "ß" as "ss", "ø" as "o": a word as a file name writes it. */
export const foldWord = (word: string): string =>
  word
    .toLowerCase()
    .replace(/[ßøæœłđı]/g, (letter) => LETTERS_WITHOUT_ACCENT[letter]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');

/** A word's spellings in a file name: "würzburger" as "wurzburger" and "wuerzburger". */
export const fileSpellings = (word: string): string[] => [
  foldWord(word),
  foldWord(word.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue')),
];

/** The words of a file's stem: "photo_door_4417_kedzie" → photo, door, 4417, kedzie. */
const wordsOfStem = (stem: string): string[] =>
  stem
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{L})(\d)|(\d)(\p{L})/gu, '$1$3 $2$4')
    .split(/[\s_.-]+/)
    .map(foldWord)
    .filter((word) => word !== '');

/** `text` with every file name holding one of `removedWords` (folded) written with a neutral stem. */
export function withoutPersonalFileNames(text: string, removedWords: ReadonlySet<string>): string {
  if (removedWords.size === 0 || !text.includes('.')) return text;
  return text.replace(FILE_NAME, (whole, stem: string, type: string) =>
    wordsOfStem(stem).some((word) => removedWords.has(word)) ? `${FILE_PLACEHOLDER_STEM}.${type}` : whole,
  );
}
