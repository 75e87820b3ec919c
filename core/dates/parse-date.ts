import { type DateLanguage, FILLER_WORDS, MONTH_NAMES, RANGE_WORDS, WEEKDAY_NAMES } from './month-names';

// Reads a calendar day as Seller Central prints it (domain.md §4) and returns `YYYY-MM-DD`, or
// null when the text is not exactly one date (or one range, whose last day is kept). Never
// guesses: unknown words, impossible days (31 févr.), a weekday that contradicts the date, or a
// missing year with no reference day all give null.
//
// A hand-written tokenizer over char codes and lookup tables built once at load: no regular
// expression runs per call, so a content script can parse every date on a page cheaply.

/** A calendar day `YYYY-MM-DD`. */
export type CalendarDay = string;

const LANGUAGES: readonly DateLanguage[] = ['fr', 'en', 'de', 'es', 'it'];

const foldAccents = (word: string): string => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

function buildIndex(table: readonly (readonly string[])[]): Map<string, number> {
  const index = new Map<string, number>();
  table.forEach((names, i) => {
    for (const name of names) {
      index.set(name, i);
      index.set(foldAccents(name), i);
    }
  });
  return index;
}

/** The same lookup for every language at once, used when a page mixes languages. */
function buildUnion(
  tables: Readonly<Record<DateLanguage, readonly (readonly string[])[]>>,
): Map<string, number> {
  const union = new Map<string, number>();
  for (const language of LANGUAGES) {
    for (const [name, i] of buildIndex(tables[language])) {
      const known = union.get(name);
      // A spelling that names two different months in two languages is not used across them.
      union.set(name, known === undefined || known === i ? i : -1);
    }
  }
  return union;
}

const MONTHS_BY_LANGUAGE = new Map(LANGUAGES.map((l) => [l, buildIndex(MONTH_NAMES[l])]));
const WEEKDAYS_BY_LANGUAGE = new Map(LANGUAGES.map((l) => [l, buildIndex(WEEKDAY_NAMES[l])]));
const ANY_MONTH = buildUnion(MONTH_NAMES);
const ANY_WEEKDAY = buildUnion(WEEKDAY_NAMES);
const FILLERS = new Set(FILLER_WORDS);
const RANGE_JOINERS = new Set(RANGE_WORDS);

interface LocaleRules {
  language: DateLanguage | undefined;
  /** en-US writes 12/03/2024 for 3 December; every other supported locale writes the day first. */
  monthFirst: boolean;
}
const localeCache = new Map<string, LocaleRules>();
function rulesFor(locale: string): LocaleRules {
  let rules = localeCache.get(locale);
  if (!rules) {
    const [lang = '', region = ''] = locale.toLowerCase().split(/[-_]/);
    rules = {
      language: (LANGUAGES as readonly string[]).includes(lang) ? (lang as DateLanguage) : undefined,
      monthFirst: lang === 'en' && region === 'us',
    };
    localeCache.set(locale, rules);
  }
  return rules;
}

// Token kinds.
const NUM = 0;
const WORD = 1;
const SLASH = 2;
const DOT = 3;
const HYPHEN = 4;
const DASH = 5;
const COMMA = 6;

const MAX_TOKENS = 40;
// Scratch buffers reused by every call (parsing is synchronous, so never shared concurrently).
const kinds = new Int8Array(MAX_TOKENS);
const values = new Int32Array(MAX_TOKENS); // NUM: value; WORD: month index or -1
const digits = new Int8Array(MAX_TOKENS); // NUM: digit count; WORD: weekday index or -1
const spaced = new Uint8Array(MAX_TOKENS); // 1 when whitespace surrounds the token
const wordRole = new Int8Array(MAX_TOKENS); // WORD: 0 date word, 1 filler, 2 range joiner

const ROLE_DATE = 0;
const ROLE_FILLER = 1;
const ROLE_RANGE = 2;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || (c >= 0x09 && c <= 0x0d);
}
function isLetter(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) // combining accents of decomposed text
  );
}

function hasNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return true;
  return false;
}

function lookup(word: string, own: Map<string, number> | undefined, any: Map<string, number>): number {
  const found = own?.get(word) ?? any.get(word);
  return found === undefined ? -1 : found;
}

/** Splits `text` into the scratch buffers; returns the token count, or -1 for text that is no date. */
function tokenize(text: string, rules: LocaleRules): number {
  const ownMonths = rules.language ? MONTHS_BY_LANGUAGE.get(rules.language) : undefined;
  const ownWeekdays = rules.language ? WEEKDAYS_BY_LANGUAGE.get(rules.language) : undefined;
  let count = 0;
  let sawSpace = false;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      sawSpace = true;
      if (count > 0) spaced[count - 1] = 1;
      i++;
      continue;
    }
    if (count === MAX_TOKENS) return -1;
    spaced[count] = sawSpace ? 1 : 0;
    sawSpace = false;
    if (c >= 0x30 && c <= 0x39) {
      let value = 0;
      let n = 0;
      while (i < length) {
        const d = text.charCodeAt(i);
        if (d < 0x30 || d > 0x39) break;
        if (n < 8) value = value * 10 + (d - 0x30);
        n++;
        i++;
      }
      kinds[count] = NUM;
      values[count] = value;
      digits[count] = n > 8 ? 9 : n;
    } else if (isLetter(c)) {
      const start = i;
      while (i < length && isLetter(text.charCodeAt(i))) i++;
      let word = text.slice(start, i).toLowerCase();
      let month = lookup(word, ownMonths, ANY_MONTH);
      let weekday = lookup(word, ownWeekdays, ANY_WEEKDAY);
      if (month < 0 && weekday < 0 && hasNonAscii(word)) {
        // Composed and decomposed accents ("de\u0301c") both fold to the plain spelling.
        word = foldAccents(word);
        month = lookup(word, ownMonths, ANY_MONTH);
        weekday = lookup(word, ownWeekdays, ANY_WEEKDAY);
      }
      kinds[count] = WORD;
      values[count] = month;
      digits[count] = weekday;
      if (month >= 0 || weekday >= 0) wordRole[count] = ROLE_DATE;
      else if (FILLERS.has(word)) wordRole[count] = ROLE_FILLER;
      else if (RANGE_JOINERS.has(word)) wordRole[count] = ROLE_RANGE;
      else return -1;
    } else {
      i++;
      if (c === 0x2f) kinds[count] = SLASH;
      else if (c === 0x2e) kinds[count] = DOT;
      else if (c === 0x2d) kinds[count] = HYPHEN;
      else if (c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0x2212) kinds[count] = DASH;
      else if (c === 0x2c) kinds[count] = COMMA;
      else return -1;
    }
    count++;
  }
  return count;
}

function daysInMonth(year: number, month0: number): number {
  if (month0 === 1) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month0 === 3 || month0 === 5 || month0 === 8 || month0 === 10 ? 30 : 31;
}

/** 0 = Sunday (Sakamoto's method; no Date allocated). */
function weekdayOf(year: number, month0: number, day: number): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4] as const;
  const y = month0 < 2 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offsets[month0]! + day) % 7;
}

function format(year: number, month0: number, day: number): CalendarDay {
  const m = month0 + 1;
  return `${year}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

function isValid(year: number, month0: number, day: number, weekday: number): boolean {
  return (
    year >= 1900 &&
    year <= 2199 &&
    month0 >= 0 &&
    month0 <= 11 &&
    day >= 1 &&
    day <= daysInMonth(year, month0) &&
    (weekday < 0 || weekdayOf(year, month0, day) === weekday)
  );
}

/** The year that puts month/day closest to `referenceDay`, or -1. */
function inferYear(month0: number, day: number, weekday: number, referenceDay: string | undefined): number {
  if (referenceDay?.length !== 10) return -1;
  const refYear = Number(referenceDay.slice(0, 4));
  const refTime = Date.UTC(refYear, Number(referenceDay.slice(5, 7)) - 1, Number(referenceDay.slice(8, 10)));
  if (!Number.isFinite(refTime)) return -1;
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let year = refYear - 1; year <= refYear + 1; year++) {
    if (!isValid(year, month0, day, weekday)) continue;
    const distance = Math.abs(Date.UTC(year, month0, day) - refTime);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

function isRangeBreak(t: number, textMode: boolean): boolean {
  const kind = kinds[t];
  if (kind === DASH) return true;
  if (kind === WORD) return wordRole[t] === ROLE_RANGE;
  // In "2024-12-03" or "03-12-2024" the hyphen separates fields; next to a month name or with
  // spaces around it, it joins two dates.
  return kind === HYPHEN && (textMode || spaced[t] === 1 || (t > 0 && spaced[t - 1] === 1));
}

function toYear(value: number, digitCount: number): number {
  if (digitCount === 4) return value;
  if (digitCount === 2) return 2000 + value; // short dateStyle: "12/3/24", "03.12.24"
  return -1;
}

/** Numeric forms: ISO `2024-12-03`, `03/12/2024`, `12/03/2024` (en-US), `03.12.2024`, `03/12`. */
function parseNumeric(
  start: number,
  end: number,
  rules: LocaleRules,
  referenceDay?: string,
): CalendarDay | null {
  let weekday = -1;
  let t = start;
  // An optional leading weekday: "Tue 03/12/2024", "Fr., 06.12.2024" (its abbreviation's dot).
  while (
    t < end &&
    (kinds[t] === WORD || kinds[t] === COMMA || (kinds[t] === DOT && t > start && kinds[t - 1] === WORD))
  ) {
    if (kinds[t] === WORD && wordRole[t] === ROLE_DATE) {
      if (weekday >= 0 || digits[t]! < 0) return null;
      weekday = digits[t]!;
    }
    t++;
  }
  const fields: number[] = [];
  const widths: number[] = [];
  let separator = -1;
  for (; t < end; t++) {
    const kind = kinds[t];
    if (kind === NUM) {
      if (fields.length === 3) return null;
      fields.push(values[t]!);
      widths.push(digits[t]!);
    } else if (kind === SLASH || kind === DOT || kind === HYPHEN) {
      if (separator >= 0 && kind !== separator) return null;
      separator = kind!;
      // A German date may end with nothing after its last dot only when it has no year: "03.12."
    } else return null;
  }
  if (fields.length < 2) return null;
  const [a = 0, b = 0, c = 0] = fields;
  const [wa = 0, wb = 0, wc = 0] = widths;
  let year: number;
  let month0: number;
  let day: number;
  if (wa === 4) {
    if (fields.length !== 3 || wb > 2 || wc > 2) return null;
    [year, month0, day] = [a, b - 1, c];
  } else {
    if (wa > 2 || wb > 2) return null;
    [month0, day] = rules.monthFirst ? [a - 1, b] : [b - 1, a];
    if (fields.length === 3) year = toYear(c, wc);
    else year = month0 >= 0 && month0 <= 11 && day >= 1 ? inferYear(month0, day, weekday, referenceDay) : -1;
  }
  return isValid(year, month0, day, weekday) ? format(year, month0, day) : null;
}

interface Segment {
  day: number;
  month0: number;
  year: number;
  weekday: number;
}

/** One side of a range, or a whole date, written with a month name. Null: malformed. */
function parseTextSegment(start: number, end: number): Segment | null {
  const segment: Segment = { day: -1, month0: -1, year: -1, weekday: -1 };
  let firstAmbiguous = -1;
  let secondAmbiguous = -1;
  for (let t = start; t < end; t++) {
    const kind = kinds[t];
    if (kind === NUM) {
      const n = digits[t]!;
      if (n <= 2 && values[t]! >= 1 && values[t]! <= 31) {
        if (segment.day >= 0) return null;
        segment.day = values[t]!;
      } else if (n === 4) {
        if (segment.year >= 0) return null;
        segment.year = values[t]!;
      } else return null;
    } else if (kind === WORD) {
      if (wordRole[t] !== ROLE_DATE) continue;
      const month = values[t]!;
      const weekday = digits[t]!;
      if (month >= 0 && weekday >= 0) {
        // "mar." is Tuesday and March in French texts, "mar" in Spanish and Italian: decided by
        // position below, once the other words of the date are known.
        if (firstAmbiguous < 0) firstAmbiguous = t;
        else if (secondAmbiguous < 0) secondAmbiguous = t;
        else return null;
      } else if (month >= 0) {
        if (segment.month0 >= 0) return null;
        segment.month0 = month;
      } else {
        if (segment.weekday >= 0) return null;
        segment.weekday = weekday;
      }
    } else if (kind !== COMMA && kind !== DOT && kind !== SLASH) return null;
  }
  if (firstAmbiguous >= 0) {
    if (secondAmbiguous >= 0) {
      // "mar 3 mar 2024": the weekday leads, the month follows the day.
      if (segment.month0 >= 0 || segment.weekday >= 0) return null;
      segment.weekday = digits[firstAmbiguous]!;
      segment.month0 = values[secondAmbiguous]!;
    } else if (segment.month0 >= 0) {
      if (segment.weekday >= 0) return null;
      segment.weekday = digits[firstAmbiguous]!;
    } else {
      segment.month0 = values[firstAmbiguous]!;
    }
  }
  return segment;
}

function parseText(count: number, referenceDay?: string): CalendarDay | null {
  let previous: Segment | null = null;
  let last: Segment | null = null;
  let start = 0;
  for (let t = 0; t <= count; t++) {
    if (t < count && !isRangeBreak(t, true)) continue;
    if (t > start || t === count) {
      const segment = parseTextSegment(start, t);
      if (!segment) return null;
      if (last) previous = last;
      last = segment;
      // Carry a month and year forward through the range, "Dec 3 – 5, 2024".
      if (previous && last.month0 < 0) last.month0 = previous.month0;
    }
    start = t + 1;
  }
  if (!last || last.day < 0 || last.month0 < 0) return null;
  let year = last.year;
  if (year < 0 && previous && previous.year >= 0 && previous.month0 >= 0) {
    // "28 déc. 2024 – 3 janv.": the range runs into the next year.
    year = previous.year + (last.month0 < previous.month0 ? 1 : 0);
  }
  if (year < 0) year = inferYear(last.month0, last.day, last.weekday, referenceDay);
  return isValid(year, last.month0, last.day, last.weekday) ? format(year, last.month0, last.day) : null;
}

const ISO_DAY_OR_RANGE = /^\s*(\d{4}-\d{2}-\d{2})(?:\s*(?:[–—-]|to|au|bis|al)\s*(\d{4}-\d{2}-\d{2}))?\s*$/;

/**
 * Parses a date printed on a Seller Central page in `locale` (`fr`, `fr-FR`, `en-GB`, `en-US`,
 * `de`, `es`, `it`...). `referenceDay` (`YYYY-MM-DD`) lets a date without a year ("3 déc.") take
 * the year that puts it closest to that day. Returns `YYYY-MM-DD` or null.
 */
/** Three numbers joined by one separator, unspaced ("19.11.2024", "19/11/2024"): a whole date. */
function hasNumericDate(count: number): boolean {
  for (let t = 0; t + 4 < count; t++) {
    const sep = kinds[t + 1];
    if (sep !== SLASH && sep !== DOT && sep !== HYPHEN) continue;
    if (kinds[t] !== NUM || kinds[t + 2] !== NUM || kinds[t + 3] !== sep || kinds[t + 4] !== NUM) continue;
    if (!spaced[t + 1] && !spaced[t + 2] && !spaced[t + 3]) return true;
  }
  return false;
}

export function parseMarketplaceDate(
  text: string,
  locale: string,
  referenceDay?: string,
): CalendarDay | null {
  if (text.length === 0 || text.length > 120) return null;
  // ISO dates read the same in every locale, and their hyphens are not a range's dash.
  const iso = ISO_DAY_OR_RANGE.exec(text);
  if (iso) {
    const [year, month, day] = (iso[2] ?? iso[1] ?? '').split('-').map(Number) as [number, number, number];
    return isValid(year, month - 1, day, -1) ? format(year, month - 1, day) : null;
  }
  const rules = rulesFor(locale);
  const count = tokenize(text, rules);
  if (count <= 0) return null;
  if (hasNumericDate(count)) {
    // "Mar., 19.11.2024": a word that names a month in one language and a weekday in another
    // ("mar." mardi / martes / martedì) is the weekday when the numbers already make a date.
    for (let t = 0; t < count; t++)
      if (kinds[t] === WORD && values[t]! >= 0 && digits[t]! >= 0) values[t] = -1;
  }
  let textMode = false;
  for (let t = 0; t < count; t++) {
    if (kinds[t] === WORD && values[t]! >= 0) {
      textMode = true;
      break;
    }
  }
  if (textMode) return parseText(count, referenceDay);
  // Numeric: keep the last date of a range.
  let start = 0;
  for (let t = 0; t < count; t++) if (isRangeBreak(t, false)) start = t + 1;
  if (start >= count) return null;
  return parseNumeric(start, count, rules, referenceDay);
}
