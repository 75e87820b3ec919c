// Hard limits of one stored order (issue 17). No zod here: the content script may clamp a page
// reading with `clampOrderInput` and must stay small. The order schema enforces the same figures.
//
// Chosen from Amazon's own bounds with room to spare: SP-API fulfillment order ids are at most 40
// characters, seller SKUs 40, tracking numbers about 30, product titles 200 (500 in a few
// categories). A real MCF order has a handful of items and one or two packages. Together the
// limits keep one order under about 1.5 MB of JSON in the worst case, so that a chunk of an
// import, a slice of a restore or a page reading stays far below Chrome's 64 MiB message cap.

export const LIMITS = {
  /** sellerFulfillmentOrderId, displayableOrderId, merchantId (an order key must stay ≤ 200). */
  orderId: 64,
  /** Shipment ids, tracking numbers, RMA ids, ASINs, FNSKUs. */
  id: 100,
  sku: 100,
  /** Item titles (product names). */
  title: 1000,
  /** Carrier names or codes, sales channels. */
  carrier: 100,
  /** Event descriptions, return reasons. */
  text: 1000,
  /** Checklist notes (a case id is one), the return comment template. */
  note: 2000,
  itemsPerOrder: 500,
  shipmentsPerOrder: 100,
  packagesPerShipment: 100,
  packagesPerOrder: 200,
  eventsPerPackage: 200,
  eventsPerOrder: 1000,
  returnsPerOrder: 100,
  /** Provenance entries (one per field set: bounded by the counts above). */
  provenanceEntries: 20_000,
  /** A provenance path such as `shipments.12.packages.3.events.150.description`. */
  path: 200,
} as const;

/** Which string fields of an order take which limit, by the last segment of their path. */
const STRING_LIMITS: Record<string, number> = {
  sellerFulfillmentOrderId: LIMITS.orderId,
  displayableOrderId: LIMITS.orderId,
  merchantId: LIMITS.orderId,
  salesChannel: LIMITS.carrier,
  sellerSku: LIMITS.sku,
  title: LIMITS.title,
  asin: LIMITS.id,
  fnsku: LIMITS.id,
  amazonShipmentId: LIMITS.id,
  carrierCode: LIMITS.carrier,
  trackingNumber: LIMITS.id,
  signedForBy: LIMITS.text,
  description: LIMITS.text,
  rmaId: LIMITS.id,
  reason: LIMITS.text,
};

/** Lists by the key that holds them, with their count limit. */
const LIST_LIMITS: Record<string, number> = {
  items: LIMITS.itemsPerOrder,
  shipments: LIMITS.shipmentsPerOrder,
  packages: LIMITS.packagesPerShipment,
  events: LIMITS.eventsPerPackage,
  returns: LIMITS.returnsPerOrder,
};

/**
 * A page reading's order made to fit the limits: over-long texts cut (an id cut would name
 * another order, so an over-long id is left for the schema to refuse), over-long lists shortened.
 * Returns the paths that were cut; the input is not changed. Identifiers are never cut.
 */
export function clampOrderInput<T>(order: T): { order: T; cut: string[] } {
  const cut: string[] = [];
  const clamp = (value: unknown, path: string, key: string): unknown => {
    if (typeof value === 'string') {
      const max = STRING_LIMITS[key];
      if (max === undefined || value.length <= max || max === LIMITS.orderId) return value;
      cut.push(path);
      return value.slice(0, max);
    }
    if (Array.isArray(value)) {
      const max = LIST_LIMITS[key];
      let list = value;
      if (max !== undefined && list.length > max) {
        cut.push(path);
        list = list.slice(0, max);
      }
      return list.map((entry, i) => clamp(entry, `${path}.${i}`, ''));
    }
    if (typeof value === 'object' && value !== null && key !== 'provenance' && key !== 'marketplace') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = clamp(v, path ? `${path}.${k}` : k, k);
      return out;
    }
    return value;
  };
  const clamped = clamp(order, '', '') as T & { shipments?: { packages?: unknown[] }[] };
  // Totals over the whole order, after the per-list limits.
  let packages = 0;
  let events = 0;
  for (const [s, shipment] of (clamped.shipments ?? []).entries()) {
    if (!shipment || !Array.isArray(shipment.packages)) continue;
    if (packages + shipment.packages.length > LIMITS.packagesPerOrder) {
      shipment.packages = shipment.packages.slice(0, Math.max(0, LIMITS.packagesPerOrder - packages));
      cut.push(`shipments.${s}.packages`);
    }
    packages += shipment.packages.length;
    for (const [p, pkg] of shipment.packages.entries()) {
      const list = (pkg as { events?: unknown[] } | null)?.events;
      if (!Array.isArray(list)) continue;
      if (events + list.length > LIMITS.eventsPerOrder) {
        (pkg as { events: unknown[] }).events = list.slice(0, Math.max(0, LIMITS.eventsPerOrder - events));
        cut.push(`shipments.${s}.packages.${p}.events`);
      }
      events += (pkg as { events: unknown[] }).events.length;
    }
  }
  return { order: clamped, cut };
}

/** Human words for an over-long value, for rejections and messages. */
export function tooLong(what: string, length: number, max: number): string {
  return `${what} is too long (${length.toLocaleString('en')} characters, at most ${max.toLocaleString('en')})`;
}

/**
 * A page reading (`{ order, cut?, ... }`) made to fit the order limits, the paths cut added to its
 * `cut` (at most 100 named). Run by the content script before sending, so that a page of any size
 * fits one message, and again by the background on what it receives (a page script may send).
 */
export function clampPageReading<T>(raw: T): T {
  if (typeof raw !== 'object' || raw === null || !('order' in raw)) return raw;
  const { order, cut } = clampOrderInput((raw as { order: unknown }).order);
  if (cut.length === 0) return raw;
  const before = (raw as { cut?: unknown }).cut;
  return { ...raw, order, cut: [...(Array.isArray(before) ? before : []), ...cut].slice(0, 100) };
}
