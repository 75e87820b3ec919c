import { TZDate } from '@date-fns/tz';
import { startOfDay } from 'date-fns';
import type { CalendarDate } from '../model/primitives';

// Calendar arithmetic for the policy rules. The policy counts calendar days in the marketplace's
// time zone (domain.md §1), so two things are zoned: "which day is it there now" and "when does
// that day begin there"; both go through @date-fns/tz, which knows DST. Everything else works on
// `YYYY-MM-DD` values, which have no zone at all, counted as day numbers (the engine runs over
// 100,000 orders: a TZDate per addition would cost ~15 µs each).

export type { CalendarDate };

const MS_PER_DAY = 86_400_000;

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

function formatYmd(year: number, monthIndex: number, day: number): CalendarDate {
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

const startOfDayCache = new Map<string, number>();
const START_OF_DAY_CACHE_LIMIT = 20_000;

function startOfDayMs(date: CalendarDate, timeZone: string): number {
  const key = `${timeZone}|${date}`;
  const cached = startOfDayCache.get(key);
  if (cached !== undefined) return cached;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // Start from noon: a zone whose DST jump happens at midnight has no 00:00 that day, and
  // startOfDay then finds the first instant that does exist.
  const ms = startOfDay(new TZDate(y, m - 1, d, 12, timeZone)).getTime();
  if (startOfDayCache.size >= START_OF_DAY_CACHE_LIMIT) startOfDayCache.clear();
  startOfDayCache.set(key, ms);
  return ms;
}

/** The instant at which calendar day `date` begins in `timeZone` (e.g. for `nextReviewAt`). */
export function startOfDayInstant(date: CalendarDate, timeZone: string): Date {
  return new Date(startOfDayMs(date, timeZone));
}

interface DayWindow {
  date: CalendarDate;
  start: number;
  end: number;
}
const recentDays = new Map<string, DayWindow[]>();
const RECENT_DAYS_PER_ZONE = 8;

/** The calendar day in `timeZone` that contains the instant `instant`. */
export function calendarDateOf(instant: Date, timeZone: string): CalendarDate {
  const ms = instant.getTime();
  // The background assesses thousands of orders at the same `now` (and reads provenance times of
  // a few days): remembering the bounds of recent days per zone saves a zone lookup per order.
  let windows = recentDays.get(timeZone);
  if (windows) {
    for (const w of windows) if (ms >= w.start && ms < w.end) return w.date;
  } else {
    windows = [];
    recentDays.set(timeZone, windows);
  }
  const zoned = new TZDate(ms, timeZone);
  const date = formatYmd(zoned.getFullYear(), zoned.getMonth(), zoned.getDate());
  if (windows.length >= RECENT_DAYS_PER_ZONE) windows.pop();
  windows.unshift({
    date,
    start: startOfDayMs(date, timeZone),
    end: startOfDayMs(addDays(date, 1), timeZone),
  });
  return date;
}

/** Today's calendar day in `timeZone` at the instant `now`. */
export function todayIn(now: Date, timeZone: string): CalendarDate {
  return calendarDateOf(now, timeZone);
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
