import { formatCalendarDate } from '../dates/calendar-day';
import type { Finding } from '../model/finding';
import { type Order, primaryOrderId, type Shipment } from '../model/order';

// The case text a seller pastes into Selling Partner Support ("support aux partenaires de
// vente"). It carries what support asks for (domain.md §1): the order ids, dates, carrier and
// tracking, items and quantities, the claim deadline, and for damage the photo proof of the US MCF
// reimbursement FAQ. Facts come from the finding, so the text says what the engine judged.

export type ClaimLocale = 'fr' | 'en';
export const CLAIM_KINDS = [
  'lost-claimable',
  'lost-check',
  'damaged-claimable',
  'not-shipped-by-edd',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export function isClaimFinding(finding: Finding): finding is Finding & { kind: ClaimKind } {
  return (CLAIM_KINDS as readonly string[]).includes(finding.kind);
}

const DATE_LOCALE: Record<ClaimLocale, string> = { fr: 'fr-FR', en: 'en-GB' };

interface Texts {
  subject: Record<ClaimKind, string>;
  intro: Record<ClaimKind, string>;
  checkFirst: string;
  labels: {
    order: string;
    displayable: string;
    marketplace: string;
    shipment: string;
    shipped: string;
    edd: string;
    carrier: string;
    tracking: string;
    carrierStatus: string;
    items: string;
    deadline: string;
    damageSource: string;
    rma: string;
  };
  unknown: string;
  photosTitle: string;
  photos: readonly string[];
  closing: string;
}

const TEXTS: Record<ClaimLocale, Texts> = {
  fr: {
    subject: {
      'lost-claimable': 'Demande de remboursement : commande Ventes Multi-Sites perdue',
      'lost-check': 'Demande de remboursement : commande Ventes Multi-Sites perdue',
      'damaged-claimable': 'Demande de remboursement : commande Ventes Multi-Sites endommagée',
      'not-shipped-by-edd': 'Commande Ventes Multi-Sites non expédiée à la date de livraison estimée',
    },
    intro: {
      'lost-claimable':
        "La commande Ventes Multi-Sites ci-dessous n'a pas été livrée dans les 7 jours suivant la date de livraison estimée et le transporteur n'indique pas de livraison. Je vous demande le remboursement de cette commande perdue.",
      'lost-check':
        "La commande Ventes Multi-Sites ci-dessous n'a pas été livrée dans les 7 jours suivant la date de livraison estimée. Je vous demande le remboursement de cette commande perdue.",
      'damaged-claimable':
        'La commande Ventes Multi-Sites ci-dessous a été endommagée pendant le transport. Je vous demande le remboursement de cette commande endommagée ; les justificatifs sont joints.',
      'not-shipped-by-edd':
        "La commande Ventes Multi-Sites ci-dessous n'a pas été expédiée alors que la date de livraison estimée est atteinte. Pouvez-vous m'indiquer ce qui la bloque et quand elle sera expédiée ?",
    },
    checkFirst:
      "(À vérifier avant envoi : le statut de livraison n'est pas connu. Consultez le suivi sur Swiship ; n'envoyez pas cette demande si le colis est indiqué livré.)",
    labels: {
      order: 'Commande (ID Amazon)',
      displayable: 'Référence de commande',
      marketplace: 'Place de marché',
      shipment: 'Expédition',
      shipped: "Date d'expédition",
      edd: 'Date de livraison estimée',
      carrier: 'Transporteur',
      tracking: 'Numéro(s) de suivi',
      carrierStatus: 'Statut du transporteur',
      items: 'Articles',
      deadline: 'Date limite de réclamation',
      damageSource: 'Dommage constaté',
      rma: 'Autorisation de retour (RMA)',
    },
    unknown: 'inconnu',
    photosTitle: 'Pièces jointes :',
    photos: [
      "Photos de l'article entier montrant le dommage (avec numéro de série / de modèle pour l'électronique)",
      "Photo du carton d'expédition",
      "Photos de toutes les étiquettes d'expédition",
      "ASIN/FNSKU et quantité de l'article endommagé",
      "Preuve qu'il s'agit d'une commande hors Amazon",
      'Preuve du remboursement ou du remplacement accordé au client',
    ],
    closing: 'Merci de votre aide.',
  },
  en: {
    subject: {
      'lost-claimable': 'Reimbursement request: lost Multi-Channel Fulfillment order',
      'lost-check': 'Reimbursement request: lost Multi-Channel Fulfillment order',
      'damaged-claimable': 'Reimbursement request: damaged Multi-Channel Fulfillment order',
      'not-shipped-by-edd': 'Multi-Channel Fulfillment order not shipped by its estimated delivery date',
    },
    intro: {
      'lost-claimable':
        'The Multi-Channel Fulfillment order below was not delivered within 7 days of its estimated delivery date and the carrier does not show it as delivered. I request a reimbursement for this lost order.',
      'lost-check':
        'The Multi-Channel Fulfillment order below was not delivered within 7 days of its estimated delivery date. I request a reimbursement for this lost order.',
      'damaged-claimable':
        'The Multi-Channel Fulfillment order below was damaged in transit. I request a reimbursement for this damaged order; the proof is attached.',
      'not-shipped-by-edd':
        'The Multi-Channel Fulfillment order below has not shipped although its estimated delivery date has been reached. Could you tell me what is holding it and when it will ship?',
    },
    checkFirst:
      '(Check before sending: the delivery status is unknown. Look up the tracking on Swiship; do not send this request if the parcel shows as delivered.)',
    labels: {
      order: 'Order (Amazon ID)',
      displayable: 'Order reference',
      marketplace: 'Marketplace',
      shipment: 'Shipment',
      shipped: 'Ship date',
      edd: 'Estimated delivery date',
      carrier: 'Carrier',
      tracking: 'Tracking number(s)',
      carrierStatus: 'Carrier status',
      items: 'Items',
      deadline: 'Claim deadline',
      damageSource: 'Damage reported by',
      rma: 'Return authorization (RMA)',
    },
    unknown: 'unknown',
    photosTitle: 'Attached:',
    photos: [
      'Photos of the whole item showing the damage (with the serial / model number for electronics)',
      'Photo of the shipping box',
      'Photos of all shipping labels',
      'ASIN/FNSKU and quantity of the damaged item',
      'Proof that this is a non-Amazon order',
      'Proof of the refund or replacement given to the customer',
    ],
    closing: 'Thank you for your help.',
  },
};

const DAMAGE_SOURCE: Record<ClaimLocale, Record<string, string>> = {
  fr: {
    'carrier-event': 'le transporteur (« Shipment damaged »)',
    return: 'le retour reçu endommagé',
    seller: 'le vendeur',
  },
  en: {
    'carrier-event': 'the carrier ("Shipment damaged")',
    return: 'the return received damaged',
    seller: 'the seller',
  },
};

/** The support case text for a lost, damaged or not-shipped-by-EDD finding. */
export function claimText(order: Order, finding: Finding, locale: ClaimLocale): string {
  if (!isClaimFinding(finding)) {
    throw new Error(`no claim text for a ${finding.kind} finding`);
  }
  const t = TEXTS[locale];
  const dateLocale = DATE_LOCALE[locale];
  const date = (value: unknown): string =>
    typeof value === 'string' && value !== '' ? formatCalendarDate(value, dateLocale, 'long') : t.unknown;
  const shipments: Shipment[] =
    finding.shipmentIndex !== undefined
      ? [order.shipments[finding.shipmentIndex]].filter((s) => s !== undefined)
      : order.shipments;
  const packages = shipments.flatMap((s) => s.packages);
  const facts = finding.facts;
  const trackingFromFacts = typeof facts.trackingNumbers === 'string' ? facts.trackingNumbers.split(',') : [];
  const tracking = [
    ...new Set([...trackingFromFacts, ...packages.map((p) => p.trackingNumber ?? '')].filter(Boolean)),
  ];
  const carriers = [
    ...new Set(
      [
        typeof facts.carrierCode === 'string' ? facts.carrierCode : '',
        ...packages.map((p) => p.carrierCode ?? ''),
      ].filter(Boolean),
    ),
  ];
  const shipDate = facts.shippingDate ?? shipments[0]?.shippingDate;
  const edd = facts.estimatedArrivalDate ?? shipments[0]?.estimatedArrivalDate ?? order.estimatedArrivalDate;
  const l = t.labels;

  const lines: string[] = [
    `${t.subject[finding.kind]} – ${primaryOrderId(order)}`,
    '',
    t.intro[finding.kind],
  ];
  if (finding.kind === 'lost-check') lines.push(t.checkFirst);
  lines.push('');
  if (order.sellerFulfillmentOrderId) lines.push(`${l.order} : ${order.sellerFulfillmentOrderId}`);
  if (order.displayableOrderId && order.displayableOrderId !== order.sellerFulfillmentOrderId) {
    lines.push(`${l.displayable} : ${order.displayableOrderId}`);
  }
  lines.push(`${l.marketplace} : ${order.marketplace.host} (${order.marketplace.countryCode})`);
  const shipmentIds = shipments.map((s) => s.amazonShipmentId).filter(Boolean);
  if (shipmentIds.length > 0) lines.push(`${l.shipment} : ${shipmentIds.join(', ')}`);
  if (finding.kind !== 'not-shipped-by-edd') lines.push(`${l.shipped} : ${date(shipDate)}`);
  lines.push(`${l.edd} : ${date(edd)}`);
  if (finding.kind !== 'not-shipped-by-edd') {
    lines.push(`${l.carrier} : ${carriers.join(', ') || t.unknown}`);
    lines.push(`${l.tracking} : ${tracking.join(', ') || t.unknown}`);
    const status = packages.map((p) => p.currentStatus).find(Boolean);
    if (finding.kind === 'lost-claimable' && status) lines.push(`${l.carrierStatus} : ${status}`);
  }
  if (finding.kind === 'damaged-claimable') {
    const source = typeof facts.damageSource === 'string' ? facts.damageSource : '';
    if (source) lines.push(`${l.damageSource} : ${DAMAGE_SOURCE[locale][source] ?? source}`);
    if (typeof facts.rmaId === 'string') lines.push(`${l.rma} : ${facts.rmaId}`);
  }
  lines.push(`${l.items} :`);
  for (const item of order.items) {
    const ids = [item.asin && `ASIN ${item.asin}`, item.fnsku && `FNSKU ${item.fnsku}`]
      .filter(Boolean)
      .join(', ');
    const title = item.title ? ` – ${item.title}` : '';
    lines.push(`- ${item.sellerSku}${title} × ${item.quantity}${ids ? ` (${ids})` : ''}`);
  }
  if (finding.deadline && finding.kind !== 'not-shipped-by-edd')
    lines.push(`${l.deadline} : ${date(finding.deadline)}`);
  if (finding.kind === 'damaged-claimable') {
    lines.push('', t.photosTitle, ...t.photos.map((photo) => `- ${photo}`));
  }
  lines.push('', t.closing);
  // French puts a (narrow) space before the colon; English does not.
  const text = lines.join('\n');
  return locale === 'en'
    ? text.replaceAll(' : ', ': ').replaceAll(' :\n', ':\n')
    : text.replaceAll(' :', '\u202f:');
}
