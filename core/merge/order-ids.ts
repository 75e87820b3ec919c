import type { Order } from '../model/order';

// Which stored order an observation belongs to, by its ids: the id entries an order is found
// under, and the rules that keep two orders apart or bring an observation's ids in line with the
// order it joins. Keys never change; ids only gather.

/** Amazon's order id as pages and reports show it (`402-1234567-1234567`), digits only. */
const AMAZON_ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;
export function isNumericAmazonOrderId(id: string | undefined): boolean {
  return id !== undefined && AMAZON_ORDER_ID.test(id);
}

/** The order's ids in the shape of a key: `<merchantId|->/<country>/<id>`, primary id first. */
export function idEntries(
  order: Pick<Order, 'sellerFulfillmentOrderId' | 'displayableOrderId' | 'merchantId' | 'marketplace'>,
): string[] {
  const scope = `${order.merchantId ?? '-'}/${order.marketplace.countryCode}/`;
  const out: string[] = [];
  for (const id of [order.sellerFulfillmentOrderId, order.displayableOrderId]) {
    if (id !== undefined && !out.includes(scope + id)) out.push(scope + id);
  }
  return out;
}

/** The `ids` of a row: the key, what it held before, and the ids of its (merged) order. */
export function rowIds(key: string, order: Order, previous: readonly string[] | undefined): string[] {
  const out = [key];
  for (const id of [...(previous ?? []), ...idEntries(order)]) if (!out.includes(id)) out.push(id);
  return out;
}

/**
 * Two orders that cannot be the same although they share an id: both have a
 * `sellerFulfillmentOrderId` of the same kind (two Amazon ids, or two seller ids), and they differ.
 * Either kind is unique per account, so only the same order can share both.
 */
export function distinctOrders(a: Order, b: Order): boolean {
  const x = a.sellerFulfillmentOrderId;
  const y = b.sellerFulfillmentOrderId;
  return (
    x !== undefined && y !== undefined && x !== y && isNumericAmazonOrderId(x) === isNumericAmazonOrderId(y)
  );
}

/**
 * The order an observation sharing ids with several stored orders belongs to: the only candidate,
 * else the only one sharing a shipment id or a tracking number with it, else none (two Amazon
 * orders may share the seller's id, e.g. a replacement: never guess, the observation is stored as
 * an order of its own).
 */
export function onlyCandidate<Row extends { order: Order }>(
  candidates: readonly Row[],
  observed: Order,
): Row | undefined {
  if (candidates.length <= 1) return candidates[0];
  const marks = shipmentMarks(observed);
  const matching = candidates.filter((row) => shipmentMarks(row.order).some((mark) => marks.includes(mark)));
  return matching.length === 1 ? matching[0] : undefined;
}

/** An order's shipment ids and tracking numbers. */
function shipmentMarks(order: Order): string[] {
  return order.shipments.flatMap((shipment) => [
    ...(shipment.amazonShipmentId ? [`shipment:${shipment.amazonShipmentId}`] : []),
    ...shipment.packages.flatMap((pkg) => (pkg.trackingNumber ? [`tracking:${pkg.trackingNumber}`] : [])),
  ]);
}

/**
 * An observation merged into an order found by a shared id: when the stored order already has
 * Amazon's id and the observation (an SP-API payload) names the seller's id as its
 * `sellerFulfillmentOrderId`, the seller's id is read as the displayable id it is, and Amazon's
 * stays.
 */
export function alignIds(stored: Order, incoming: Order): Order {
  const seller = incoming.sellerFulfillmentOrderId;
  if (
    !isNumericAmazonOrderId(stored.sellerFulfillmentOrderId) ||
    seller === undefined ||
    isNumericAmazonOrderId(seller)
  ) {
    return incoming;
  }
  return {
    ...incoming,
    sellerFulfillmentOrderId: stored.sellerFulfillmentOrderId,
    displayableOrderId: incoming.displayableOrderId ?? seller,
  };
}
