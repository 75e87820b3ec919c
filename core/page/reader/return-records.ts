import { matchReturnStatus } from '../vocabulary';
import type { RawFact } from './facts';
import { isItemRow } from './structure';
import type { VNode } from './visible-tree';

// A return shown as a record of its own (a card, a block of rows, a side panel) rather than a
// table row: its RMA, then "Items", "Statut", "Articles" under generic labels. Those facts are the
// return's, not the order's: its SKU and count are the units returned, its status where the
// return stands. The record is the smallest block holding the RMA and the return's own state (its
// status or condition), when it holds nothing of the order's (anything before the RMA, the
// order's id, an item table's row); it reaches up to the first fact of a parcel after that state
// (a shipment shown in the same card is the shipment's).

const RETURN_STATE_KEYS = new Set(['returnStatus', 'returnCondition', 'returnItem', 'returnReceivedDate']);
const ORDER_IDENTITY = new Set(['orderId', 'merchantOrderId']);
const SHIPMENT_KEYS = new Set([
  'carrier',
  'trackingNumber',
  'shippingDate',
  'deliveryStatus',
  'estimatedArrivalDate',
]);

export interface ReturnRecord {
  block: VNode;
  /** The position where the record stops: a parcel's first fact after the return's state. */
  end: number;
}

/** The records of the page's returns. */
export function returnRecords(kept: readonly RawFact[]): ReturnRecord[] {
  const records: ReturnRecord[] = [];
  const sorted = [...kept].sort((a, b) => a.pos - b.pos);
  for (const rma of sorted.filter((f) => f.key === 'rmaId')) {
    const state = sorted.find((f) => RETURN_STATE_KEYS.has(f.key) && f.pos > rma.pos);
    if (!state) continue;
    let block: VNode | null = rma.node;
    while (block && !block.contains(state.node)) block = block.parent;
    if (!block || records.some((r) => r.block === block)) continue;
    const inside = sorted.filter((f) => block?.contains(f.node));
    const holdsOrderFacts = inside.some(
      (f) =>
        (f.pos < rma.pos && !RETURN_STATE_KEYS.has(f.key) && f.key !== 'rmaId') ||
        ORDER_IDENTITY.has(f.key) ||
        (f.key === 'sku' && f.group !== null && isItemRow(f.group)),
    );
    if (holdsOrderFacts) continue;
    const parcel = inside.find((f) => SHIPMENT_KEYS.has(f.key) && f.pos > state.pos);
    records.push({ block, end: parcel?.pos ?? block.end + 1 });
  }
  return records;
}

/**
 * A fact inside a return's record as the return's: a status that is a return's state becomes the
 * return's status; a SKU and its count (not in a table row of their own) are returned units.
 * Null when the fact is not in a record or is no such fact.
 */
export function asReturnFact(fact: RawFact, records: readonly ReturnRecord[]): RawFact | 'item' | null {
  if (!records.some((r) => r.block.contains(fact.node) && fact.pos < r.end)) return null;
  if (fact.key === 'status' && matchReturnStatus(fact.value)) return { ...fact, key: 'returnStatus' };
  if ((fact.key === 'sku' || fact.key === 'quantity') && !(fact.group && isItemRow(fact.group)))
    return 'item';
  return null;
}
