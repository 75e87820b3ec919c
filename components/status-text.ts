import type { FulfillmentOrderStatus, Order } from '../core/model/order';

// Amazon's status codes (SP-API) in the words a seller reads, fr and en, for the overlay, the
// popup and the dashboard. The delivery status of the parcel says more than the order's.

type Lang = 'fr' | 'en';

const ORDER_STATUS: Record<Lang, Record<FulfillmentOrderStatus, string>> = {
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
};

const PACKAGE_STATUS: Record<Lang, Partial<Record<string, string>>> = {
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
  en: {
    IN_TRANSIT: 'in transit',
    DELIVERED: 'delivered',
    RETURNING: 'returning',
    RETURNED: 'returned',
    UNDELIVERABLE: 'undeliverable (lost or destroyed)',
    DELAYED: 'delayed',
    AVAILABLE_FOR_PICKUP: 'available for pickup',
    OUT_FOR_DELIVERY: 'out for delivery',
    DELIVERY_ATTEMPTED: 'delivery attempted',
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
