import { formatCalendarDate } from '../dates/calendar-day';
import { LANG_LOCALE, type Lang } from '../i18n/lang';
import type { Finding } from '../model/finding';
import { type Order, primaryOrderId, type Shipment } from '../model/order';

// The case text a seller pastes into Selling Partner Support ("support aux partenaires de
// vente", "Partner-Support", "soporte para socios de venta", "supporto partner di vendita"), in
// Amazon's own words of each language ("Ventes Multi-Sites", "Multi-Channel-Versand", "Envíos
// multicanal", "Logistica multicanale"). It carries what support asks for (domain.md §1): the order ids, dates, carrier and
// tracking, items and quantities, the claim deadline, and for damage the photo proof of the US MCF
// reimbursement FAQ. Facts come from the finding, so the text says what the engine judged.

export type ClaimLocale = Lang;
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

export interface ClaimTexts {
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

export const CLAIM_TEXTS: Readonly<Record<ClaimLocale, ClaimTexts>> = {
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
  de: {
    subject: {
      'lost-claimable': 'Erstattungsantrag: verlorene Multi-Channel-Versand-Bestellung',
      'lost-check': 'Erstattungsantrag: verlorene Multi-Channel-Versand-Bestellung',
      'damaged-claimable': 'Erstattungsantrag: beschädigte Multi-Channel-Versand-Bestellung',
      'not-shipped-by-edd':
        'Multi-Channel-Versand-Bestellung bis zum voraussichtlichen Lieferdatum nicht versandt',
    },
    intro: {
      'lost-claimable':
        'Die unten stehende Multi-Channel-Versand-Bestellung wurde nicht innerhalb von 7 Tagen nach dem voraussichtlichen Lieferdatum zugestellt, und der Versanddienst zeigt keine Zustellung an. Ich beantrage die Erstattung dieser verlorenen Bestellung.',
      'lost-check':
        'Die unten stehende Multi-Channel-Versand-Bestellung wurde nicht innerhalb von 7 Tagen nach dem voraussichtlichen Lieferdatum zugestellt. Ich beantrage die Erstattung dieser verlorenen Bestellung.',
      'damaged-claimable':
        'Die unten stehende Multi-Channel-Versand-Bestellung wurde beim Transport beschädigt. Ich beantrage die Erstattung dieser beschädigten Bestellung; die Nachweise sind beigefügt.',
      'not-shipped-by-edd':
        'Die unten stehende Multi-Channel-Versand-Bestellung wurde nicht versandt, obwohl das voraussichtliche Lieferdatum erreicht ist. Können Sie mir sagen, was sie aufhält und wann sie versandt wird?',
    },
    checkFirst:
      '(Vor dem Senden prüfen: Der Lieferstatus ist unbekannt. Prüfen Sie die Sendungsverfolgung auf Swiship; senden Sie diesen Antrag nicht, wenn das Paket als zugestellt angezeigt wird.)',
    labels: {
      order: 'Bestellung (Amazon-ID)',
      displayable: 'Bestellreferenz',
      marketplace: 'Marketplace',
      shipment: 'Sendung',
      shipped: 'Versanddatum',
      edd: 'Voraussichtliches Lieferdatum',
      carrier: 'Versanddienst',
      tracking: 'Sendungsnummer(n)',
      carrierStatus: 'Status beim Versanddienst',
      items: 'Artikel',
      deadline: 'Antragsfrist',
      damageSource: 'Schaden gemeldet von',
      rma: 'Rücksendegenehmigung (RMA)',
    },
    unknown: 'unbekannt',
    photosTitle: 'Anhänge:',
    photos: [
      'Fotos des ganzen Artikels, die den Schaden zeigen (mit Serien-/Modellnummer bei Elektronik)',
      'Foto des Versandkartons',
      'Fotos aller Versandetiketten',
      'ASIN/FNSKU und Menge des beschädigten Artikels',
      'Nachweis, dass es sich um eine Bestellung außerhalb von Amazon handelt',
      'Nachweis der Erstattung oder des Ersatzes für den Kunden',
    ],
    closing: 'Vielen Dank für Ihre Hilfe.',
  },
  es: {
    subject: {
      'lost-claimable': 'Solicitud de reembolso: pedido de Envíos multicanal perdido',
      'lost-check': 'Solicitud de reembolso: pedido de Envíos multicanal perdido',
      'damaged-claimable': 'Solicitud de reembolso: pedido de Envíos multicanal dañado',
      'not-shipped-by-edd': 'Pedido de Envíos multicanal no enviado en su fecha de entrega estimada',
    },
    intro: {
      'lost-claimable':
        'El pedido de Envíos multicanal indicado abajo no se entregó en los 7 días siguientes a su fecha de entrega estimada y el transportista no indica ninguna entrega. Solicito el reembolso de este pedido perdido.',
      'lost-check':
        'El pedido de Envíos multicanal indicado abajo no se entregó en los 7 días siguientes a su fecha de entrega estimada. Solicito el reembolso de este pedido perdido.',
      'damaged-claimable':
        'El pedido de Envíos multicanal indicado abajo resultó dañado durante el transporte. Solicito el reembolso de este pedido dañado; adjunto los justificantes.',
      'not-shipped-by-edd':
        'El pedido de Envíos multicanal indicado abajo no se ha enviado aunque ya se ha alcanzado su fecha de entrega estimada. ¿Pueden indicarme qué lo bloquea y cuándo se enviará?',
    },
    checkFirst:
      '(Comprobar antes de enviar: el estado de entrega es desconocido. Consulte el seguimiento en Swiship; no envíe esta solicitud si el paquete aparece como entregado.)',
    labels: {
      order: 'Pedido (ID de Amazon)',
      displayable: 'Referencia del pedido',
      marketplace: 'Tienda',
      shipment: 'Envío',
      shipped: 'Fecha de envío',
      edd: 'Fecha de entrega estimada',
      carrier: 'Transportista',
      tracking: 'Número(s) de seguimiento',
      carrierStatus: 'Estado del transportista',
      items: 'Artículos',
      deadline: 'Fecha límite de reclamación',
      damageSource: 'Daño comunicado por',
      rma: 'Autorización de devolución (RMA)',
    },
    unknown: 'desconocido',
    photosTitle: 'Adjuntos:',
    photos: [
      'Fotos del artículo entero mostrando el daño (con el número de serie / de modelo en electrónica)',
      'Foto de la caja de envío',
      'Fotos de todas las etiquetas de envío',
      'ASIN/FNSKU y cantidad del artículo dañado',
      'Prueba de que se trata de un pedido ajeno a Amazon',
      'Prueba del reembolso o de la sustitución concedidos al cliente',
    ],
    closing: 'Gracias por su ayuda.',
  },
  it: {
    subject: {
      'lost-claimable': 'Richiesta di rimborso: ordine di Logistica multicanale perso',
      'lost-check': 'Richiesta di rimborso: ordine di Logistica multicanale perso',
      'damaged-claimable': 'Richiesta di rimborso: ordine di Logistica multicanale danneggiato',
      'not-shipped-by-edd': 'Ordine di Logistica multicanale non spedito entro la data di consegna stimata',
    },
    intro: {
      'lost-claimable':
        'L’ordine di Logistica multicanale qui sotto non è stato consegnato entro 7 giorni dalla data di consegna stimata e il corriere non ne indica la consegna. Chiedo il rimborso di questo ordine perso.',
      'lost-check':
        'L’ordine di Logistica multicanale qui sotto non è stato consegnato entro 7 giorni dalla data di consegna stimata. Chiedo il rimborso di questo ordine perso.',
      'damaged-claimable':
        'L’ordine di Logistica multicanale qui sotto è stato danneggiato durante il trasporto. Chiedo il rimborso di questo ordine danneggiato; i documenti giustificativi sono allegati.',
      'not-shipped-by-edd':
        'L’ordine di Logistica multicanale qui sotto non è stato spedito sebbene la data di consegna stimata sia stata raggiunta. Potete indicarmi cosa lo blocca e quando sarà spedito?',
    },
    checkFirst:
      '(Da verificare prima dell’invio: lo stato di consegna è sconosciuto. Controlla il tracciamento su Swiship; non inviare questa richiesta se il pacco risulta consegnato.)',
    labels: {
      order: 'Ordine (ID Amazon)',
      displayable: 'Riferimento dell’ordine',
      marketplace: 'Marketplace',
      shipment: 'Spedizione',
      shipped: 'Data di spedizione',
      edd: 'Data di consegna stimata',
      carrier: 'Corriere',
      tracking: 'Numero/i di tracciamento',
      carrierStatus: 'Stato del corriere',
      items: 'Articoli',
      deadline: 'Scadenza della richiesta',
      damageSource: 'Danno segnalato da',
      rma: 'Autorizzazione al reso (RMA)',
    },
    unknown: 'sconosciuto',
    photosTitle: 'Allegati:',
    photos: [
      'Foto dell’intero articolo che mostrano il danno (con il numero di serie / di modello per l’elettronica)',
      'Foto della scatola di spedizione',
      'Foto di tutte le etichette di spedizione',
      'ASIN/FNSKU e quantità dell’articolo danneggiato',
      'Prova che si tratta di un ordine esterno ad Amazon',
      'Prova del rimborso o della sostituzione concessi al cliente',
    ],
    closing: 'Grazie per l’aiuto.',
  },
};

const DAMAGE_SOURCE_EN = {
  'carrier-event': 'the carrier ("Shipment damaged")',
  return: 'the return received damaged',
  seller: 'the seller',
};

export const DAMAGE_SOURCE: Readonly<
  Record<ClaimLocale, typeof DAMAGE_SOURCE_EN & Readonly<Record<string, string>>>
> = {
  fr: {
    'carrier-event': 'le transporteur (« Shipment damaged »)',
    return: 'le retour reçu endommagé',
    seller: 'le vendeur',
  },
  en: DAMAGE_SOURCE_EN,
  de: {
    'carrier-event': 'dem Versanddienst („Shipment damaged“)',
    return: 'der beschädigt erhaltenen Rücksendung',
    seller: 'dem Verkäufer',
  },
  es: {
    'carrier-event': 'el transportista («Shipment damaged»)',
    return: 'la devolución recibida dañada',
    seller: 'el vendedor',
  },
  it: {
    'carrier-event': 'il corriere («Shipment damaged»)',
    return: 'il reso ricevuto danneggiato',
    seller: 'il venditore',
  },
};

/** The support case text for a lost, damaged or not-shipped-by-EDD finding. */
export function claimText(order: Order, finding: Finding, locale: ClaimLocale): string {
  if (!isClaimFinding(finding)) {
    throw new Error(`no claim text for a ${finding.kind} finding`);
  }
  const t = CLAIM_TEXTS[locale];
  const lines: string[] = [
    `${t.subject[finding.kind]} – ${primaryOrderId(order)}`,
    '',
    t.intro[finding.kind],
  ];
  if (finding.kind === 'lost-check') lines.push(t.checkFirst);
  lines.push('', ...orderFactLines(order, finding, locale));
  if (finding.kind === 'damaged-claimable') {
    lines.push('', t.photosTitle, ...t.photos.map((photo) => `- ${photo}`));
  }
  lines.push('', t.closing);
  return punctuate(lines.join('\n'), locale);
}

export interface OrderFactOptions {
  /** Also say what the carrier says for a lost-check order, with its latest event (the case
   *  text of several orders does; the one-order text names the status of a claimable one only). */
  carrierSays?: boolean;
}

/**
 * The lines about one order in a case text: its ids, marketplace, shipment, dates, carrier,
 * tracking, carrier status, damage, items and claim deadline (`label : value`, see `punctuate`).
 * Shared by the one-order text above and the several-order case text (core/claims/case-text.ts).
 */
export function orderFactLines(
  order: Order,
  finding: Finding & { kind: ClaimKind },
  locale: ClaimLocale,
  options: OrderFactOptions = {},
): string[] {
  const t = CLAIM_TEXTS[locale];
  const dateLocale = LANG_LOCALE[locale];
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

  const lines: string[] = [];
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
    if (options.carrierSays) {
      const latest = packages
        .flatMap((p) => p.events)
        .filter((e) => e.description)
        .sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? 1 : (a.date ?? '') > (b.date ?? '') ? -1 : 0))[0];
      const says = [status, latest && `${latest.date ? `${date(latest.date)}, ` : ''}${latest.description}`]
        .filter(Boolean)
        .join(' – ');
      lines.push(`${l.carrierStatus} : ${says || t.unknown}`);
    } else if (finding.kind === 'lost-claimable' && status) lines.push(`${l.carrierStatus} : ${status}`);
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
  return lines;
}

/** French puts a (narrow) space before the colon; the other languages do not. */
export function punctuate(text: string, locale: ClaimLocale): string {
  return locale === 'fr'
    ? text.replaceAll(' :', '\u202f:')
    : text.replaceAll(' : ', ': ').replaceAll(' :\n', ':\n');
}
