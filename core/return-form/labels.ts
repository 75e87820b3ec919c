import { normalizeLabel as normalizePageLabel } from '../page/text';
import type { KnownRole } from './schema';

// Visible labels of the "Create customer return" form, per language. fr and en come from the
// Seller Central help pages (domain.md §1: "Retour", "Motif du retour", "Commentaires",
// "Soumettre"; en_GB: "Return", "Return Reason", "Comments", "Submit"). The de/es/it labels are
// Amazon's usual wording in those languages, NOT seen on a real return form: if they miss, the
// popup says which field it could not find.

/** A comment box named for the return as a whole, not for one item's row. */
const WHOLE_RETURN_COMMENTS = [
  'commentaires sur le retour',
  'comments about the return',
  'comments on the return',
  'return comments',
  'kommentare zur rucksendung',
  'kommentar zur rucksendung',
  'comentarios sobre la devolucion',
  'commenti sul reso',
] as const;

export const FIELD_LABELS: Readonly<Record<KnownRole, readonly string[]>> = {
  reason: [
    'motif du retour',
    'raison du retour',
    'return reason',
    'reason for return',
    'rucksendegrund',
    'grund der rucksendung',
    'motivo de la devolucion',
    'motivo del reso',
  ],
  comment: [
    'commentaires',
    'commentaire',
    'comments',
    'comment',
    'kommentare',
    'kommentar',
    'comentarios',
    'commenti',
    // One box for the whole return, named for it ("Kommentare zur Rücksendung").
    ...WHOLE_RETURN_COMMENTS,
  ],
  include: [
    'retourner cet article',
    'retourner l article',
    'retourner',
    'return this item',
    'return item',
    'diesen artikel zurucksenden',
    'artikel zurucksenden',
    'zurucksenden',
    'devolver este articulo',
    'devolver articulo',
    'devolver',
    'restituisci questo articolo',
    'restituire questo articolo',
    'restituisci',
  ],
  quantity: [
    'retour',
    'quantite a retourner',
    'quantite retournee',
    'quantite',
    'qte',
    'quantite de retour',
    'quantite a renvoyer',
    'unites a retourner',
    'return',
    'return quantity',
    'quantity to return',
    'quantity',
    'qty',
    'qty to return',
    'return qty',
    'units to return',
    'rucksendung',
    'rucksendemenge',
    'menge',
    'zuruckzusendende menge',
    'anzahl zurucksenden',
    'devolucion',
    'cantidad a devolver',
    'cantidad',
    'cantidad que se devuelve',
    'unidades a devolver',
    'reso',
    'quantita da restituire',
    'quantita',
    'qta',
    'quantita da rendere',
    'unita da restituire',
  ],
};

/** Buttons we must never press: the seller reviews and submits. */
export const SUBMIT_LABELS: readonly string[] = [
  'soumettre',
  'submit',
  'senden',
  'absenden',
  'enviar',
  'invia',
];

/**
 * Seller Central labels normalised once (core/page/text.ts `normalizeLabel`: lower case, no
 * accents, every kind of space collapsed, no trailing colon), then what form labels add: a
 * required-field star and parentheses around it, at either end ("Return Reason*", "* Retour (*) :").
 */
export function normalizeLabel(raw: string): string {
  return normalizePageLabel(raw)
    .replace(/[\s:：*（）()]+$/u, '')
    .replace(/^[\s*]+/, '')
    .trim();
}

/** "Comentarios (opcional)": a box the seller may leave empty is still that box. */
const OPTIONAL_HINT =
  /\s*\((?:optional|optionnel|facultatif|facultative|freiwillig|opcional|facoltativo|opzionale)\)?$/u;

/**
 * The role a label names, or null. Exact matches only: "Return" must not catch "Return Reason".
 * A label naming its row's item after a dash ("Quantità da restituire – Lampada LED – nera", as
 * per-row `aria-label`s are written) names the role of the phrase before the first dash.
 */
export function roleOfLabel(raw: string): KnownRole | null {
  const label = normalizeLabel(raw).replace(OPTIONAL_HINT, '');
  if (!label) return null;
  const exact = exactRole(label);
  if (exact) return exact;
  // A phrase before the dash, never a bare word: "Return – charge a restocking fee" is no quantity.
  const dash = label.search(/\s[–—-]\s/u);
  const head = dash > 0 ? label.slice(0, dash) : '';
  return head.includes(' ') ? exactRole(head) : null;
}

/**
 * The everyday words for a quantity, which also name the quantity ordered or shipped: a control
 * under one of them that the seller cannot change is that count, not the return's.
 */
const BARE_QUANTITY = new Set(['quantite', 'qte', 'quantity', 'qty', 'menge', 'cantidad', 'quantita', 'qta']);
export const isBareQuantityLabel = (raw: string): boolean => BARE_QUANTITY.has(normalizeLabel(raw));

function exactRole(label: string): KnownRole | null {
  for (const role of ['reason', 'comment', 'quantity', 'include'] as const) {
    if (FIELD_LABELS[role].includes(label)) return role;
  }
  return null;
}

export function isSubmitLabel(raw: string): boolean {
  return SUBMIT_LABELS.includes(normalizeLabel(raw));
}

/** Whether a label names one comment box for the whole return ("Commentaires sur le retour"). */
export const isWholeReturnLabel = (raw: string): boolean =>
  (WHOLE_RETURN_COMMENTS as readonly string[]).includes(normalizeLabel(raw).replace(OPTIONAL_HINT, ''));
