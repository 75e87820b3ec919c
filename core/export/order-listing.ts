import type { Assessment, FindingKind } from '../model/finding';
import type { Order } from '../model/order';
import { summarizeOrder } from './order-summary';

// The fields the dashboard table sorts, filters and searches by, derived from an order and its
// assessment and written with the order's row (indexed there), so that a page of the table is one
// index range read instead of a pass over every order.
//
// Each sort key is `<value><SEP><order key>`: unique per order, so that a page can start right
// after the last row of the previous one (keyset pagination) even when many orders share a value.
// An empty value is written as `EMPTY` (above every real value): empties come last.

export const LISTING_SEP = '\u0001';
export const LISTING_EMPTY = '\uffff';

/** The columns a seller can sort the table by, each served by an index `listing.<column>`. */
export const LISTING_SORTS = [
  'orderId',
  'countryCode',
  'status',
  'shipDate',
  'edd',
  'carrier',
  'tracking',
  'findings',
  'claimDeadline',
] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

export interface OrderListing extends Record<ListingSort, string> {
  /** Earliest claim deadline among the open (unmuted warning/action) findings, a calendar day. */
  due?: string;
  /** Lower-case order ids, SKUs and tracking numbers (multi-entry: prefix search). */
  terms: string[];
  /** Kinds of every finding, muted and informative ones too (multi-entry: the kind filter). */
  allKinds: FindingKind[];
}

/** A sort key: the value (or `EMPTY`), then the order's key. */
export function listingKey(value: string | undefined, key: string): string {
  return `${value || LISTING_EMPTY}${LISTING_SEP}${key}`;
}

export function listingOf(
  key: string,
  order: Order,
  assessment: Assessment,
  openKinds: readonly FindingKind[],
): OrderListing {
  const s = summarizeOrder(key, order, assessment);
  const open = assessment.findings.filter((f) => f.deadline && openKinds.includes(f.kind));
  const due = open.map((f) => f.deadline as string).sort()[0];
  const terms = new Set(
    [
      s.orderId,
      order.displayableOrderId,
      ...order.items.map((i) => i.sellerSku),
      ...order.shipments.flatMap((sh) => sh.packages.map((p) => p.trackingNumber)),
    ].flatMap((t) => (t ? [t.toLowerCase()] : [])),
  );
  const listing: OrderListing = {
    orderId: listingKey(s.orderId, key),
    countryCode: listingKey(s.countryCode, key),
    status: listingKey(s.status, key),
    shipDate: listingKey(s.shipDate, key),
    edd: listingKey(s.edd, key),
    carrier: listingKey(s.carrier, key),
    tracking: listingKey(s.tracking, key),
    // Severity rank + 1: 0 for an order without findings, sorted as a number would be.
    findings: listingKey(String(s.severity + 1), key),
    claimDeadline: listingKey(s.claimDeadline, key),
    terms: [...terms],
    allKinds: s.kinds,
  };
  if (due !== undefined) listing.due = due;
  return listing;
}
