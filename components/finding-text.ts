import { formatCalendarDate } from '../core/dates/calendar-day';
import type { Finding, FindingKind } from '../core/model/finding';

// Human texts of the findings. The engine only emits a kind, a message key and facts; what the
// seller reads lives here with the UI, in French and English. Dates are calendar days of the
// marketplace, formatted in UTC so that no zone moves them. Pure TS: no browser API.

export type FindingLang = 'fr' | 'en';

export interface FindingText {
  title: string;
  action: string;
  detail?: string;
}

const DEFAULT_LOCALE: Record<FindingLang, string> = { fr: 'fr-FR', en: 'en-GB' };

type Format = (finding: Finding, date: (value: unknown) => string) => FindingText;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): string => str(value).split(',').filter(Boolean).join(', ');

const FIELD_NAMES: Record<FindingLang, Record<string, string>> = {
  fr: {
    shippingDate: "date d'expédition",
    estimatedArrivalDate: 'date de livraison estimée',
    fulfillmentOrderStatus: 'statut de la commande',
    fulfillmentShipmentStatus: "statut de l'expédition",
  },
  en: {
    shippingDate: 'ship date',
    estimatedArrivalDate: 'estimated delivery date',
    fulfillmentOrderStatus: 'order status',
    fulfillmentShipmentStatus: 'shipment status',
  },
};

/** SP-API return conditions (domain.md §6), as the seller reads them. */
export const RETURN_CONDITION_NAMES: Record<FindingLang, Record<string, string>> = {
  fr: {
    Sellable: 'vendable',
    Defective: 'défectueux',
    CustomerDamaged: 'endommagé par le client',
    CarrierDamaged: 'endommagé par le transporteur',
    FulfillerDamaged: 'endommagé par le centre de distribution',
  },
  en: {
    Sellable: 'sellable',
    Defective: 'defective',
    CustomerDamaged: 'damaged by the customer',
    CarrierDamaged: 'damaged by the carrier',
    FulfillerDamaged: 'damaged by the fulfilment centre',
  },
};

function conditionName(value: unknown, lang: FindingLang): string {
  return RETURN_CONDITION_NAMES[lang][str(value)] ?? str(value);
}

/** "shipments.0.shippingDate" → "ship date (shipment 1)". */
function fieldName(path: string, lang: FindingLang): string {
  const parts = path.split('.');
  const field = parts.at(-1) ?? path;
  const name = FIELD_NAMES[lang][field] ?? field;
  const shipment = parts[0] === 'shipments' && parts[1] !== undefined ? Number(parts[1]) + 1 : undefined;
  if (shipment === undefined) return name;
  return lang === 'fr' ? `${name} (expédition ${shipment})` : `${name} (shipment ${shipment})`;
}

const TEXTS: Record<FindingLang, Record<FindingKind, Format>> = {
  fr: {
    'tracking-pending': (f, date) => ({
      title: 'Expédiée, suivi pas encore disponible',
      action: 'Rien à faire : les transporteurs ont besoin de temps.',
      detail: `Suivi attendu à partir du ${date(f.facts.trackingExpectedOn)}.`,
    }),
    'tracking-missing': (f, date) => ({
      title: 'Pas de numéro de suivi',
      action:
        'Vérifiez la page de la commande et Swiship : certains transporteurs n’envoient que l’événement « livré ».',
      detail: `Expédiée le ${date(f.facts.shippingDate)}.${f.facts.noTrackingReportedOn ? ` Aucun numéro de suivi dans le rapport du ${date(f.facts.noTrackingReportedOn)}.` : ''}`,
    }),
    'not-shipped-by-edd': (f, date) => ({
      title: 'Non expédiée à la date de livraison estimée',
      action: 'Contactez le support aux partenaires de vente.',
      detail: `Livraison estimée le ${date(f.facts.estimatedArrivalDate)}.`,
    }),
    'lost-watch': (f, date) => ({
      title: 'En retard sur la date de livraison estimée',
      action: `Réclamation possible à partir du ${date(f.facts.claimOpensOn)}`,
      detail: `Livraison estimée le ${date(f.facts.estimatedArrivalDate)}.`,
    }),
    'lost-check': (f, date) => ({
      title: 'Peut-être perdue : statut de livraison inconnu',
      action: 'Vérifiez le suivi sur Swiship avant de réclamer ; ne réclamez pas si le colis est livré.',
      detail: `Réclamation possible jusqu’au ${date(f.deadline)}.`,
    }),
    'lost-claimable': (f, date) => ({
      title: 'Commande perdue : remboursement à demander',
      action: 'Demandez le remboursement au support aux partenaires de vente.',
      detail: `Date limite : ${date(f.deadline)}. Suivi : ${list(f.facts.trackingNumbers) || 'aucun'}.`,
    }),
    'claim-expired': (f, date) => ({
      title: 'Délai de réclamation dépassé',
      action: 'La fenêtre de réclamation est close.',
      detail: `Elle a pris fin le ${date(f.deadline)}.`,
    }),
    'damaged-claimable': () => ({
      title: 'Commande endommagée : remboursement à demander',
      action: 'Demandez le remboursement avec les photos (article, carton, étiquettes) et les justificatifs.',
      detail:
        'Joignez : photos de l’article entier montrant le dommage (n° de série/modèle pour l’électronique), du carton et de toutes les étiquettes ; ASIN/FNSKU et quantité ; preuve de commande hors Amazon ; preuve du remboursement ou du remplacement.',
    }),
    'not-eligible': (f) => ({
      title: 'Non remboursable en Ventes Multi-Sites',
      action:
        f.facts.purpose === 'removal'
          ? 'Pour retirer du stock, créez un ordre de retrait plutôt qu’une commande Ventes Multi-Sites.'
          : 'Les commandes Amazon passent par FBA, pas par les Ventes Multi-Sites.',
      detail:
        'Les commandes de retrait ou de commandes Amazon ne donnent droit à aucun remboursement perte/dommage.',
    }),
    unfulfillable: (f) => ({
      title: 'Commande impossible à expédier',
      action:
        f.facts.check === 'dangerous-goods-review'
          ? 'Le produit est classé marchandise dangereuse : suivez la procédure d’examen des marchandises dangereuses.'
          : 'Consultez le rapport quotidien d’historique de l’inventaire.',
      detail: f.facts.fulfillmentOrderStatus ? `Statut : ${str(f.facts.fulfillmentOrderStatus)}.` : undefined,
    }),
    'return-open': (f, date) => ({
      title: f.severity === 'warning' ? 'Retour sans nouvelles' : 'Retour en cours',
      action: 'Suivez l’« État du retour » ; l’autorisation de retour doit être dans le colis.',
      detail: `RMA ${str(f.facts.rmaId)}, relance le ${date(f.facts.remindOn)}.`,
    }),
    'return-removal': (f, date) => ({
      title: 'Retour reçu invendable',
      action:
        'Créez un ordre de retrait pour cette unité invendable' +
        (f.facts.claimable === true ? ', et réclamez le dommage (liste « Commande endommagée »).' : '.'),
      detail: `RMA ${str(f.facts.rmaId)}, état : ${conditionName(f.facts.receivedCondition, 'fr')}${f.facts.receivedDate ? `, reçu le ${date(f.facts.receivedDate)}` : ''}.`,
    }),
    'needs-data': (f) => ({
      title: 'Données manquantes',
      action:
        'Ouvrez la page de la commande (elle indique si la commande est expédiée) ou saisissez les dates manquantes.',
      detail: `Manque : ${str(f.facts.missing)
        .split(',')
        .filter(Boolean)
        .map((p) => fieldName(p, 'fr'))
        .join(', ')}.`,
    }),
  },
  en: {
    'tracking-pending': (f, date) => ({
      title: 'Shipped, tracking not available yet',
      action: 'Nothing to do: carriers need time.',
      detail: `Tracking expected from ${date(f.facts.trackingExpectedOn)}.`,
    }),
    'tracking-missing': (f, date) => ({
      title: 'No tracking number',
      action: 'Check the order page and Swiship: some carriers only send the final "delivered" event.',
      detail: `Shipped on ${date(f.facts.shippingDate)}.${f.facts.noTrackingReportedOn ? ` No tracking number in the report of ${date(f.facts.noTrackingReportedOn)}.` : ''}`,
    }),
    'not-shipped-by-edd': (f, date) => ({
      title: 'Not shipped by the estimated delivery date',
      action: 'Contact Selling Partner Support.',
      detail: `Estimated delivery ${date(f.facts.estimatedArrivalDate)}.`,
    }),
    'lost-watch': (f, date) => ({
      title: 'Late on its estimated delivery date',
      action: `Claim opens on ${date(f.facts.claimOpensOn)}`,
      detail: `Estimated delivery ${date(f.facts.estimatedArrivalDate)}.`,
    }),
    'lost-check': (f, date) => ({
      title: 'Possibly lost: delivery status unknown',
      action: 'Check the tracking on Swiship before claiming; do not claim if it was delivered.',
      detail: `Claimable until ${date(f.deadline)}.`,
    }),
    'lost-claimable': (f, date) => ({
      title: 'Lost order: claim a reimbursement',
      action: 'Ask Selling Partner Support for a lost-order reimbursement.',
      detail: `Deadline: ${date(f.deadline)}. Tracking: ${list(f.facts.trackingNumbers) || 'none'}.`,
    }),
    'claim-expired': (f, date) => ({
      title: 'Claim window closed',
      action: 'The claim window is over.',
      detail: `It ended on ${date(f.deadline)}.`,
    }),
    'damaged-claimable': () => ({
      title: 'Damaged order: claim a reimbursement',
      action: 'Claim with photo proof (item, box, labels) and the supporting documents.',
      detail:
        'Attach: photos of the whole item showing the damage (serial/model number for electronics), of the shipping box and of all shipping labels; ASIN/FNSKU and quantity; proof of a non-Amazon order; proof of refund or replacement.',
    }),
    'not-eligible': (f) => ({
      title: 'Not reimbursable under MCF',
      action:
        f.facts.purpose === 'removal'
          ? 'To pull stock out, create a removal order instead of an MCF order.'
          : 'Amazon orders are fulfilled with FBA, not MCF.',
      detail: 'Removal and Amazon-order MCF orders are never reimbursed as lost or damaged.',
    }),
    unfulfillable: (f) => ({
      title: 'Order cannot ship',
      action:
        f.facts.check === 'dangerous-goods-review'
          ? 'The product is classed as dangerous goods: follow the dangerous-goods review.'
          : 'Check the daily inventory history report.',
      detail: f.facts.fulfillmentOrderStatus ? `Status: ${str(f.facts.fulfillmentOrderStatus)}.` : undefined,
    }),
    'return-open': (f, date) => ({
      title: f.severity === 'warning' ? 'Return with no news' : 'Return open',
      action: 'Follow the return status; the return authorization must be inside the parcel.',
      detail: `RMA ${str(f.facts.rmaId)}, reminder on ${date(f.facts.remindOn)}.`,
    }),
    'return-removal': (f, date) => ({
      title: 'Return received unsellable',
      action:
        'Create a removal order for this unsellable unit' +
        (f.facts.claimable === true ? ', and claim the damage (“Damaged order” list).' : '.'),
      detail: `RMA ${str(f.facts.rmaId)}, condition: ${conditionName(f.facts.receivedCondition, 'en')}${f.facts.receivedDate ? `, received on ${date(f.facts.receivedDate)}` : ''}.`,
    }),
    'needs-data': (f) => ({
      title: 'Missing data',
      action: 'Open the order page (it says whether the order shipped) or type the missing dates.',
      detail: `Missing: ${str(f.facts.missing)
        .split(',')
        .filter(Boolean)
        .map((p) => fieldName(p, 'en'))
        .join(', ')}.`,
    }),
  },
};

/** Every kind has a text in every language (checked by a test). */
export const FINDING_TEXT_KINDS: Record<FindingLang, readonly FindingKind[]> = {
  fr: Object.keys(TEXTS.fr) as FindingKind[],
  en: Object.keys(TEXTS.en) as FindingKind[],
};

export function describeFinding(finding: Finding, lang: FindingLang, locale?: string): FindingText {
  const dateLocale = locale ?? DEFAULT_LOCALE[lang];
  const unknown = lang === 'fr' ? 'date inconnue' : 'unknown date';
  const date = (value: unknown): string =>
    typeof value === 'string' && value !== '' ? formatCalendarDate(value, dateLocale, 'short') : unknown;
  const text = TEXTS[lang][finding.kind](finding, date);
  // An abbreviated month ("12 nov.") at the end of a sentence already carries its full stop.
  const tidy = (s: string) => s.replaceAll('..', '.');
  const described: FindingText = { title: tidy(text.title), action: tidy(text.action) };
  if (text.detail !== undefined) described.detail = tidy(text.detail);
  return described;
}
