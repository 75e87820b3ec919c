import type { Lang } from '../i18n/lang';
import { normalizeLabel } from './labels';
import { REASON_WORDS, reasonOfLabel } from './reason-words';
import type { FormOption } from './schema';

// Return reasons. Amazon does not publish a fixed list (it is fetched per SKU), so the form's own
// options are the truth; these are our suggestions, with the codes seen in returns reports
// (domain.md §2) and the wording we expect next to them, to map a suggestion onto an option by
// its code or its label.

export interface ReasonSuggestion {
  code: string;
  /** The wording in each language MCF Desk speaks (the popup's choice, and matching). */
  labels: Readonly<Record<Lang, string>>;
}

export const REASON_SUGGESTIONS: readonly ReasonSuggestion[] = [
  {
    code: 'CR-UNWANTED_ITEM',
    labels: {
      fr: 'Article non souhaité',
      en: 'Unwanted item',
      de: 'Artikel nicht mehr benötigt',
      es: 'Artículo no deseado',
      it: 'Articolo non desiderato',
    },
  },
  {
    code: 'CR-DEFECTIVE',
    labels: {
      fr: 'Article défectueux',
      en: 'Defective item',
      de: 'Artikel defekt',
      es: 'Artículo defectuoso',
      it: 'Articolo difettoso',
    },
  },
  {
    code: 'CR-DAMAGED_BY_CARRIER',
    labels: {
      fr: 'Endommagé par le transporteur',
      en: 'Damaged by carrier',
      de: 'Vom Versanddienst beschädigt',
      es: 'Dañado por el transportista',
      it: 'Danneggiato dal corriere',
    },
  },
  {
    code: 'CR-DAMAGED_BY_FC',
    labels: {
      fr: 'Endommagé par le centre de distribution',
      en: 'Damaged by fulfilment centre',
      de: 'Im Logistikzentrum beschädigt',
      es: 'Dañado en el centro logístico',
      it: 'Danneggiato nel centro logistico',
    },
  },
  {
    code: 'CR-ORDERED_WRONG_ITEM',
    labels: {
      fr: 'Mauvais article commandé',
      en: 'Ordered wrong item',
      de: 'Falschen Artikel bestellt',
      es: 'Artículo equivocado pedido',
      it: 'Ordinato l’articolo sbagliato',
    },
  },
  {
    code: 'CR-SWITCHEROO',
    labels: {
      fr: 'Article différent reçu',
      en: 'Different item received',
      de: 'Anderer Artikel erhalten',
      es: 'Artículo diferente recibido',
      it: 'Ricevuto un articolo diverso',
    },
  },
  {
    code: 'CR-NOT_COMPATIBLE',
    labels: {
      fr: 'Article non compatible',
      en: 'Not compatible',
      de: 'Nicht kompatibel',
      es: 'No compatible',
      it: 'Non compatibile',
    },
  },
  {
    code: 'CR-QUALITY_UNACCEPTABLE',
    labels: {
      fr: 'Qualité insuffisante',
      en: 'Quality unacceptable',
      de: 'Qualität unzureichend',
      es: 'Calidad insuficiente',
      it: 'Qualità insufficiente',
    },
  },
  {
    code: 'CR-MISSING_PARTS',
    labels: {
      fr: 'Pièces manquantes',
      en: 'Missing parts',
      de: 'Teile fehlen',
      es: 'Faltan piezas',
      it: 'Parti mancanti',
    },
  },
  {
    code: 'CR-EXTRA_ITEM',
    labels: {
      fr: 'Article en trop',
      en: 'Extra item',
      de: 'Zusätzlicher Artikel',
      es: 'Artículo de más',
      it: 'Articolo in più',
    },
  },
  {
    code: 'CR-NOT_AS_DESCRIBED',
    labels: {
      fr: 'Ne correspond pas à la description',
      en: 'Not as described',
      de: 'Entspricht nicht der Beschreibung',
      es: 'No coincide con la descripción',
      it: 'Non corrisponde alla descrizione',
    },
  },
  {
    code: 'CR-MISSED_ESTIMATED_DELIVERY',
    labels: {
      fr: 'Livraison estimée dépassée',
      en: 'Missed estimated delivery',
      de: 'Voraussichtliche Lieferung verpasst',
      es: 'Entrega estimada no cumplida',
      it: 'Consegna stimata non rispettata',
    },
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
 * By value, then by code, then by any known label of that code, then by the words of the
 * option's label (./reason-words.ts). Null when nothing matches, or more than one option would.
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
    [requested, ...(suggestion ? Object.values(suggestion.labels) : [])].map(normalizeLabel),
  );
  const byLabel = options.find((o) => labels.has(normalizeLabel(o.label)));
  if (byLabel) return byLabel;
  // By meaning: the one option whose words say that reason (opaque values, Amazon's own wording).
  const code = Object.keys(REASON_WORDS).find((c) => codeKey(c) === key);
  if (!code) return null;
  const meaning = options.filter((o) => optionMeaning(o) === code);
  return meaning.length === 1 ? (meaning[0] as FormOption) : null;
}

/**
 * The reason an option's words say; under an `<optgroup>`, an option that says nothing alone is
 * read with its group's label ("Problema di consegna" › "Pacco danneggiato", "Damaged" › "By
 * carrier"), never against what it says alone.
 */
function optionMeaning(option: FormOption): string | null {
  const alone = reasonOfLabel(normalizeLabel(option.label));
  if (alone !== null || !option.group) return alone;
  return reasonOfLabel(normalizeLabel(`${option.group} ${option.label}`));
}
