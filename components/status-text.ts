import type { Lang } from '../core/i18n/lang';
import type { FulfillmentOrderStatus, Order } from '../core/model/order';

// Amazon's status codes (SP-API) in the words a seller reads, in the five languages, for the
// overlay, the popup and the dashboard. The delivery status of the parcel says more than the
// order's.

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

const PACKAGE_STATUS_EN = {
  IN_TRANSIT: 'in transit',
  DELIVERED: 'delivered',
  RETURNING: 'returning',
  RETURNED: 'returned',
  UNDELIVERABLE: 'undeliverable (lost or destroyed)',
  DELAYED: 'delayed',
  AVAILABLE_FOR_PICKUP: 'available for pickup',
  OUT_FOR_DELIVERY: 'out for delivery',
  DELIVERY_ATTEMPTED: 'delivery attempted',
};

export const PACKAGE_STATUS: Readonly<
  Record<Lang, typeof PACKAGE_STATUS_EN & Partial<Record<string, string>>>
> = {
  fr: {
    IN_TRANSIT: 'en transit',
    DELIVERED: 'livré',
    RETURNING: 'en retour',
    RETURNED: 'retourné',
    UNDELIVERABLE: 'non livrable (perdu ou détruit)',
    DELAYED: 'retardé',
    AVAILABLE_FOR_PICKUP: 'disponible au retrait',
    OUT_FOR_DELIVERY: 'en cours de livraison',
    DELIVERY_ATTEMPTED: 'tentative de livraison',
  },
  en: PACKAGE_STATUS_EN,
  de: {
    IN_TRANSIT: 'unterwegs',
    DELIVERED: 'zugestellt',
    RETURNING: 'auf dem Rückweg',
    RETURNED: 'zurückgesendet',
    UNDELIVERABLE: 'nicht zustellbar (verloren oder zerstört)',
    DELAYED: 'verspätet',
    AVAILABLE_FOR_PICKUP: 'zur Abholung bereit',
    OUT_FOR_DELIVERY: 'in Zustellung',
    DELIVERY_ATTEMPTED: 'Zustellversuch',
  },
  es: {
    IN_TRANSIT: 'en tránsito',
    DELIVERED: 'entregado',
    RETURNING: 'en devolución',
    RETURNED: 'devuelto',
    UNDELIVERABLE: 'no entregable (perdido o destruido)',
    DELAYED: 'retrasado',
    AVAILABLE_FOR_PICKUP: 'disponible para recogida',
    OUT_FOR_DELIVERY: 'en reparto',
    DELIVERY_ATTEMPTED: 'intento de entrega',
  },
  it: {
    IN_TRANSIT: 'in transito',
    DELIVERED: 'consegnato',
    RETURNING: 'in restituzione',
    RETURNED: 'restituito',
    UNDELIVERABLE: 'non consegnabile (perso o distrutto)',
    DELAYED: 'in ritardo',
    AVAILABLE_FOR_PICKUP: 'disponibile per il ritiro',
    OUT_FOR_DELIVERY: 'in consegna',
    DELIVERY_ATTEMPTED: 'tentativo di consegna',
  },
};

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
    parts.push(PACKAGE_STATUS[lang][status] ?? status.toLowerCase().replaceAll('_', ' '));
  return parts.length > 0 ? parts.join(' · ') : '—';
}

/** The summary's status codes ("Complete · IN_TRANSIT", as in the CSV export) in words. */
export function statusCodesText(codes: string, lang: Lang): string {
  if (!codes) return '—';
  return codes
    .split(' · ')
    .map((code) => (ORDER_STATUS[lang] as Record<string, string>)[code] ?? PACKAGE_STATUS[lang][code] ?? code)
    .join(' · ');
}
