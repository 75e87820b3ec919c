import { addDays, calendarDateOf, startOfDayInstant } from '../dates/calendar';
import { MS_PER_DAY } from '../dates/calendar-day';
import { parseMarketplaceDate } from '../dates/parse-date';
import type { CalendarDate } from '../model/primitives';

// Cell values of a report row. Seller Central writes instants (`2024-12-03T10:15:00+00:00`);
// a file re-saved by a French spreadsheet may hold `03/12/2024 10:15` or `1,0`.

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)? ?(Z|[+-]\d{2}(:?\d{2})?)$/;
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;
/**
 * An instant written with a zone abbreviation, as other Amazon flat files and some exports do
 * (`2024-12-05 14:03:11 UTC`, `... PST`): only abbreviations with one meaning, as fixed offsets.
 */
const ISO_ZONE_NAME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*([A-Za-z]{3,4})$/;
const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  UTC: 'Z',
  GMT: 'Z',
  PST: '-08:00',
  PDT: '-07:00',
  MST: '-07:00',
  MDT: '-06:00',
  CST: '-06:00',
  CDT: '-05:00',
  EST: '-05:00',
  EDT: '-04:00',
  CET: '+01:00',
  CEST: '+02:00',
  BST: '+01:00',
  JST: '+09:00',
};
/**
 * Whether a cell is an instant (a date and time with an offset or a zone name), which only a
 * reader of the marketplace's zone can give a day: the other report readers hand these over.
 */
export function isZonedInstant(text: string): boolean {
  const value = text.trim();
  return ISO_INSTANT.test(value) || ISO_ZONE_NAME.test(value);
}

/**
 * The time a spreadsheet appends to a date it saves again: `14:03`, `14:03:11`, `2:03 PM`,
 * `2:03:11 p.m.` (Excel en-US writes 12-hour times). The day is the date part either way: the
 * time is the marketplace's wall clock, so it never moves the day.
 */
const TRAILING_TIME = /\s+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?\s?[Mm]\.?)?\s*$/;
/** `05/12/2024`, `5.12.24`, `12-05-2024`: a numeric day whose day/month order is not written. */
const NUMERIC_DAY = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$/;
/** `05-Dec-2024`, `5-déc.-24`: Excel's "dd-mmm-yy(yy)" format, hyphens around a month name. */
const DAY_MONTH_NAME_YEAR = /^(\d{1,2})-([^\d\s-]+)-(\d{4}|\d{2})$/;

/**
 * Which of a numeric date's first two fields is the month. A report re-saved by a spreadsheet
 * writes dates in the order of the spreadsheet's locale, which need not be the marketplace's (a
 * US seller with a British Excel, a Canadian one with either): the file's own dates decide when
 * one of them can only be read one way (13/12/2024), else the marketplace's locale does.
 */
export type NumericDateOrder = 'day-first' | 'month-first';

/**
 * Distinct texts a reader remembers: plenty for the dates a report repeats. A report of distinct
 * instants would only fill a larger table (the zone days below answer those).
 */
const READER_CACHE_LIMIT = 1_000;

/**
 * The calendar day of a report date in the marketplace's zone (the policy counts days there): an
 * instant with an offset is converted, a date without one is taken as already local, null when
 * the text is not a date. One reader per report: its answers are remembered per text (a report
 * repeats its dates on thousands of rows) and, for instants, per day of the zone (a report's
 * instants are mostly distinct but fall on a few dozen days, more than calendarDateOf's few
 * recent days per zone).
 */
export function reportDayReader(
  timeZone: string,
  locale: string,
  order?: NumericDateOrder,
): (text: string) => CalendarDate | null {
  const byText = new Map<string, CalendarDate | null>();
  /** Zone days met, by the UTC day of the instants that fell in them (a UTC day spans two). */
  const windows = new Map<number, { date: CalendarDate; start: number; end: number }[]>();
  const dayOfInstant = (ms: number): CalendarDate => {
    const key = Math.floor(ms / MS_PER_DAY);
    const known = windows.get(key);
    if (known) for (const w of known) if (ms >= w.start && ms < w.end) return w.date;
    const date = calendarDateOf(new Date(ms), timeZone);
    const start = startOfDayInstant(date, timeZone).getTime();
    const end = startOfDayInstant(addDays(date, 1), timeZone).getTime();
    // A day that does not hold the instant (a zone skipping a date) is never answered from here.
    if (ms >= start && ms < end) {
      if (known) known.push({ date, start, end });
      else windows.set(key, [{ date, start, end }]);
    }
    return date;
  };
  return (text) => {
    let day = byText.get(text);
    if (day === undefined) {
      day = readDay(text, locale, order, dayOfInstant);
      if (byText.size < READER_CACHE_LIMIT) byText.set(text, day);
    }
    return day;
  };
}

function readDay(
  text: string,
  locale: string,
  order: NumericDateOrder | undefined,
  dayOfInstant: (ms: number) => CalendarDate,
): CalendarDate | null {
  const value = text.trim();
  if (ISO_INSTANT.test(value)) {
    // `2024-12-05 14:03:11 +0100` → `2024-12-05T14:03:11+01:00`, which every engine reads.
    const ms = new Date(
      value
        .replace(/ (?=[Z+-][^ ]*$)/, '')
        .replace(' ', 'T')
        .replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
        .replace(/([+-]\d{2})$/, '$1:00'),
    ).getTime();
    return Number.isNaN(ms) ? null : dayOfInstant(ms);
  }
  const day = ISO_DAY.exec(value)?.[1];
  if (day) return isRealDay(day) ? day : null;
  const named = ISO_ZONE_NAME.exec(value);
  if (named) {
    const offset = ZONE_OFFSETS[named[3]!.toUpperCase()];
    if (!offset) return null;
    const ms = new Date(`${named[1]}T${named[2]}${offset}`).getTime();
    return Number.isNaN(ms) ? null : dayOfInstant(ms);
  }
  // "03/12/2024 10:15" → keep the date part; the order of day and month follows the file when
  // its dates tell it, else the locale.
  const datePart = value.replace(TRAILING_TIME, '');
  const numeric = NUMERIC_DAY.exec(datePart);
  // A dotted date is day-first wherever it is written (de, nl, pl...; en-US never uses dots).
  const numericOrder = order ?? (numeric?.[2] === '.' ? 'day-first' : undefined);
  if (numeric && numericOrder) {
    const [a, b] = [Number(numeric[1]), Number(numeric[3])];
    const year = numeric[4]!.length === 2 ? 2000 + Number(numeric[4]) : Number(numeric[4]);
    const [month, dayOfMonth] = numericOrder === 'month-first' ? [a, b] : [b, a];
    const ymd = `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
    return isRealDay(ymd) ? ymd : null;
  }
  // Around a month name the hyphens are separators, not a range's dash.
  const named3 = DAY_MONTH_NAME_YEAR.exec(datePart);
  if (named3) {
    const year = named3[3]!.length === 2 ? `20${named3[3]}` : named3[3];
    return parseMarketplaceDate(`${named3[1]} ${named3[2]} ${year}`, locale);
  }
  return parseMarketplaceDate(datePart, locale);
}

/**
 * The day/month order a file's numeric dates prove, or undefined when none of them can only be
 * read one way (or they contradict each other: then each is read in the locale's order and the
 * ones that do not fit are rejected). `cells` yields date cells; the scan stops at the first
 * proof, or after `limit` cells without a numeric date (a report of ISO instants has none).
 */
export function numericDateOrder(cells: Iterable<string>, limit = 2_000): NumericDateOrder | undefined {
  let dayFirst = false;
  let monthFirst = false;
  let withoutNumeric = 0;
  for (const cell of cells) {
    const text = cell.trim();
    if (!text) continue;
    const numeric = NUMERIC_DAY.exec(text.replace(TRAILING_TIME, ''));
    if (!numeric) {
      if (++withoutNumeric >= limit) break;
      continue;
    }
    const [a, b] = [Number(numeric[1]), Number(numeric[3])];
    if (a > 12 && b <= 12) dayFirst = true;
    else if (b > 12 && a <= 12) monthFirst = true;
    if (dayFirst && monthFirst) return undefined;
  }
  return dayFirst ? 'day-first' : monthFirst ? 'month-first' : undefined;
}

/** Days a later date of a shipment may follow an earlier one and still make sense. */
const PLAUSIBLE_GAP_DAYS = 60;

/**
 * The day/month order under which more pairs of (earlier, later) numeric dates of the file make
 * sense (the later one 0 to 60 days after the earlier), when the two orders differ: a .com report
 * re-saved by a British Excel with every day under 13 (ship 05/12/2024, EDD 09/12/2024) reads as
 * 12 May → 12 September month-first, as 5 → 9 December day-first. Undefined when no pair decides.
 * Reads at most `limit` pairs.
 */
export function plausibleDateOrder(
  pairs: Iterable<[string, string]>,
  limit = 2_000,
): NumericDateOrder | undefined {
  let dayFirst = 0;
  let monthFirst = 0;
  let read = 0;
  for (const [earlier, later] of pairs) {
    if (++read > limit) break;
    const a = NUMERIC_DAY.exec(earlier.trim().replace(TRAILING_TIME, ''));
    const b = NUMERIC_DAY.exec(later.trim().replace(TRAILING_TIME, ''));
    if (!a || !b) continue;
    if (fitsInOrder(a, b, 'day-first')) dayFirst++;
    if (fitsInOrder(a, b, 'month-first')) monthFirst++;
  }
  return dayFirst > monthFirst ? 'day-first' : monthFirst > dayFirst ? 'month-first' : undefined;
}

function fitsInOrder(a: RegExpExecArray, b: RegExpExecArray, order: NumericDateOrder): boolean {
  const first = numericDayNumber(a, order);
  const second = numericDayNumber(b, order);
  if (first === null || second === null) return false;
  const gap = second - first;
  return gap >= 0 && gap <= PLAUSIBLE_GAP_DAYS;
}

function numericDayNumber(match: RegExpExecArray, order: NumericDateOrder): number | null {
  const [x, y] = [Number(match[1]), Number(match[3])];
  const year = match[4]!.length === 2 ? 2000 + Number(match[4]) : Number(match[4]);
  const [month, day] = order === 'month-first' ? [x, y] : [y, x];
  if (month < 1 || month > 12 || day < 1) return null;
  const ms = Date.UTC(year, month - 1, day);
  return new Date(ms).getUTCDate() === day ? ms / 86_400_000 : null;
}

function isRealDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * A whole count such as `2`, `2.0`, `2,0` (French decimal comma) or `1 000` (thin or no-break
 * space). Returns null for anything else, including `1,5`.
 */
export function wholeCount(text: string): number | null {
  const value = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const match = /^(\d+)(?:[.,]0+)?$/.exec(value);
  if (!match) return null;
  const n = Number(match[1]);
  return Number.isSafeInteger(n) ? n : null;
}
