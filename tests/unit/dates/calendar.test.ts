import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDateOf,
  compare,
  daysBetween,
  formatCalendarDate,
  fromDayNumber,
  startOfDayInstant,
  toDayNumber,
  todayIn,
} from '../../../core/dates/calendar';

const local = (y: number, m: number, d: number, hh: number, mm: number, tz: string) =>
  new Date(new TZDate(y, m - 1, d, hh, mm, tz).getTime());

describe('calendar arithmetic', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-03-31', 90)).toBe('2024-06-29');
  });

  it('counts and compares days, DST changes included', () => {
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2024-10-28', '2024-10-26')).toBe(-2);
    expect(compare('2024-03-30', '2024-03-31')).toBeLessThan(0);
    expect(compare('2024-03-31', '2024-03-31')).toBe(0);
    expect(fromDayNumber(toDayNumber('1999-12-31'))).toBe('1999-12-31');
  });
});

describe('zoned days', () => {
  it.each([
    ['Europe/Paris', 2024, 3, 31],
    ['Europe/Paris', 2024, 10, 27],
    ['America/Los_Angeles', 2024, 3, 10],
    ['America/Los_Angeles', 2024, 11, 3],
  ])('counts today in %s on a DST day at 00:30 and 23:30 local', (tz, y, m, d) => {
    const expected = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    expect(todayIn(local(y, m, d, 0, 30, tz), tz)).toBe(expected);
    expect(todayIn(local(y, m, d, 23, 30, tz), tz)).toBe(expected);
    expect(calendarDateOf(local(y, m, d, 23, 59, tz), tz)).toBe(expected);
  });

  it('finds the instant a day begins, before and after a DST change', () => {
    expect(startOfDayInstant('2024-03-31', 'Europe/Paris').toISOString()).toBe('2024-03-30T23:00:00.000Z');
    expect(startOfDayInstant('2024-04-01', 'Europe/Paris').toISOString()).toBe('2024-03-31T22:00:00.000Z');
    expect(startOfDayInstant('2024-10-28', 'Europe/Paris').toISOString()).toBe('2024-10-27T23:00:00.000Z');
    expect(startOfDayInstant('2024-03-11', 'America/Los_Angeles').toISOString()).toBe(
      '2024-03-11T07:00:00.000Z',
    );
    // Santiago skips midnight on its DST day: the day begins at 01:00 local.
    expect(startOfDayInstant('2024-09-08', 'America/Santiago').toISOString()).toBe(
      '2024-09-08T04:00:00.000Z',
    );
  });

  it('does not reuse a remembered day for an instant outside it', () => {
    const tz = 'Europe/Paris';
    expect(todayIn(local(2024, 3, 30, 23, 59, tz), tz)).toBe('2024-03-30');
    expect(todayIn(local(2024, 3, 31, 0, 0, tz), tz)).toBe('2024-03-31');
    expect(todayIn(local(2024, 3, 30, 23, 59, tz), tz)).toBe('2024-03-30');
  });

  it('formats a day for humans in UTC, so no zone moves it', () => {
    expect(formatCalendarDate('2024-11-12', 'fr-FR')).toBe('12 nov.');
    expect(formatCalendarDate('2024-11-12', 'en-GB')).toBe('12 Nov');
    expect(formatCalendarDate('2024-07-02', 'fr-FR', 'long')).toBe('2 juillet 2024');
  });
});
