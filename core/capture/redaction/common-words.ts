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

/**
 * Whether a removed surname that is also the buyer's town ("Margot Lyon", "69007 Lyon") stands
 * as the town here: after a postcode, a preposition of place or a carrier ("Arrivé au site de
 * Lyon", "Filiale di consegna: BRT Bologna"), in brackets ("Illescas (Toledo)"), or before a
 * district ("Wien-Inzersdorf", "Genova Centro"). Beside the person's given name or initial it is
 * still the name ("M. LYON"), since those contexts never come right before it.
 */
export function isPlaceThere(word: string, text: string, index: number): boolean {
  const before = text.slice(0, index);
  const after = text.slice(index + word.length);
  if (/(?:\b\d{4,5}|\b(?:de|di|du|del|della|dello|au|in|im|nach|aus|bei|à|da|of|at)|\()\s*$/iu.test(before))
    return true;
  const previous = /(\p{L}+)\s+$/u.exec(before)?.[1];
  if (previous && isCarrierName(previous)) return true;
  return /^(?:-\p{Lu}|\s+(?:Centro|Centre|Center|Zentrum|Mitte|Nord|Sud|Süd|Est|Ost|Ovest|Ouest|West)\b)/u.test(
    after,
  );
}

/** Amazon and the carriers: never a person, whatever field or heading names them. */
export function isOrganisation(text: string): boolean {
  return /\bamazon\b/i.test(text) || isCarrierName(text) || carrierNamedIn(text) !== undefined;
}

/**
 * Words of Seller Central's own voices in a thread or a list of conversations: "Service
 * Partenaires", "Notification Système", "Seller Support", "Amazon-Team". No customer is called so.
 */
const VOICE_WORDS = new Set(
  [
    'service',
    'partenaires',
    'partner',
    'partners',
    'notification',
    'notifications',
    'système',
    'system',
    'équipe',
    'team',
    'support',
    'assistance',
    'benachrichtigung',
    'kundenservice',
    'partnerservice',
    'verkäuferservice',
    'sistema',
    'notificación',
    'equipo',
    'servicio',
    'atención',
    'notifica',
    'servizio',
    'assistenza',
    'squadra',
    'seller',
    'vendeur',
    'vendeurs',
    'verkäufer',
    'vendedor',
    'venditore',
    'amazon',
  ].map(fold),
);

/** Whether an author is Seller Central itself, not a customer: "Service Partenaires", "Amazon". */
export function isSellerCentralVoice(text: string): boolean {
  return isOrganisation(text) || text.split(/[\s-]+/).some((word) => VOICE_WORDS.has(fold(word)));
}

/** Where goods are kept or shipped from: "Centre Saran", "Entrepôt Lauwin", "Lager Leipzig". */
const PLACE_OF_GOODS =
  /(?:^|[^\p{L}])(?:centres?|centers?|entrep[oô]ts?|warehouses?|lager|logistikzentrum|almac[eé]n|magazzino|depot|dépôt|fulfil{1,2}ment|hub)(?:$|[^\p{L}])/iu;
export const namesPlaceOfGoods = (text: string): boolean => PLACE_OF_GOODS.test(text);

/**
 * A line no person is: a code ("MUG-AM-1"), a place of goods, a carrier's service ("Colissimo
 * Expert"), or opened by one of the page's own words ("Livraison Standard"); a surname that is
 * also a word of the page ("Coralie Marchand") comes after a first name.
 */
export function isPageThing(line: string): boolean {
  const first = line.split(/\s+/).find((word) => word !== '');
  if (!first || CODE.test(line) || namesPlaceOfGoods(line) || isOrganisation(line)) return true;
  return LABEL_WORDS.has(fold(first)) || SHIPPING_SPEEDS.has(fold(first));
}

/** Shipping speeds shown beside an order's address, in five languages. */
const SHIPPING_SPEEDS = new Set(
  [
    'Standard',
    'Express',
    'Expedited',
    'Priority',
    'Premium',
    'Prioritaire',
    'Rapide',
    'Économique',
    'Economy',
    'Estándar',
    'Urgente',
    'Prioritario',
    'Espresso',
    'Schnell',
  ].map(fold),
);
