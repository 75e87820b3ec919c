import { formatCalendarDate } from '../../core/dates/calendar';
import { LANG_LOCALE } from '../../core/i18n/lang';
import type { Lang } from './texts';

export { type Lang, POPUP_TEXTS } from './texts';

const LOCALES = LANG_LOCALE;

/** "12 nov." / "12 Nov" for a calendar day of the marketplace. */
export function formatDay(day: string, lang: Lang): string {
  return formatCalendarDate(day, LOCALES[lang], 'short');
}

/** "12/11/2026 14:03" for an instant the seller did something. */
export function formatInstant(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(iso),
  );
}
