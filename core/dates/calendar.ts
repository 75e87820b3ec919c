import { TZDate } from '@date-fns/tz';
import { startOfDay } from 'date-fns';
import { addDays, type CalendarDate, formatYmd } from './calendar-day';

// Calendar arithmetic for the policy rules. The policy counts calendar days in the marketplace's
// time zone (domain.md §1), so two things are zoned: "which day is it there now" and "when does
// that day begin there"; both go through @date-fns/tz, which knows DST. Everything else works on
// `YYYY-MM-DD` values, which have no zone at all, counted as day numbers (the engine runs over
// 100,000 orders: a TZDate per addition would cost ~15 µs each).

export {
  addDays,
  compare,
  daysBetween,
  formatCalendarDate,
  fromDayNumber,
  toDayNumber,
} from './calendar-day';
export type { CalendarDate };

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
