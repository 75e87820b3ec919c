import { collapse } from '../../page/text';
import { COMPANY_FORM } from './seller-firm-line';

// The pieces of a removed name that identify the person on their own. Pages write one name in
// many shapes: surname first ("von Brühl, Annika"), in capitals ("DELL'ACQUA LUDOVICA"), with
// initials ("M. H. DE LA FONTAINE", "Salvatore L."), as "Herr van der Heijden" in a reply, or by
// the first name alone in a gift message. Chasing the whole name misses all of these; chasing
// its surname (with its particles) and its given names catches them.

/** Particles that belong to the surname that follows them (fr, nl, de, es, it, pt, ca). */
const PARTICLES = new Set([
  'de',
  'la',
  'le',
  'du',
  'des',
  "d'",
  'van',
  'der',
  'den',
  'von',
  'zu',
  'ten',
  'ter',
  'del',
  'della',
  'dell',
  'dei',
  'degli',
  'di',
  'da',
  'lo',
  'dos',
  'das',
  'do',
  'i',
  'y',
  'e',
]);
/** Titles, suffixes and honorifics written with a name, never a name themselves. */
const NOT_NAMES = new Set(
  [
    'm',
    'mme',
    'mlle',
    'mr',
    'mrs',
    'ms',
    'miss',
    'dr',
    'jr',
    'sr',
    'sra',
    'srta',
    'herr',
    'frau',
    'sig',
    'sigra',
    'signor',
    'signora',
    'don',
    'doña',
    'avv',
    'dott',
    'dott.ssa',
    'prof',
    'ing',
    'me',
    'ii',
    'iii',
    'c/o',
    // "Famille Dubreuil", "Familie Wagner": the family's name is the person's, not the word.
    'famille',
    'familie',
    'family',
    'famiglia',
    'familia',
  ].map((word) => word.toLowerCase()),
);

/**
 * A firm's legal form ("SAS Brasserie du Port", "Talleres Iruña S.L.") names no one: chased, it
 * would take the seller's own "… SAS" everywhere.
 */
// In either case: a label preview writes "TEME VALLEY CERAMICS LTD", "CANDELE FELSINEE S.R.L.".
const LEGAL_FORM = new RegExp(`^${COMPANY_FORM}[.,]?$`, 'i');

const FIRM_NAME = new RegExp(`\\s${COMPANY_FORM}[.,]?$`, 'i');

const bare = (word: string) => word.toLowerCase().replace(/[.,]+$/, '');

/**
 * Surnames with their particles ("van der Heijden", "Dell'Acqua") and given names ("Ludovica")
 * of a name as a page wrote it. Words of fewer than 3 letters and initials are left out.
 */
export function namePartsOf(name: string): string[] {
  // "FROM: TEME VALLEY CERAMICS LTD": a firm with its legal form names no one by its words, and
  // its words are the seller's own shop wherever else they show; it is chased whole only.
  if (FIRM_NAME.test(collapse(name))) return [];
  // "陈美玲 (Chen Meiling)": the name in its own script, and in Latin letters in brackets.
  const words = collapse(name)
    .replace(/[,()[\]<>«»"“”]/g, ' ')
    .split(' ')
    .filter(
      (word) =>
        word !== '' && !NOT_NAMES.has(bare(word)) && !/^\p{L}\.?$/u.test(word) && !LEGAL_FORM.test(word),
    );
  const parts = new Set<string>();
  let particles: string[] = [];
  for (const word of words) {
    if (PARTICLES.has(word.toLowerCase()) && words.length > 1) {
      particles.push(word);
      continue;
    }
    const clean = word.replace(/[.,;:]+$/, '');
    // Scripts without capitals (Chinese, Japanese, Korean, Arabic…) write a name as any word.
    const caseless = /^\p{Lo}/u.test(clean) && clean.replace(/[^\p{L}]/gu, '').length >= 2;
    if (caseless || (/^\p{Lu}/u.test(clean) && clean.replace(/[^\p{L}]/gu, '').length >= 3)) {
      parts.add(clean);
      if (particles.length > 0) {
        parts.add([...particles, clean].join(' '));
        // A signature or a label writes "van der Berg" fused, in capitals: "R VANDERBERG".
        const fused = [...particles, clean].join('').toLowerCase();
        if (/^\p{L}+$/u.test(fused)) parts.add(fused[0]!.toUpperCase() + fused.slice(1));
      }
    }
    particles = [];
  }
  return [...parts];
}
