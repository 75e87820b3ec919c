import { todayIn } from '../../core/dates/calendar';
import { formatCalendarDate } from '../../core/dates/calendar-day';
import { LANG_LOCALE, type Lang } from '../../core/i18n/lang';
import { swishipUrl } from '../../core/model/order-key';
import { isAmazonOrderId } from '../../core/page/shapes';

// How the dashboard writes the values of an order: dates in the seller's language (never the
// stored ISO form), and the links of a row (the order's Seller Central page, Swiship).

const dayFormatters = new Map<Lang, Intl.DateTimeFormat>();
/** Days already written, per language: a table's rows share few dates, and `format` is costly. */
const daysWritten = new Map<string, string>();
const DAYS_WRITTEN_LIMIT = 5000;

/** A stored calendar day ("2026-11-02") as "2 nov. 2026" / "2 Nov 2026" / "02.11.2026"… */
export function formatDay(day: string, lang: Lang): string {
  const key = `${lang}|${day}`;
  const written = daysWritten.get(key);
  if (written !== undefined) return written;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  let formatter = dayFormatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LANG_LOCALE[lang], {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    dayFormatters.set(lang, formatter);
  }
  const text = formatter.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
  if (daysWritten.size >= DAYS_WRITTEN_LIMIT) daysWritten.clear();
  daysWritten.set(key, text);
  return text;
}

/**
 * Makes the date formatters a row of the table uses in `lang` (its dates, its findings' dates):
 * the first use of each costs milliseconds, which the page spends while its database opens
 * rather than in the first rows' render.
 */
export function prepareDayFormatters(lang: Lang): void {
  formatDay('2000-01-01', lang);
  formatCalendarDate('2000-01-01', LANG_LOCALE[lang], 'short');
}

/**
 * Makes the day lookups of the marketplaces' time zones `zones` (a row's claim deadline is counted
 * from today in its marketplace's zone): the first lookup of a zone builds an `Intl` formatter.
 */
export function prepareZones(zones: readonly string[], now: Date): void {
  for (const zone of zones) {
    try {
      todayIn(now, zone);
    } catch {
      // Not a zone this browser knows: the row's own lookup will say so.
    }
  }
}

/**
 * The order's page on Seller Central (`https://<host>/orders-v3/order/<id>`), for an order with an
 * Amazon-shaped id (123-1234567-1234567); none for an order known only by the seller's own id.
 */
export function orderLink(row: {
  orderId: string;
  displayableOrderId?: string;
  host: string;
}): string | undefined {
  const id = [row.orderId, row.displayableOrderId].find((v) => v !== undefined && isAmazonOrderId(v));
  return id ? `https://${row.host}/orders-v3/order/${encodeURIComponent(id)}` : undefined;
}

/** The marketplace's Swiship page for the row's tracking number, as the overlay links it. */
export function swishipLink(row: { tracking?: string; locale: string }): string | undefined {
  return row.tracking ? swishipUrl(row.tracking, row.locale) : undefined;
}
