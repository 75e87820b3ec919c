import { normalizeLabel } from './labels';
import type { FormOption } from './schema';

// Return reasons. Amazon does not publish a fixed list (it is fetched per SKU), so the form's own
// options are the truth; these are our suggestions, with the codes seen in returns reports
// (domain.md §2) and the wording we expect next to them, to map a suggestion onto an option by
// its code or its label.

export interface ReasonSuggestion {
  code: string;
  labels: { fr: string; en: string };
}

export const REASON_SUGGESTIONS: readonly ReasonSuggestion[] = [
  { code: 'CR-UNWANTED_ITEM', labels: { fr: 'Article non souhaité', en: 'Unwanted item' } },
  { code: 'CR-DEFECTIVE', labels: { fr: 'Article défectueux', en: 'Defective item' } },
  {
    code: 'CR-DAMAGED_BY_CARRIER',
    labels: { fr: 'Endommagé par le transporteur', en: 'Damaged by carrier' },
  },
  {
    code: 'CR-DAMAGED_BY_FC',
    labels: { fr: 'Endommagé par le centre de distribution', en: 'Damaged by fulfilment centre' },
  },
  {
    code: 'CR-ORDERED_WRONG_ITEM',
    labels: { fr: 'Mauvais article commandé', en: 'Ordered wrong item' },
  },
  { code: 'CR-SWITCHEROO', labels: { fr: 'Article différent reçu', en: 'Different item received' } },
  { code: 'CR-NOT_COMPATIBLE', labels: { fr: 'Article non compatible', en: 'Not compatible' } },
  {
    code: 'CR-QUALITY_UNACCEPTABLE',
    labels: { fr: 'Qualité insuffisante', en: 'Quality unacceptable' },
  },
  { code: 'CR-MISSING_PARTS', labels: { fr: 'Pièces manquantes', en: 'Missing parts' } },
  { code: 'CR-EXTRA_ITEM', labels: { fr: 'Article en trop', en: 'Extra item' } },
  {
    code: 'CR-MISSED_ESTIMATED_DELIVERY',
    labels: { fr: 'Livraison estimée dépassée', en: 'Missed estimated delivery' },
  },
];

/** Codes compare without the `CR-` prefix, case and separators: `CR-DEFECTIVE` = `defective`. */
function codeKey(raw: string): string {
  return raw
    .toUpperCase()
    .replace(/^CR[-_]/, '')
    .replace(/[^A-Z0-9]/g, '');
}

/**
 * The option of the form that stands for a reason the seller chose, which is either one of the
 * form's own option values (chosen from what the popup read) or one of our suggestion codes.
 * By value, then by code, then by any known label of that code. Null when nothing matches.
 */
export function matchReason(requested: string, options: readonly FormOption[]): FormOption | null {
  const exact = options.find((o) => o.value === requested);
  if (exact) return exact;
  const key = codeKey(requested);
  if (key) {
    const byCode = options.find((o) => codeKey(o.value) === key || codeKey(o.label) === key);
    if (byCode) return byCode;
  }
  const suggestion = REASON_SUGGESTIONS.find((s) => codeKey(s.code) === key);
  const labels = new Set(
    [requested, ...(suggestion ? [suggestion.labels.fr, suggestion.labels.en] : [])].map(normalizeLabel),
  );
  return options.find((o) => labels.has(normalizeLabel(o.label))) ?? null;
}
