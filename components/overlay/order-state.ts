import { formatCalendarDate } from '../../core/dates/calendar-day';
import { LANG_LOCALE } from '../../core/i18n/lang';
import type { Order } from '../../core/model/order';
import { type UserField, userFieldPath } from '../../core/user-fields';
import type { OverlayView } from './Overlay';
import type { Lang } from './texts';

// What the overlay's parts ask of the order they show.

/**
 * Whether the overlay shows this field with a value the page gave (not the seller's, not a
 * report's): only such a value can be "read wrongly" from the page. Same places as the facts
 * above: the first shipment's EDD before the order's, the first package.
 */
export function readFromPage(order: Order, field: UserField): boolean {
  const shipment = order.shipments[0];
  const pack = shipment?.packages[0];
  const source = (path: string) => order.provenance[path]?.source;
  switch (field) {
    case 'estimatedArrivalDate':
      if (shipment?.estimatedArrivalDate !== undefined)
        return source('shipments.0.estimatedArrivalDate') === 'page';
      return order.estimatedArrivalDate !== undefined && source('estimatedArrivalDate') === 'page';
    case 'shippingDate':
      return shipment?.shippingDate !== undefined && source(userFieldPath(field)) === 'page';
    case 'trackingNumber':
      return pack?.trackingNumber !== undefined && source(userFieldPath(field)) === 'page';
    case 'carrierCode':
      return pack?.carrierCode !== undefined && source(userFieldPath(field)) === 'page';
    case 'deliveryStatus':
      return pack?.currentStatus !== undefined && source(userFieldPath(field)) === 'page';
  }
}

export const SHIPPING_FIELDS = new Set(['shippingDate', 'trackingNumber', 'carrierCode', 'packages']);
export const leafOf = (path: string) => path.split('.').at(-1) ?? path;
const NOT_SHIPPED_STATUSES = new Set(['New', 'Received', 'Planning', 'Processing']);

export function notShippedYet(order: Order): boolean {
  if (order.fulfillmentOrderStatus && NOT_SHIPPED_STATUSES.has(order.fulfillmentOrderStatus)) return true;
  return (
    order.shipments.length > 0 && order.shipments.every((s) => s.fulfillmentShipmentStatus === 'PENDING')
  );
}

export function formatDay(day: string | undefined, lang: Lang): string {
  return day ? formatCalendarDate(day, LANG_LOCALE[lang], 'long') : '—';
}

export function topSeverity(view: OverlayView | null): 'action' | 'warning' | 'info' | undefined {
  const severities = new Set(view?.assessment.findings.map((f) => f.severity));
  if (severities.has('action')) return 'action';
  if (severities.has('warning')) return 'warning';
  if (severities.has('info')) return 'info';
  return undefined;
}
