// Columns of Seller Central's "Amazon Fulfilled Shipments" report (FBA reports → Sales →
// Amazon Fulfilled Shipments). Columns are found by header name, in any order; columns not listed
// here (prices, addresses, ...) are ignored. Headers are compared after normalisation so that a
// file re-saved by a spreadsheet (`Amazon Order Id`, `amazon_order_id`) still maps.

export const REPORT_COLUMNS = {
  amazonOrderId: ['amazon-order-id'],
  merchantOrderId: ['merchant-order-id'],
  shipmentId: ['shipment-id'],
  shipmentItemId: ['shipment-item-id'],
  shipmentDate: ['shipment-date'],
  reportingDate: ['reporting-date'],
  sku: ['sku', 'seller-sku'],
  productName: ['product-name'],
  quantityShipped: ['quantity-shipped'],
  carrier: ['carrier', 'ship-carrier'],
  trackingNumber: ['tracking-number'],
  estimatedArrivalDate: ['estimated-arrival-date'],
  fulfillmentCenterId: ['fulfillment-center-id'],
  salesChannel: ['sales-channel'],
} as const;
export type ReportColumn = keyof typeof REPORT_COLUMNS;

/**
 * A header name reduced to its letters and digits: `amazon-order-id`, `Amazon Order Id`,
 * `AMAZON_ORDER_ID`, `AmazonOrderId` (a connector's or the SP-API's spelling) and
 * `amazon.order.id` are all `amazonorderid`. No two columns of the report differ only by
 * separators, so nothing is confused.
 */
export function compactHeader(raw: string): string {
  return raw.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Index of each known column in the header row; absent columns are missing from the result. */
export function locateColumns(header: readonly string[]): Partial<Record<ReportColumn, number>> {
  const byName = new Map<string, number>();
  header.forEach((cell, index) => {
    const name = compactHeader(cell);
    if (!byName.has(name)) byName.set(name, index);
  });
  const found: Partial<Record<ReportColumn, number>> = {};
  for (const [column, names] of Object.entries(REPORT_COLUMNS) as [ReportColumn, readonly string[]][]) {
    for (const name of names) {
      const index = byName.get(compactHeader(name));
      if (index !== undefined) {
        found[column] = index;
        break;
      }
    }
  }
  return found;
}

/**
 * An Amazon order's sales channel names its store (`Amazon.fr`, `amazon.com.tr`, with or without
 * a suffix: "Amazon.co.uk (Business)", "amazon.de - Prime"; bare `Amazon` too). MCF orders show
 * "Non-Amazon" (domain.md §2), but in the account's language (`Niet-Amazon`, `Nicht-Amazon`,
 * `Amazon Dışı`, "Fuera de Amazon") and respelled by re-saved files ("NonAmazon", "Non-Amazon FR"):
 * a channel that names Amazon beside a negation, or does not name Amazon at all, is MCF. An empty
 * one is rejected by the caller.
 */
const NAMES_AMAZON = /(?<![\p{L}])amazon(?![\p{L}])/iu;
const NEGATED_AMAZON =
  /(?<![\p{L}])(?:non|not|no|niet|nicht|kein|nie|hors|fuera|fora|ej|inte|ikke|ei)[\s_-]*(?:(?:de|d'|da|von|van)[\s_-]*)?amazon|amazon[\s_-]*(?:dışı|disi)(?![\p{L}])/iu;

export function isMcfSalesChannel(value: string): boolean {
  const channel = value.trim();
  if (channel === '') return false;
  return !NAMES_AMAZON.test(channel) || NEGATED_AMAZON.test(channel);
}
