import { formatYmd } from '../dates/calendar-day';
import { isZonedInstant, type NumericDateOrder, reportDayReader } from '../import/report-values';
import type { CalendarDate } from '../model/primitives';

// Cell values of a Reimbursements report. Seller Central writes `2024-05-02T07:15:22+00:00` and
// `12.50`; the same file re-saved by a European spreadsheet holds `02/05/2024`, `02.05.2024`,
// `1.234,50`, `1 234,50` or `-3,00`. Each reader returns null for a cell it cannot read, never a
// guess: the row is then counted as skipped.

/**
 * An amount as a number: the decimal separator is the last `.` or `,` when both appear
 * (`1.234,50`, `1,234.50`); a lone separator is decimal unless it repeats (`1.234.567`) or is
 * followed by exactly three digits (`1.234`, `1,234`): no currency Amazon reimburses in has three
 * decimals, while spreadsheets write thousands that way. Spaces (also U+00A0, U+202F) and `'`
 * group thousands; a leading `-` (or `−`) or parentheses make it negative (a reversal).
 */
export function readAmount(text: string): number | null {
  // A currency sign or code beside the figure ("1.049,00 €", "$29.99", "(£1,234.50)"): the
  // report's currency column says which currency it is.
  const bare = (t: string) => t.replace(CURRENCY_AROUND, '');
  let value = bare(text.trim().replace(/[\s\u00a0\u202f']/g, ''));
  let negative = false;
  if (/^\(.*\)$/.test(value)) {
    negative = true;
    value = bare(value.slice(1, -1));
  }
  if (/^[-\u2212]/.test(value)) {
    negative = !negative;
    value = bare(value.slice(1));
  } else if (value.startsWith('+')) value = bare(value.slice(1));
  if (!/^[\d.,]+$/.test(value) || !/\d/.test(value)) return null;
  const lastDot = value.lastIndexOf('.');
  const lastComma = value.lastIndexOf(',');
  let normalized: string;
  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if (value.split(decimal).length > 2) return null;
    normalized = value.replaceAll(group, '').replace(decimal, '.');
  } else if (lastDot !== -1 || lastComma !== -1) {
    const sep = lastDot !== -1 ? '.' : ',';
    const parts = value.split(sep);
    const groups = parts.length > 2 || (parts[1]?.length === 3 && (parts[0] ?? '') !== '');
    if (groups) {
      if (!parts.slice(1).every((p) => p.length === 3)) return null;
      normalized = parts.join('');
    } else normalized = parts.join('.');
  } else normalized = value;
  if (!/^\d+(\.\d+)?$/.test(normalized)) return null;
  const n = Number(normalized);
  if (!Number.isFinite(n) || n > 1e9) return null;
  return negative && n !== 0 ? -n : n;
}

const CURRENCY_AROUND = /^(?:[A-Z]{0,2}\$|[€£¥]|[A-Z]{3})\s*|\s*(?:[A-Z]{0,2}\$|[€£¥]|[A-Z]{3}|zł|kr)$/gu;

const SYMBOL_CURRENCIES: Readonly<Record<string, readonly string[]>> = {
  '€': ['EUR'],
  '£': ['GBP'],
  $: ['USD', 'CAD', 'MXN', 'AUD', 'SGD', 'BRL'],
  '¥': ['JPY'],
  zł: ['PLN'],
};

/** Whether the sign or code written beside an amount says another currency than the row's. */
export function amountNamesOtherCurrency(text: string, currency: string): boolean {
  const code = /(?:^|[^A-Za-z])([A-Z]{3})(?:[^A-Za-z]|$)/.exec(text)?.[1];
  if (code !== undefined) return code !== currency;
  const symbol = /[€£$¥]|zł/u.exec(text)?.[0];
  return symbol !== undefined && !(SYMBOL_CURRENCIES[symbol] ?? []).includes(currency);
}

/** A whole count, possibly negative on a reversal (`-1`, `2`, `2,0`, `2.00`). */
export function readCount(text: string): number | null {
  const value = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const match = /^([-\u2212]?)(\d+)(?:[.,]0+)?$/.exec(value);
  if (!match) return null;
  const n = Number(match[2]);
  if (!Number.isSafeInteger(n) || n > 100_000) return null;
  return match[1] && n !== 0 ? -n : n;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;
/**
 * Numeric, as spreadsheets write it: `02/05/2024`, `02.05.2024`, `2-5-2024 10:15`, `5/2/2024 2:03 PM`.
 * Day first unless the file's dates prove month first (`6/13/2024`): a file writes all alike.
 */
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp]\.?[Mm]\.?)?)?$/;

/**
 * The calendar day of an approval date. An instant (`2024-05-02T22:30:00Z`, `+0200`, or a zone
 * name such as `2024-12-05 00:40:00 PST`) is converted to the day in `timeZone` (the day the
 * seller sees it in Seller Central) by the shipments report's reader, so both reports agree; a
 * date without a zone is taken as written, day first unless `order` says the month comes first.
 */
export function readDay(text: string, timeZone: string, order?: NumericDateOrder): CalendarDate | null {
  const value = text.trim();
  if (isZonedInstant(value)) return reportDayReader(timeZone, 'en-GB')(value);
  const iso = ISO_DAY.exec(value);
  if (iso) return realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC.exec(value);
  if (!numeric) return null;
  const [a, b] = [Number(numeric[1]), Number(numeric[2])];
  return order === 'month-first' ? realDay(Number(numeric[3]), a, b) : realDay(Number(numeric[3]), b, a);
}

/** `readDay` for a whole report: answers are remembered per text, and instants go through the
 *  report reader's day windows (a report's instants are all distinct but fall on few days, which
 *  a zone lookup per row would make the slowest part of the import). */
export function reportDays(
  timeZone: string,
  order?: NumericDateOrder,
): (text: string) => CalendarDate | null {
  const instantDay = reportDayReader(timeZone, 'en-GB');
  const byText = new Map<string, CalendarDate | null>();
  return (text) => {
    const value = text.trim();
    if (isZonedInstant(value)) return instantDay(value);
    let day = byText.get(value);
    if (day === undefined) {
      day = readDay(value, timeZone, order);
      if (byText.size < 10_000) byText.set(value, day);
    }
    return day;
  };
}

function realDay(y: number, m: number, d: number): CalendarDate | null {
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return formatYmd(y, m - 1, d);
}
