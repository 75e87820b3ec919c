import { LANG_LOCALE, type Lang } from '../../../core/i18n/lang';

// Amounts of the Claims tab: in the report's currency, written the UI language's way
// (`1 234,56 €`, `€1,234.56`, `1.234,56 €`).

const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(money: { amount: number; currency: string }, lang: Lang): string {
  const id = `${lang}|${money.currency}`;
  let formatter = formatters.get(id);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LANG_LOCALE[lang], { style: 'currency', currency: money.currency });
    formatters.set(id, formatter);
  }
  return formatter.format(money.amount);
}
