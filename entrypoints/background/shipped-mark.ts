import { regionOf } from '../../core/claims/claim-rate';
import type { Order } from '../../core/model/order';
import type { CalendarDate } from '../../core/model/primitives';

// The claim-rate gauge counts the MCF orders a region shipped in the last 180 days (issue 15
// item 6). An order row carries `<region>|<ship day>` (its earliest shipment's ship day, a calendar
// day of the marketplace), indexed: the count of a region's window is one key range of that index,
// never a read of the orders.

/** The order's mark, or none when it has not shipped (or was cancelled: it never left). */
export function shippedMark(order: Order): string | undefined {
  if (order.fulfillmentOrderStatus === 'Cancelled') return undefined;
  let first: CalendarDate | undefined;
  for (const shipment of order.shipments) {
    const day = shipment.shippingDate;
    if (day !== undefined && (first === undefined || day < first)) first = day;
  }
  return first === undefined ? undefined : `${regionOf(order.marketplace.countryCode)}|${first}`;
}

/** The index range of a region's orders shipped from `from` to `to`, both days included. */
export function shippedRange(region: string, from: CalendarDate, to: CalendarDate): [string, string] {
  return [`${region}|${from}`, `${region}|${to}`];
}
