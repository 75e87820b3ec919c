import type { FieldKey } from '../labels';
import type { RawFact } from './facts';
import { isItemRow } from './structure';
import type { VNode } from './visible-tree';

// Facts near the items that must not outweigh the items' own, each kept at the weakest strength
// (still read when the page says nothing else):
// - a status inside one item's own record (a card or a row with its SKU and counts: "Status:
//   Nicht erfüllbar" beside "Bestellt: 1") says where that item stands, not the order, when two
//   items' records show one: they would otherwise disagree as the order's and hide the order's
//   own (a badge beside the title);
// - a count in a table row that names no item (no SKU, no title: a reimbursement's "Quantità"
//   beside an FNSKU, a stock table) is nobody's ordered quantity.

/** What makes a block more than one item's: the order's identity, a parcel, a return. */
const BEYOND_AN_ITEM: ReadonlySet<FieldKey> = new Set([
  'orderId',
  'merchantOrderId',
  'carrier',
  'trackingNumber',
  'shippingDate',
  'estimatedArrivalDate',
  'deliveryStatus',
  'deliveredDate',
  'rmaId',
  'returnStatus',
]);
const ITEM_IDENTITY: ReadonlySet<FieldKey> = new Set(['sku', 'productName']);
/** How far above the status its item's record may start. */
const MAX_DEPTH = 6;

export function withItemRecordsWeighed(facts: readonly RawFact[]): RawFact[] {
  const named = new Set<VNode>();
  for (const f of facts) if (f.group && ITEM_IDENTITY.has(f.key)) named.add(f.group);
  // Only where two items' records each show one: a single record with a status may be the
  // order's own overview ("Bestellstatus" beside its one SKU).
  const itemStatuses = new Set(facts.filter((f) => f.key === 'status' && inOneItemsRecord(f, facts)));
  return facts.map((fact) =>
    (itemStatuses.size >= 2 && itemStatuses.has(fact)) ||
    (fact.key === 'quantity' && fact.group !== null && isItemRow(fact.group) && !named.has(fact.group))
      ? { ...fact, strength: 0 }
      : fact,
  );
}

function inOneItemsRecord(status: RawFact, facts: readonly RawFact[]): boolean {
  let block = status.node.parent;
  for (let depth = 0; block && depth < MAX_DEPTH; depth++, block = block.parent) {
    const inside = facts.filter((f) => f !== status && block?.contains(f.node));
    if (inside.some((f) => BEYOND_AN_ITEM.has(f.key) || f.key === 'status')) return false;
    const skus = new Set(inside.filter((f) => f.key === 'sku').map((f) => f.value));
    if (skus.size > 0) return skus.size === 1;
  }
  return false;
}
