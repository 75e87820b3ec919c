import type { CalendarDay } from './parse-date';

// The calendar day an instant falls on in a zone, by Intl alone: the page reader runs in the
// order-page module, where date-fns (core/dates/calendar) would add about 23 KB gzip.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD` of `instant` in `timeZone` (en-CA writes that form). */
export function dayInZone(instant: Date | number, timeZone: string): CalendarDay {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}
