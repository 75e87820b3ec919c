// Month and weekday names as Seller Central may print them (domain.md §4), per language.
// Entries are written as CLDR prints them (checked against Intl.DateTimeFormat in Node 20) plus
// the common hand-written variants (German "Mrz", French "fév", English "Sept"). Lookups fold
// case and accents, so "DÉC", "dec" and "déc" are one entry; dots are stripped by the tokenizer.

export type DateLanguage = 'fr' | 'en' | 'de' | 'es' | 'it';

/** Index 0 is January. Each month lists every spelling accepted for it. */
export const MONTH_NAMES: Readonly<Record<DateLanguage, readonly (readonly string[])[]>> = {
  fr: [
    ['janv', 'janvier', 'jan'],
    ['févr', 'février', 'fév', 'fevr', 'fev'],
    ['mars'],
    ['avr', 'avril'],
    ['mai'],
    ['juin'],
    ['juil', 'juillet'],
    ['août', 'aout'],
    ['sept', 'septembre'],
    ['oct', 'octobre'],
    ['nov', 'novembre'],
    ['déc', 'décembre'],
  ],
  en: [
    ['jan', 'january'],
    ['feb', 'february'],
    ['mar', 'march'],
    ['apr', 'april'],
    ['may'],
    ['jun', 'june'],
    ['jul', 'july'],
    ['aug', 'august'],
    ['sep', 'sept', 'september'],
    ['oct', 'october'],
    ['nov', 'november'],
    ['dec', 'december'],
  ],
  de: [
    ['jan', 'januar', 'jän', 'jänner'],
    ['feb', 'februar'],
    ['mär', 'märz', 'mrz', 'maerz'],
    ['apr', 'april'],
    ['mai'],
    ['jun', 'juni'],
    ['jul', 'juli'],
    ['aug', 'august'],
    ['sep', 'sept', 'september'],
    ['okt', 'oktober'],
    ['nov', 'november'],
    ['dez', 'dezember'],
  ],
  es: [
    ['ene', 'enero'],
    ['feb', 'febrero'],
    ['mar', 'marzo'],
    ['abr', 'abril'],
    ['may', 'mayo'],
    ['jun', 'junio'],
    ['jul', 'julio'],
    ['ago', 'agosto'],
    ['sept', 'sep', 'set', 'septiembre', 'setiembre'],
    ['oct', 'octubre'],
    ['nov', 'noviembre'],
    ['dic', 'diciembre'],
  ],
  it: [
    ['gen', 'gennaio'],
    ['feb', 'febbraio'],
    ['mar', 'marzo'],
    ['apr', 'aprile'],
    ['mag', 'maggio'],
    ['giu', 'giugno'],
    ['lug', 'luglio'],
    ['ago', 'agosto'],
    ['set', 'sett', 'settembre'],
    ['ott', 'ottobre'],
    ['nov', 'novembre'],
    ['dic', 'dicembre'],
  ],
};

/** Index 0 is Sunday, as in `Date#getUTCDay`. */
export const WEEKDAY_NAMES: Readonly<Record<DateLanguage, readonly (readonly string[])[]>> = {
  fr: [
    ['dim', 'dimanche'],
    ['lun', 'lundi'],
    ['mar', 'mardi'],
    ['mer', 'mercredi'],
    ['jeu', 'jeudi'],
    ['ven', 'vendredi'],
    ['sam', 'samedi'],
  ],
  en: [
    ['sun', 'sunday'],
    ['mon', 'monday'],
    ['tue', 'tues', 'tuesday'],
    ['wed', 'wednesday'],
    ['thu', 'thur', 'thurs', 'thursday'],
    ['fri', 'friday'],
    ['sat', 'saturday'],
  ],
  de: [
    ['so', 'son', 'sonntag'],
    ['mo', 'mon', 'montag'],
    ['di', 'die', 'dienstag'],
    ['mi', 'mit', 'mittwoch'],
    ['do', 'don', 'donnerstag'],
    ['fr', 'fre', 'freitag'],
    ['sa', 'sam', 'samstag'],
  ],
  es: [
    ['dom', 'domingo'],
    ['lun', 'lunes'],
    ['mar', 'martes'],
    ['mié', 'miércoles'],
    ['jue', 'jueves'],
    ['vie', 'viernes'],
    ['sáb', 'sábado'],
  ],
  it: [
    ['dom', 'domenica'],
    ['lun', 'lunedì'],
    ['mar', 'martedì'],
    ['mer', 'mercoledì'],
    ['gio', 'giovedì'],
    ['ven', 'venerdì'],
    ['sab', 'sabato'],
  ],
};

/**
 * Words that may sit between the parts of a date and carry no date: Spanish "3 de diciembre de
 * 2024", German "am 3. Dez.", French "le 3 déc.", ordinal suffixes ("1er", "3rd").
 */
export const FILLER_WORDS: readonly string[] = [
  'de',
  'del',
  'le',
  'am',
  'on',
  'the',
  'of',
  'el',
  'il',
  'du',
  'vom',
  'dal',
  'desde',
  'from',
  'between',
  'entre',
  'tra',
  'fra',
  'zwischen',
  'dem',
  'er',
  'st',
  'nd',
  'rd',
  'th',
];

/** Words that join the two ends of a range: "du 3 au 5 déc.", "3 to 5 Dec", "3. bis 5. Dez.". */
export const RANGE_WORDS: readonly string[] = [
  'au',
  'to',
  'bis',
  'al',
  'a',
  'e',
  'et',
  'and',
  'und',
  'y',
  'hasta',
  'until',
  'till',
];
