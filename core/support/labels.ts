import { normalizeLabel } from '../return-form/labels';

// Visible labels of the boxes of a Selling Partner Support case form, per language, normalised
// (lower case, no accents, no trailing colon, star or question mark). Sources: the wording of
// Seller Central's contact pages as sellers and their tools quote it ("Description", "Describe
// your issue", "What do you need help with?", "Subject", "Order ID"); the fr/de/es/it entries are
// Amazon's usual wording in those languages ("Décrivez votre problème", "Beschreibung",
// "Descripción", "Descrizione"), NOT read on a live form: when they miss, nothing is filled and
// the seller is told the text is in the clipboard.

export type CaseFieldRole = 'description' | 'subject' | 'orderId';

export const CASE_FIELD_LABELS: Readonly<Record<CaseFieldRole, readonly string[]>> = {
  description: [
    // en
    'description',
    'describe your issue',
    'describe the issue',
    'describe your problem',
    'what do you need help with',
    // fr
    'decrivez votre probleme',
    'decrivez le probleme',
    'description du probleme',
    'de quoi avez-vous besoin',
    // de
    'beschreibung',
    'beschreiben sie ihr problem',
    'problembeschreibung',
    'wobei benotigen sie hilfe',
    'beschreiben sie ihr anliegen',
    'ihr anliegen',
    // es
    'descripcion',
    'describa su problema',
    'describe tu problema',
    'descripcion del problema',
    'con que necesitas ayuda',
    // it
    'descrizione',
    'descrivi il problema',
    'descrizione del problema',
    'di cosa hai bisogno',
  ],
  subject: [
    'subject',
    'short description',
    'objet',
    'description courte',
    'breve description',
    'betreff',
    'kurzbeschreibung',
    'asunto',
    'descripcion breve',
    'oggetto',
    'breve descrizione',
  ],
  orderId: [
    'order id',
    'order number',
    'amazon order id',
    'numero de commande',
    'id de commande',
    'bestellnummer',
    'amazon-bestellnummer',
    'bestell-id',
    'bestell id',
    'numero de pedido',
    'numero del pedido',
    'id del pedido',
    'numero ordine',
    'numero dell ordine',
    'id ordine',
    'numero d ordine',
    'numero di ordine',
    // The order the case is about, as a list of recent orders names it.
    'affected order',
    'commande concernee',
    'betroffene bestellung',
    'pedido afectado',
    'ordine interessato',
    // Plural: a box taking several orders, one at a time (a chip list); the case's one goes in.
    'order ids',
    'order numbers',
    'numeros de commande',
    'bestellnummern',
    'numeros de pedido',
    'numeri d ordine',
    'numeri ordine',
    'numeri di ordine',
  ],
};

/**
 * Boxes for "more details": the description only on a form with no box labelled as one ("Subject"
 * as a topic list, then "Additional details"); beside a "Description" box, they are another box.
 */
const DESCRIPTION_FALLBACK_LABELS: readonly string[] = [
  // "Tell us more" asks for more beside something: a survey's box as often as a case's.
  'tell us more',
  'additional details',
  'additional information',
  'details',
  'case details',
  'tell us what happened',
  'details supplementaires',
  'informations complementaires',
  'detail de la demande',
  'weitere details',
  'zusatzliche informationen',
  'weitere informationen',
  'detalles adicionales',
  'informacion adicional',
  'detalles',
  'dettagli aggiuntivi',
  'informazioni aggiuntive',
  'dettagli',
];

/** Whether a label names a box for more details (see above). */
export function isDescriptionFallbackLabel(raw: string): boolean {
  // Whole, or with a bracketed hint after it ("(optional)"): "Details of the new address" is not it.
  const label = normalizeCaseLabel(raw.replace(/\s*\([^()]*\)\s*$/u, ''));
  return DESCRIPTION_FALLBACK_LABELS.includes(label);
}

/** A label as compared: the form label normalisation, and no question mark or apostrophe. */
export function normalizeCaseLabel(raw: string): string {
  return normalizeLabel(raw.replace(/[?？¿]/gu, ' ').replace(/['’]/gu, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

const ROLES = ['description', 'subject', 'orderId'] as const;

/**
 * The role a label names, or null. A whole label first: "Description" must not catch "Short
 * description". Else a label followed by more words, the longest known one ("Beschreiben Sie Ihr
 * Problem so genau wie möglich", "Bestellnummer (optional)"), as placeholders and hints say it.
 */
export function caseRoleOfLabel(raw: string): CaseFieldRole | null {
  const label = normalizeCaseLabel(raw);
  if (!label) return null;
  for (const role of ROLES) if (CASE_FIELD_LABELS[role].includes(label)) return role;
  let best: { role: CaseFieldRole; length: number } | null = null;
  for (const role of ROLES)
    for (const known of CASE_FIELD_LABELS[role])
      if (label.startsWith(`${known} `) && known.length > (best?.length ?? 0))
        best = { role, length: known.length };
  return best?.role ?? null;
}
