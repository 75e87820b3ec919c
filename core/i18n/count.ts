import type { Lang } from './lang';

// Counts in a text ("1 234 commandes", "1.234 Bestellungen"). `Number#toLocaleString(lang)` makes
// a new formatter on every call (tens of microseconds each, a millisecond the first time), and the
// dashboard writes counts on every render of its orders view: one formatter per language instead.

const formatters = new Map<Lang, Intl.NumberFormat>();

export function formatCount(n: number, lang: Lang): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang);
    formatters.set(lang, formatter);
  }
  return formatter.format(n);
}
