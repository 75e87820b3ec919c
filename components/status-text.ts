import type { Lang } from '../core/i18n/lang';
import type { Order } from '../core/model/order';
import type {
  FULFILLMENT_ORDER_STATUSES,
  FULFILLMENT_SHIPMENT_STATUSES,
  PACKAGE_STATUSES,
} from '../core/model/sp-api-enums';

// Amazon's status codes (SP-API) in the words a seller reads, in the five languages, for the
// overlay, the popup and the dashboard. The delivery status of the parcel says more than the
// order's.

type FulfillmentOrderStatus = (typeof FULFILLMENT_ORDER_STATUSES)[number];
type FulfillmentShipmentStatus = (typeof FULFILLMENT_SHIPMENT_STATUSES)[number];
type PackageStatus = (typeof PACKAGE_STATUSES)[number];

export const ORDER_STATUS: Readonly<Record<Lang, Record<FulfillmentOrderStatus, string>>> = {
  fr: {
    New: 'Nouvelle',
    Received: 'Reçue',
    Planning: 'En préparation',
    Processing: 'En cours de traitement',
    Cancelled: 'Annulée',
    Complete: 'Expédiée',
    CompletePartialled: 'Partiellement expédiée',
    Unfulfillable: 'Impossible à traiter',
    Invalid: 'Non valide',
  },
  en: {
    New: 'New',
    Received: 'Received',
    Planning: 'Planning',
    Processing: 'Processing',
    Cancelled: 'Cancelled',
    Complete: 'Shipped',
    CompletePartialled: 'Partially shipped',
    Unfulfillable: 'Unfulfillable',
    Invalid: 'Invalid',
  },
  de: {
    New: 'Neu',
    Received: 'Eingegangen',
    Planning: 'In Planung',
    Processing: 'In Bearbeitung',
    Cancelled: 'Storniert',
    Complete: 'Versandt',
    CompletePartialled: 'Teilweise versandt',
    Unfulfillable: 'Nicht ausführbar',
    Invalid: 'Ungültig',
  },
  es: {
    New: 'Nuevo',
    Received: 'Recibido',
    Planning: 'En planificación',
    Processing: 'En proceso',
    Cancelled: 'Cancelado',
    Complete: 'Enviado',
    CompletePartialled: 'Enviado parcialmente',
    Unfulfillable: 'No se puede gestionar',
    Invalid: 'No válido',
  },
  it: {
    New: 'Nuovo',
    Received: 'Ricevuto',
    Planning: 'In pianificazione',
    Processing: 'In elaborazione',
    Cancelled: 'Annullato',
    Complete: 'Spedito',
    CompletePartialled: 'Spedito in parte',
    Unfulfillable: 'Non evadibile',
    Invalid: 'Non valido',
  },
};

// Every carrier status of the SP-API has words (a record per language, checked by the compiler):
// an order shown as "CUSTOMER_ACTION" or "SHIPPED" is Amazon's code, not the seller's language.
export const PACKAGE_STATUS: Readonly<Record<Lang, Record<PackageStatus, string>>> = {
  fr: {
    IN_TRANSIT: 'en transit',
    DELIVERED: 'livré',
    RETURNING: 'en retour',
    RETURNED: 'retourné',
    UNDELIVERABLE: 'non livrable (perdu ou détruit)',
    DELAYED: 'retardé',
    AVAILABLE_FOR_PICKUP: 'disponible au retrait',
    CUSTOMER_ACTION: 'action du client requise',
    UNKNOWN: 'statut inconnu',
    OUT_FOR_DELIVERY: 'en cours de livraison',
    DELIVERY_ATTEMPTED: 'tentative de livraison',
    PICKUP_SUCCESSFUL: 'collecté',
    PICKUP_CANCELLED: 'collecte annulée',
    PICKUP_ATTEMPTED: 'tentative de collecte',
    PICKUP_SCHEDULED: 'collecte planifiée',
    RETURN_REQUEST_ACCEPTED: 'demande de retour acceptée',
    REFUND_ISSUED: 'remboursement émis',
    RETURN_RECEIVED_IN_FC: 'retour reçu au centre de distribution',
  },
  en: {
    IN_TRANSIT: 'in transit',
    DELIVERED: 'delivered',
    RETURNING: 'returning',
    RETURNED: 'returned',
    UNDELIVERABLE: 'undeliverable (lost or destroyed)',
    DELAYED: 'delayed',
    AVAILABLE_FOR_PICKUP: 'available for pickup',
    CUSTOMER_ACTION: 'customer action needed',
    UNKNOWN: 'status unknown',
    OUT_FOR_DELIVERY: 'out for delivery',
    DELIVERY_ATTEMPTED: 'delivery attempted',
    PICKUP_SUCCESSFUL: 'picked up',
    PICKUP_CANCELLED: 'pickup cancelled',
    PICKUP_ATTEMPTED: 'pickup attempted',
    PICKUP_SCHEDULED: 'pickup scheduled',
    RETURN_REQUEST_ACCEPTED: 'return request accepted',
    REFUND_ISSUED: 'refund issued',
    RETURN_RECEIVED_IN_FC: 'return received at the fulfilment centre',
  },
  de: {
    IN_TRANSIT: 'unterwegs',
    DELIVERED: 'zugestellt',
    RETURNING: 'auf dem Rückweg',
    RETURNED: 'zurückgesendet',
    UNDELIVERABLE: 'nicht zustellbar (verloren oder zerstört)',
    DELAYED: 'verspätet',
    AVAILABLE_FOR_PICKUP: 'zur Abholung bereit',
    CUSTOMER_ACTION: 'Handlung des Kunden nötig',
    UNKNOWN: 'Status unbekannt',
    OUT_FOR_DELIVERY: 'in Zustellung',
    DELIVERY_ATTEMPTED: 'Zustellversuch',
    PICKUP_SUCCESSFUL: 'abgeholt',
    PICKUP_CANCELLED: 'Abholung storniert',
    PICKUP_ATTEMPTED: 'Abholversuch',
    PICKUP_SCHEDULED: 'Abholung geplant',
    RETURN_REQUEST_ACCEPTED: 'Rücksendeanfrage angenommen',
    REFUND_ISSUED: 'Erstattung veranlasst',
    RETURN_RECEIVED_IN_FC: 'Rücksendung im Logistikzentrum eingegangen',
  },
  es: {
    IN_TRANSIT: 'en tránsito',
    DELIVERED: 'entregado',
    RETURNING: 'en devolución',
    RETURNED: 'devuelto',
    UNDELIVERABLE: 'no entregable (perdido o destruido)',
    DELAYED: 'retrasado',
    AVAILABLE_FOR_PICKUP: 'disponible para recogida',
    CUSTOMER_ACTION: 'acción del cliente necesaria',
    UNKNOWN: 'estado desconocido',
    OUT_FOR_DELIVERY: 'en reparto',
    DELIVERY_ATTEMPTED: 'intento de entrega',
    PICKUP_SUCCESSFUL: 'recogido',
    PICKUP_CANCELLED: 'recogida cancelada',
    PICKUP_ATTEMPTED: 'intento de recogida',
    PICKUP_SCHEDULED: 'recogida programada',
    RETURN_REQUEST_ACCEPTED: 'solicitud de devolución aceptada',
    REFUND_ISSUED: 'reembolso emitido',
    RETURN_RECEIVED_IN_FC: 'devolución recibida en el centro logístico',
  },
  it: {
    IN_TRANSIT: 'in transito',
    DELIVERED: 'consegnato',
    RETURNING: 'in restituzione',
    RETURNED: 'restituito',
    UNDELIVERABLE: 'non consegnabile (perso o distrutto)',
    DELAYED: 'in ritardo',
    AVAILABLE_FOR_PICKUP: 'disponibile per il ritiro',
    CUSTOMER_ACTION: 'azione del cliente necessaria',
    UNKNOWN: 'stato sconosciuto',
    OUT_FOR_DELIVERY: 'in consegna',
    DELIVERY_ATTEMPTED: 'tentativo di consegna',
    PICKUP_SUCCESSFUL: 'ritirato',
    PICKUP_CANCELLED: 'ritiro annullato',
    PICKUP_ATTEMPTED: 'tentativo di ritiro',
    PICKUP_SCHEDULED: 'ritiro programmato',
    RETURN_REQUEST_ACCEPTED: 'richiesta di reso accettata',
    REFUND_ISSUED: 'rimborso emesso',
    RETURN_RECEIVED_IN_FC: 'reso ricevuto nel centro logistico',
  },
};

// The shipment's own status: what the table says of an order shipped before its carrier said
// anything (an imported report's orders are all "SHIPPED").
export const SHIPMENT_STATUS: Readonly<Record<Lang, Record<FulfillmentShipmentStatus, string>>> = {
  fr: {
    PENDING: 'en attente d’expédition',
    SHIPPED: 'colis expédié',
    CANCELLED_BY_FULFILLER: 'envoi annulé par Amazon',
    CANCELLED_BY_SELLER: 'envoi annulé par le vendeur',
  },
  en: {
    PENDING: 'awaiting shipment',
    SHIPPED: 'parcel shipped',
    CANCELLED_BY_FULFILLER: 'shipment cancelled by Amazon',
    CANCELLED_BY_SELLER: 'shipment cancelled by the seller',
  },
  de: {
    PENDING: 'wartet auf Versand',
    SHIPPED: 'Paket versandt',
    CANCELLED_BY_FULFILLER: 'Sendung von Amazon storniert',
    CANCELLED_BY_SELLER: 'Sendung vom Verkäufer storniert',
  },
  es: {
    PENDING: 'pendiente de envío',
    SHIPPED: 'paquete enviado',
    CANCELLED_BY_FULFILLER: 'envío cancelado por Amazon',
    CANCELLED_BY_SELLER: 'envío cancelado por el vendedor',
  },
  it: {
    PENDING: 'in attesa di spedizione',
    SHIPPED: 'pacco spedito',
    CANCELLED_BY_FULFILLER: 'spedizione annullata da Amazon',
    CANCELLED_BY_SELLER: 'spedizione annullata dal venditore',
  },
};

/** A code this version has no words for (a status Amazon added later): lower case, no underscores. */
const unknownCode = (code: string) => code.toLowerCase().replaceAll('_', ' ');

/** e.g. "Expédiée · en transit", or "—" when the page showed no status. */
export function orderStatusText(
  order: Pick<Order, 'fulfillmentOrderStatus' | 'shipments'>,
  lang: Lang,
): string {
  const parts: string[] = [];
  if (order.fulfillmentOrderStatus) parts.push(ORDER_STATUS[lang][order.fulfillmentOrderStatus]);
  const statuses = new Set(
    order.shipments.flatMap((s) => s.packages.map((p) => p.currentStatus)).filter((s) => s !== undefined),
  );
  for (const status of statuses)
    parts.push((PACKAGE_STATUS[lang] as Partial<Record<string, string>>)[status] ?? unknownCode(status));
  return parts.length > 0 ? parts.join(' · ') : '—';
}

const allWords: Partial<Record<Lang, Partial<Record<string, string>>>> = {};
/** The three tables of a language as one (the table's rows look their codes up as they are painted). */
function codeWords(lang: Lang): Partial<Record<string, string>> {
  allWords[lang] ??= { ...ORDER_STATUS[lang], ...SHIPMENT_STATUS[lang], ...PACKAGE_STATUS[lang] };
  return allWords[lang];
}

/** The summary's status codes ("Complete · IN_TRANSIT", as in the CSV export) in words. */
export function statusCodesText(codes: string, lang: Lang): string {
  if (!codes) return '—';
  return codes
    .split(' · ')
    .map((code) => codeWords(lang)[code] ?? unknownCode(code))
    .join(' · ');
}
