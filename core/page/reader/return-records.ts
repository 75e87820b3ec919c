import { matchReturnStatus } from '../vocabulary';
import type { RawFact } from './facts';
import { isItemRow } from './structure';
import type { VNode } from './visible-tree';

// A return shown as a record of its own (a card, a block of rows, a side panel) rather than a
// table row: its RMA, then "Items", "Statut", "Articles" under generic labels. Those facts are the
// return's, not the order's: its SKU and count are the units returned, its status where the
// return stands. The record is the smallest block holding the RMA and the return's own state (its
// status or condition), when it holds nothing of the order's before the RMA.

const RETURN_STATE_KEYS = new Set(['returnStatus', 'returnCondition', 'returnItem', 'returnReceivedDate']);

/** The records of the page's returns, each the smallest block around an RMA and its state. */
export function returnRecords(kept: readonly RawFact[]): VNode[] {
  const records: VNode[] = [];
  const sorted = [...kept].sort((a, b) => a.pos - b.pos);
  for (const rma of sorted.filter((f) => f.key === 'rmaId')) {
    const state = sorted.find((f) => RETURN_STATE_KEYS.has(f.key) && f.pos > rma.pos);
    if (!state) continue;
    let record: VNode | null = rma.node;
    while (record && !record.contains(state.node)) record = record.parent;
    if (!record) continue;
    // The order's own facts before the RMA inside it (its id, status, items): the block is the
    // page, not the return's record.
    const holdsOrderFacts = sorted.some(
      (f) =>
        f.pos < rma.pos && !RETURN_STATE_KEYS.has(f.key) && f.key !== 'rmaId' && record?.contains(f.node),
    );
    if (!holdsOrderFacts && !records.includes(record)) records.push(record);
  }
  return records;
}

/**
 * A fact inside a return's record as the return's: a status that is a return's state becomes the
 * return's status; a SKU and its count (not in a table row of their own) are returned units.
 * Null when the fact is not in a record or is no such fact.
 */
export function asReturnFact(fact: RawFact, records: readonly VNode[]): RawFact | 'item' | null {
  if (!records.some((record) => record.contains(fact.node))) return null;
  if (fact.key === 'status' && matchReturnStatus(fact.value)) return { ...fact, key: 'returnStatus' };
  if ((fact.key === 'sku' || fact.key === 'quantity') && !(fact.group && isItemRow(fact.group)))
    return 'item';
  return null;
}
