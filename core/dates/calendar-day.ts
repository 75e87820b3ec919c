import type { CalendarDate } from '../model/primitives';

// Zone-free arithmetic and formatting of `YYYY-MM-DD` calendar days. Split from calendar.ts so
// that code needing no time zone (the content script's overlay texts) does not bundle one.

export type { CalendarDate };

export const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of a calendar day. A `YYYY-MM-DD` has no zone; UTC is used only as a
 * zone without DST, so that every day is exactly one day long and the machine's zone never leaks in.
 */
export function toDayNumber(date: CalendarDate): number {
  const cached = dayNumbers.get(date);
  if (cached !== undefined) return cached;
  const dayNumber =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
  if (dayNumbers.size >= DAY_NAME_CACHE_LIMIT) dayNumbers.clear();
  dayNumbers.set(date, dayNumber);
  return dayNumber;
}

const dayNumbers = new Map<CalendarDate, number>();

/** The calendar day `dayNumber` days after 1970-01-01. */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const cached = dayNames.get(dayNumber);
  if (cached !== undefined) return cached;
  const utc = new Date(dayNumber * MS_PER_DAY);
  const date = formatYmd(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  if (dayNames.size >= DAY_NAME_CACHE_LIMIT) dayNames.clear();
  dayNames.set(dayNumber, date);
  return date;
}

// Orders cluster on a few hundred days; formatting each one once keeps the engine allocation-light.
const dayNames = new Map<number, CalendarDate>();
const DAY_NAME_CACHE_LIMIT = 50_000;

export function formatYmd(year: number, monthIndex: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `date` moved by `n` calendar days (n may be negative). */
export function addDays(date: CalendarDate, n: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compare(a: CalendarDate, b: CalendarDate): number {
  // `YYYY-MM-DD` sorts as text in calendar order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day for humans, e.g. "12 nov." (fr, short) or "12 November 2024" (en-GB, long).
 * The value is formatted in UTC because it is already a day of the marketplace: no zone may move it.
 */
export function formatCalendarDate(
  date: CalendarDate,
  locale: string,
  style: 'short' | 'long' = 'short',
): string {
  const key = `${locale}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      day: 'numeric',
      month: style === 'short' ? 'short' : 'long',
      ...(style === 'long' ? { year: 'numeric' } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(toDayNumber(date) * MS_PER_DAY));
}
