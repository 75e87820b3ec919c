import { type CalendarDay, parseMarketplaceDate } from './parse-date';
import { dayInZone } from './zoned-day';

// A date printed with its time of day, as Seller Central prints events ("04.12.2024, 00:15 MEZ",
// "4 déc. 2024 à 00:20 UTC+1", "Dec 3, 2024 11:45 PM PST", "Fr., 06.12.2024, bis 20:00 Uhr"):
// the calendar day in the marketplace's zone. A time without a zone is the page's own clock,
// which is the marketplace's: its day is the day printed. A time with a zone is converted: 23:30
// UTC on 3 December is 4 December in Paris.

/** Fixed offsets (minutes east of UTC) of the zone abbreviations Seller Central pages print. */
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  wez: 0,
  west: 60,
  wesz: 60,
  bst: 60,
  cet: 60,
  mez: 60,
  cest: 120,
  mesz: 120,
  eet: 120,
  eest: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

/**
 * The time of day at the end of the text, with its zone: "à 00:20 UTC+1", ", 23:45 MEZ",
 * "11:45 PM PST", "14h32", "bis 20:00 Uhr", "08:00–20:00". Groups: 1 hour, 2 minutes, 3 am/pm,
 * 4 zone name, 5 offset sign, 6 offset hours, 7 offset minutes.
 */
const ZONE_NAMES = Object.keys(ZONE_OFFSETS)
  .sort((x, y) => y.length - x.length)
  .join('|');
const TIME_AT_END = new RegExp(
  '[\\s,·•|]+(?:(?:à|a las|alle ore|alle|ore|um|at|bis|avant|before|by|entro le|entro|antes de las|hasta las|vers|gegen)\\s+)?' +
    '(\\d{1,2})(?:[:.]|\\s?h\\s?)(\\d{2})(?::\\d{2})?(?:\\s*[–—-]\\s*\\d{1,2}[:h.]\\d{2})?\\s*(?:uhr|h)?' +
    '\\s*(am|pm|a\\.\\s?m\\.|p\\.\\s?m\\.)?' +
    `\\s*(?:\\(?\\s*(${ZONE_NAMES})?\\s*(?:([+\\-−])\\s*(\\d{1,2})(?::?(\\d{2}))?)?\\s*\\)?)?\\s*$`,
  'iu',
);

interface TimeOfDay {
  minutes: number;
  /** Minutes east of UTC, when the text names its zone. */
  offset: number | undefined;
}

/**
 * A delivery window at the end, on the page's own clock: "between 2 and 6 PM", "entre 14 h et
 * 18 h", "zwischen 14 und 18 Uhr", "entre las 9:00 y las 14:00", "tra le 14:00 e le 18:00".
 * Groups: 1 the first hour.
 */
const HOUR = '(\\d{1,2})(?:[:.h]\\s?\\d{2}|\\s?h)?';
const WINDOW_AT_END = new RegExp(
  `[\\s,·•|]+(?:between|entre(?: las)?|tra le|fra le|dalle|zwischen|de)\\s+${HOUR}\\s*(?:uhr|am|pm|a\\.\\s?m\\.|p\\.\\s?m\\.)?` +
    `\\s+(?:and|et|y(?: las)?|e(?: le)?|alle|und|à|a)\\s+${HOUR}\\s*(?:uhr|am|pm|a\\.\\s?m\\.|p\\.\\s?m\\.)?\\s*$`,
  'iu',
);

/** Splits "date, time zone" into the date's text and its time of day; null when no time ends it. */
export function splitTime(text: string): { date: string; time: TimeOfDay } | null {
  const window = splitWindow(text);
  if (window) return window;
  const match = TIME_AT_END.exec(text);
  if (!match || match.index === 0) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const meridiem = match[3]?.toLowerCase().replace(/[\s.]/g, '');
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  let offset: number | undefined;
  const zone = match[4]?.toLowerCase();
  if (zone !== undefined) {
    offset = ZONE_OFFSETS[zone];
    if (offset === undefined) return null;
  }
  if (match[6] !== undefined) {
    const sign = match[5] === '+' ? 1 : -1;
    offset = (offset ?? 0) + sign * (Number(match[6]) * 60 + Number(match[7] ?? 0));
  }
  const date = text.slice(0, match.index).replace(/[\s,;]+$/u, '');
  return { date, time: { minutes: hours * 60 + minutes, offset } };
}

/** "date, between 2 and 6 PM": the date's text, at the window's opening hour (no zone: the day printed). */
function splitWindow(text: string): { date: string; time: TimeOfDay } | null {
  const match = WINDOW_AT_END.exec(text);
  if (!match || match.index === 0 || Number(match[1]) > 23 || Number(match[2]) > 23) return null;
  const date = text.slice(0, match.index).replace(/[\s,;]+$/u, '');
  return { date, time: { minutes: Number(match[1]) * 60, offset: undefined } };
}

const ROUND_BRACKETS = /^\s*\((.*)\)\s*$/su;
/** "…, 00:30:05 hora de Madrid", "à 14:12 (heure de Paris)", "11:06 Uhr Ortszeit": the page's own clock. */
const LOCAL_CLOCK =
  /\s*\(?\s*(?:(?:hora de|heure de|ora di)\s+(\p{L}+)|hora local|heure locale|ora locale|local time|ortszeit|hora peninsular)\s*\)?\s*$/iu;
/** Whether a text ends by saying whose clock its time is ("(heure de Londres)", "local time"). */
export const namesAClock = (text: string): boolean => LOCAL_CLOCK.test(text);

/** Cities named in another language than the zone database's. */
const CITY_ALIASES: Readonly<Record<string, string>> = { roma: 'rome', londres: 'london', londra: 'london' };

/**
 * The text without a words-said clock, or null when that clock is another city's than the
 * marketplace's ("heure de Londres" on amazon.fr): its day is not the one printed.
 */
function ownClock(text: string, timeZone: string): string | null {
  const match = LOCAL_CLOCK.exec(text);
  if (!match) return text;
  const city = match[1]?.toLowerCase();
  if (city !== undefined) {
    const zoneCity = (timeZone.split('/').pop() ?? '').toLowerCase().replace(/_/g, ' ');
    if ((CITY_ALIASES[city] ?? city) !== zoneCity) return null;
  }
  return text.slice(0, match.index);
}

/**
 * The calendar day a printed date (maybe with its time of day and zone) falls on in `timeZone`,
 * read in `locale`; null when the text is no date.
 */
export function parseMarketplaceDateTime(
  printed: string,
  locale: string,
  timeZone: string,
  referenceDay?: string,
): CalendarDay | null {
  // A machine instant printed as is ("2024-11-21T23:30:05Z"), a date in brackets, a time said to
  // be the marketplace's own clock ("hora de Madrid"): each read as the plain form it stands for.
  const text = machineDateText(printed) ?? ownClock(printed.replace(ROUND_BRACKETS, '$1'), timeZone);
  if (text === null) return null;
  const plain = parseMarketplaceDate(text, locale, referenceDay);
  if (plain !== null) return plain;
  const split = splitTime(text);
  if (!split) return null;
  const day = parseMarketplaceDate(split.date, locale, referenceDay);
  if (day === null || split.time.offset === undefined) return day;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const instant = Date.UTC(year, month - 1, date) + (split.time.minutes - split.time.offset) * 60_000;
  return dayInZone(instant, timeZone);
}

const MACHINE_DATE =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * An HTML `datetime` value ("2025-11-12", "2025-11-13T11:47+01:00", "…Z") as text the date reader
 * takes ("2025-11-13 11:47 +01:00"): its day where it has no offset, converted where it has one.
 */
export function machineDateText(datetime: string): string | null {
  const match = MACHINE_DATE.exec(datetime.trim());
  if (!match) return null;
  const [, day, time, zone] = match;
  if (!time || !zone) return day as string;
  return `${day} ${time} ${zone.toUpperCase() === 'Z' ? 'UTC' : zone}`;
}
