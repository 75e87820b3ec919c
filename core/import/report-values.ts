import { addDays, calendarDateOf, startOfDayInstant } from '../dates/calendar';
import { MS_PER_DAY } from '../dates/calendar-day';
import { parseMarketplaceDate } from '../dates/parse-date';
import type { CalendarDate } from '../model/primitives';

// Cell values of a report row. Seller Central writes instants (`2024-12-03T10:15:00+00:00`);
// a file re-saved by a French spreadsheet may hold `03/12/2024 10:15` or `1,0`.

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;

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
export function reportDayReader(timeZone: string, locale: string): (text: string) => CalendarDate | null {
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
      day = readDay(text, locale, dayOfInstant);
      if (byText.size < READER_CACHE_LIMIT) byText.set(text, day);
    }
    return day;
  };
}

function readDay(
  text: string,
  locale: string,
  dayOfInstant: (ms: number) => CalendarDate,
): CalendarDate | null {
  const value = text.trim();
  if (ISO_INSTANT.test(value)) {
    const ms = new Date(value.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2')).getTime();
    return Number.isNaN(ms) ? null : dayOfInstant(ms);
  }
  const day = ISO_DAY.exec(value)?.[1];
  if (day) return isRealDay(day) ? day : null;
  // "03/12/2024 10:15" → keep the date part; the order of day and month follows the locale.
  return parseMarketplaceDate(value.replace(/\s+\d{1,2}:\d{2}(:\d{2})?\s*$/, ''), locale);
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
