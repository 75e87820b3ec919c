import { calendarDateOf } from '../dates/calendar';
import { parseMarketplaceDate } from '../dates/parse-date';
import type { CalendarDate } from '../model/primitives';

// Cell values of a report row. Seller Central writes instants (`2024-12-03T10:15:00+00:00`);
// a file re-saved by a French spreadsheet may hold `03/12/2024 10:15` or `1,0`.

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;

/**
 * The calendar day of a report date in the marketplace's zone (the policy counts days there).
 * An instant with an offset is converted; a date without one is taken as already local. Returns
 * null when the text is not a date.
 */
export function reportDay(text: string, timeZone: string, locale: string): CalendarDate | null {
  const value = text.trim();
  if (ISO_INSTANT.test(value)) {
    const instant = new Date(value.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(instant.getTime()) ? null : calendarDateOf(instant, timeZone);
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
