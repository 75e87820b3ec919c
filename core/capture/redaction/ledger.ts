import { collapse } from '../../page/text';
import { isCountryName } from '../personal-labels';
import { isOrganisation, isPageWordThere, isPlaceThere } from './common-words';
import { fileSpellings, foldWord, withoutPersonalFileNames } from './file-names';
import { namePartsOf } from './name-parts';
import { escapeRegExp, SEPARATOR, SEPARATORS } from './patterns';
import { PLACEHOLDERS, REMOVED_KINDS, type RemovedCounts, type RemovedKind } from './placeholders';
import { TitlePhrases } from './title-phrases';

// What one capture removed: distinct values per kind (the counts the seller confirms before the
// file is written), and the exact names, streets and e-mails taken out of a labeled region, which
// are replaced again wherever else they appear (another text, an attribute, the `<title>`).

export class RemovedLedger {
  private readonly seen: Record<RemovedKind, Set<string>> = {
    names: new Set(),
    addresses: new Set(),
    phones: new Set(),
    emails: new Set(),
    messages: new Set(),
    ids: new Set(),
  };
  private regions = 0;
  /** Lower-cased removed text → its placeholder. */
  private readonly strings = new Map<string, string>();
  private everywhere: { size: number; pattern: RegExp | null } = { size: 0, pattern: null };
  /**
   * Single words of removed names ("Heijden", "Ludovica"), matched only as a name is written
   * (capitalized or in capitals), so that a surname that is also a word ("Petit") stays a word.
   */
  private readonly nameWords = new Set<string>();
  private readonly phrases = new Set<string>();
  private words: { size: number; pattern: RegExp | null } = { size: 0, pattern: null };

  /** Words of removed names and streets, folded, as a file's name would write them. */
  private readonly fileWords = new Set<string>();
  /** The page's product titles, whose words stay where they are quoted (./title-phrases.ts). */
  readonly titles = new TitlePhrases();

  /** Towns of removed addresses ("69007 Lyon"), folded: a surname may be one (./common-words.ts). */
  private readonly towns = new Set<string>();

  note(kind: RemovedKind, value: string): void {
    this.seen[kind].add(value);
    if (kind === 'addresses') {
      this.noteFileWords(value);
      this.noteTown(value);
    }
  }

  /** "69007 Lyon", or a town field's "lyon" alone (a street has a number or a street's word). */
  private noteTown(address: string): void {
    const town = /\d{4,5}\s+(\p{L}+)/u.exec(address)?.[1] ?? /^\s*(\p{L}{3,})\s*$/u.exec(address)?.[1];
    if (town && !STREET_WORDS.has(foldWord(town))) this.towns.add(town.toLowerCase());
  }

  /** A street's own words ("Kedzie", "Lindenstraße"), not the words every street has. */
  private noteFileWords(value: string): void {
    for (const word of value.split(/[^\p{L}]+/u)) {
      const folded = foldWord(word);
      if (folded.length >= 4 && !STREET_WORDS.has(folded) && !PLACEHOLDER_WORDS.has(folded))
        for (const spelling of fileSpellings(word)) this.fileWords.add(spelling);
    }
  }

  /** A labeled region replaced whole: counted once, whatever it held. */
  noteRegion(kind: RemovedKind): void {
    this.seen[kind].add(`\ufdd0region ${this.regions++}`);
  }

  /**
   * A value taken out of a labeled region, to be replaced wherever else it appears. Too short,
   * too long, a country, a placeholder or only digits and punctuation: not worth chasing (it
   * would replace ordinary words and numbers).
   */
  noteString(value: string, placeholder: string): void {
    const text = collapse(value);
    if (text.length < 3 || text.length > 80 || isCountryName(text)) return;
    if (Object.values(PLACEHOLDERS).some((p) => p.toLowerCase() === text.toLowerCase())) return;
    if (/^[\d\s.,:/-]*$/u.test(text)) return;
    if (placeholder === PLACEHOLDERS.street || placeholder === PLACEHOLDERS.city) {
      this.noteFileWords(text);
      this.noteTown(text);
    }
    this.strings.set(comparable(text), placeholder);
    // A file name or a URL writes "Hélène" as "Helene".
    const plain = withoutAccents(text);
    if (plain !== text) this.strings.set(comparable(plain), placeholder);
    // A label in capitals writes "Straße" as "STRASSE".
    if (/ß/.test(text)) this.strings.set(comparable(text.replace(/ß/g, 'ss')), placeholder);
  }

  /**
   * A customer message replaced whole: its phrases are then looked for in other texts, where a
   * page quotes it (a removal dialog quoting a review, a support case quoting an e-mail).
   */
  noteMessage(value: string): void {
    for (const phrase of collapse(value).split(/[.!?;:()„“”"«»\n]+/)) {
      const text = phrase.trim().toLowerCase();
      if (text.length >= 24 && /\p{L}{3}.*\s.*\p{L}{3}/u.test(text)) this.phrases.add(text);
    }
  }

  /** Whether `text` quotes a phrase of a customer message removed from this page. */
  quotesMessage(text: string): boolean {
    if (this.phrases.size === 0 || text.length < 24) return false;
    const shown = collapse(text).toLowerCase();
    for (const phrase of this.phrases) if (shown.includes(phrase)) return true;
    return false;
  }

  /** A removed name: chased whole, and by its surname and given names (./name-parts.ts). */
  noteName(value: string): void {
    // data-author="Amazon", "Message from Royal Mail": a sender that is no person.
    if (isOrganisation(value)) return;
    this.noteString(value, PLACEHOLDERS.name);
    for (const part of namePartsOf(value)) {
      if (isCountryName(part) || PLACEHOLDER_WORDS.has(comparable(part))) continue;
      for (const word of part.split(' '))
        if (word.length >= 3) for (const spelling of fileSpellings(word)) this.fileWords.add(spelling);
      if (part.includes(' ')) this.noteString(part, PLACEHOLDERS.name);
      else
        for (const written of new Set([part, withoutAccents(part)])) {
          this.nameWords.add(written);
          this.nameWords.add(written.toUpperCase());
          // "HARRIS, JAMES T." in a list is "James T. Harris" in a title and a draft's greeting.
          if (written === written.toUpperCase()) this.nameWords.add(titleCase(written));
        }
    }
  }

  /** Whether `text` is a name removed from this page. */
  isRemovedName(text: string): boolean {
    return this.strings.get(comparable(collapse(text))) === PLACEHOLDERS.name;
  }

  /**
   * Whether `text` is a removed name however it is shortened: "F. van Afferden" once "Friedhelm
   * van Afferden" is removed (its words go, an initial alone is left).
   */
  namesRemovedPerson(text: string): boolean {
    if (this.isRemovedName(text)) return true;
    const out = this.replaceRemoved(text);
    return out !== text && !/\p{L}{2}/u.test(out.split(PLACEHOLDERS.name).join(' '));
  }

  /**
   * `text` with every removed string replaced by its placeholder, whatever its case or spacing;
   * with `words: false`, the words of names are not chased alone (a product title, an id).
   */
  replaceRemoved(text: string, { words: chaseWords = true } = {}): string {
    const pattern = this.pattern();
    let out = withoutPersonalFileNames(text, this.fileWords);
    if (pattern)
      out = out.replace(
        pattern,
        (found: string, index: number, whole: string) =>
          (this.keepsStringThere(found, whole, index) ? found : undefined) ??
          this.strings.get(comparable(found)) ??
          this.strings.get(comparable(collapse(found.replace(SEPARATORS, ' ')))) ??
          PLACEHOLDERS.name,
      );
    const words = chaseWords ? this.wordPattern() : null;
    return words
      ? out.replace(words, (word: string, index: number, whole: string) =>
          this.keepsWordThere(word, whole, index) ? word : PLACEHOLDERS.name,
        )
      : out;
  }

  /**
   * Whether one word of a removed name, found alone, is something else where it stands: a SKU's
   * or a label's word, a product title's, a town's. A one-word name ("Viola") is chased as a
   * string, and weighed the same way (CANDELA-VIOLA-250).
   */
  private keepsWordThere(word: string, text: string, index: number): boolean {
    if (!/^[\p{L}'’-]+$/u.test(word)) return false;
    return (
      isPageWordThere(word, text, index) ||
      this.titles.holds(word, text, index) ||
      this.isTownThere(word, text, index)
    );
  }

  /**
   * A one-word name chased as a string ("Viola") stays where a word of a longer name would, but
   * as a code's word only inside a code ("CANDELA-VIOLA-250"): "SCHULTE-BOCKHOLT" whole in
   * capitals has a code's shape and is the name.
   */
  private keepsStringThere(found: string, text: string, index: number): boolean {
    const inCode = /[-_./]$/.test(text.slice(0, index)) || /^[-_./]/.test(text.slice(index + found.length));
    if (inCode) return this.keepsWordThere(found, text, index);
    return (
      /^\p{L}+$/u.test(found) &&
      (this.titles.holds(found, text, index) || this.isTownThere(found, text, index))
    );
  }

  /** Towns written with a postcode anywhere on the page ("45007 Toledo"): a place, when a name says them. */
  noteTownsOf(text: string): void {
    for (const match of text.matchAll(/(?<![\p{L}\p{N}./-])\d{4,5}[ \u00a0]+(\p{Lu}\p{L}{2,})/gu))
      this.noteTown(match[0]);
  }

  /**
   * A removed name's word that is a town ("Lyon" of "Margot Lyon") where it stands as the town:
   * after any postcode (not a date's year: "09.12.2024 Weber"), or where the buyer's own town is
   * written as a place (./common-words.ts).
   */
  private isTownThere(word: string, text: string, index: number): boolean {
    if (/^\p{L}+$/u.test(word) && /(?<![\p{L}\p{N}./-])\d{4,5}\s+$/u.test(text.slice(0, index))) return true;
    return this.towns.has(word.toLowerCase()) && isPlaceThere(word, text, index);
  }

  counts(): RemovedCounts {
    return Object.fromEntries(REMOVED_KINDS.map((kind) => [kind, this.seen[kind].size])) as RemovedCounts;
  }

  /** One alternation of the removed strings, longest first, rebuilt only when one was added. */
  private pattern(): RegExp | null {
    if (this.everywhere.size !== this.strings.size) {
      const alternatives = [...this.strings.keys()]
        .sort((a, b) => b.length - a.length)
        .map((text) => text.split(' ').map(escapeWord).join(SEPARATOR));
      this.everywhere = {
        size: this.strings.size,
        pattern:
          alternatives.length > 0
            ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
            : null,
      };
    }
    return this.everywhere.pattern;
  }

  private wordPattern(): RegExp | null {
    if (this.words.size !== this.nameWords.size) {
      const alternatives = [...this.nameWords].sort((a, b) => b.length - a.length).map(escapeWord);
      this.words = {
        size: this.nameWords.size,
        pattern:
          alternatives.length > 0
            ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
            : null,
      };
    }
    return this.words.pattern;
  }
}

/** Words of any street, in the five languages: alone in a file's name they say nothing. */
const STREET_WORDS = new Set(
  'street road avenue lane drive close court place square terrace crescent gardens parkway boulevard rue chemin allee impasse route quai cours passage residence strasse platz allee gasse ring damm calle avenida plaza paseo camino carretera ronda travesia avda viale piazza corso vicolo largo strada contrada'.split(
    ' ',
  ),
);
/** "Mme Nom Prénom" is a placeholder already: its words are never chased. */
const PLACEHOLDER_WORDS = new Set(
  Object.values(PLACEHOLDERS).flatMap((placeholder) => placeholder.toLowerCase().split(/[\s,]+/)),
);
/** Apostrophes are written straight or typographic for one name ("Dell'Acqua", "Dell’Acqua"). */
const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
/** "HUBER-STÖCKL" as "Huber-Stöckl", "DELL'ACQUA" as "Dell'Acqua". */
const titleCase = (word: string) =>
  word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
const comparable = (text: string) => text.toLowerCase().replace(/’/g, "'");
const escapeWord = (text: string) => escapeRegExp(text).replace(/['’]/g, "['’]");
