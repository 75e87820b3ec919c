import { MONTH_NAMES } from '../../dates/month-names';
import { carrierNamedIn, isCarrierName } from '../../page/carrier-names';
import { PAGE_LABELS } from '../../page/labels';
import { normalizeLabel } from '../../page/text';

// A word of a removed name is chased alone across the page ("Herr van der Heijden" in a reply,
// "DELL'ACQUA" in a carrier's status), but some of those words are also the page's own words:
// buyer "May Thompson" and "Shipped on May 12", "August Meier" and "12. August 2026", "Paul
// Carrier" and the label "Carrier", "Jack Black" and the SKU "TSHIRT-BLACK-M". Where such a
// word is one of the page's, it stays; the whole name is still chased everywhere.

const fold = (word: string) => normalizeLabel(word).replace(/[^\p{L}]/gu, '');

const MONTHS = new Set(Object.values(MONTH_NAMES).flatMap((months) => months.flat().map(fold)));

/** Every word of Seller Central's labels and statuses in the five languages. */
const LABEL_WORDS = new Set(
  Object.values(PAGE_LABELS).flatMap((labels) =>
    [
      ...Object.values(labels.fields).flat(),
      ...Object.values(labels.statuses).flat(),
      ...Object.values(labels.returnStatuses).flat(),
      ...labels.sections.shipment,
      ...labels.sections.package,
    ]
      .flatMap((label) => label.split(/[^\p{L}]+/u))
      .filter((word) => word.length >= 3)
      .map(fold),
  ),
);

/** "TSHIRT-BLACK-M", "EB_POLKA_HALFPINT": a code in capitals and digits, in parts. */
const CODE = /^[\p{Lu}\d]+(?:[-_./][\p{Lu}\d]+)+$/u;

/** Whether the name word found at `index` of `text` is one of the page's own words there. */
export function isPageWordThere(word: string, text: string, index: number): boolean {
  const folded = fold(word);
  if (LABEL_WORDS.has(folded) || isCarrierName(word)) return true;
  const before = text.slice(0, index);
  const after = text.slice(index + word.length);
  // "May 12, 2026", "12. August 2026": a month beside a day or a year.
  if (MONTHS.has(folded) && (/\d[.,]?\s*$/.test(before) || /^\.?,?\s*\d/.test(after))) return true;
  const token = (/[^\s,;:()]*$/.exec(before)?.[0] ?? '') + word + (/^[^\s,;:()]*/.exec(after)?.[0] ?? '');
  return CODE.test(token.replace(/[.,]+$/, ''));
}

/** Amazon and the carriers: never a person, whatever field or heading names them. */
export function isOrganisation(text: string): boolean {
  return /\bamazon\b/i.test(text) || isCarrierName(text) || carrierNamedIn(text) !== undefined;
}
