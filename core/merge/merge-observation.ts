import type { Order } from '../model/order';
import type { Source } from '../model/primitives';
import { type Change, type Conflict, type MergeResult, mergeOrder } from './merge-order';
import { alignIds, isNumericAmazonOrderId } from './order-ids';
import { readPath } from './order-path';

// One observation (a page reading, a report row's order, an API payload) merged into the order
// it belongs to, as stored: the merged order, the conflicts it now carries, what the history
// records, and whether anything changed at all. Pure: the store writes what this decides.

export interface StoredState {
  order: Order;
  conflicts: readonly Conflict[];
}

export interface ObservationMerge {
  order: Order;
  conflicts: Conflict[];
  /** Something to write: a new order, a changed value, a promoted source, a conflict moved. */
  changed: boolean;
  /** The history row's content for a stored order (none for a new order, or nothing to record). */
  history: { changes: Change[]; conflicts: Conflict[] } | null;
  /** How many fields a new order came with. */
  fields: number;
}

export function mergeObservation(
  stored: StoredState | undefined,
  observed: Order,
  source: Source,
  at: string,
): ObservationMerge {
  const incoming = stored ? alignIds(stored.order, observed) : observed;
  const merged = mergeOrder(stored?.order, incoming, source, at);
  if (stored) adoptAmazonId(merged, incoming, source, at);
  const conflicts = nextConflicts(stored?.conflicts ?? [], merged.order, merged.conflicts, merged.agreements);
  const newConflicts = merged.conflicts.filter(
    (c) => !stored?.conflicts.some((p) => p.path === c.path && sameJson(p.observed, c.observed)),
  );
  const changed =
    !stored ||
    merged.changes.length > 0 ||
    merged.promoted.length > 0 ||
    newConflicts.length > 0 ||
    !sameJson(conflicts, stored.conflicts);
  const recorded = stored !== undefined && (merged.changes.length > 0 || newConflicts.length > 0);
  return {
    order: merged.order,
    conflicts,
    changed,
    history: recorded ? { changes: merged.changes, conflicts: newConflicts } : null,
    fields: merged.changes.length,
  };
}

/**
 * Amazon's id takes the place of the seller's in `sellerFulfillmentOrderId` whatever the sources'
 * ranks (a report after an API payload): it is what Seller Central's links and search use. The
 * seller's id then fills `displayableOrderId` if that is empty; the key does not change.
 */
function adoptAmazonId(merged: MergeResult, incoming: Order, source: Source, at: string): void {
  const amazon = incoming.sellerFulfillmentOrderId;
  const order = merged.order;
  const before = order.sellerFulfillmentOrderId;
  if (!isNumericAmazonOrderId(amazon) || before === amazon || isNumericAmazonOrderId(before)) return;
  order.sellerFulfillmentOrderId = amazon;
  order.provenance.sellerFulfillmentOrderId = { source, seenAt: at };
  const change: Change = { path: 'sellerFulfillmentOrderId', to: amazon, source, seenAt: at };
  if (before !== undefined) change.from = before;
  merged.changes.push(change);
  if (before !== undefined && order.displayableOrderId === undefined) {
    order.displayableOrderId = before;
    order.provenance.displayableOrderId = { source, seenAt: at };
    merged.changes.push({ path: 'displayableOrderId', to: before, source, seenAt: at });
  }
}

/** Keeps the latest conflict per path; drops those the seller or an agreeing source resolved. */
function nextConflicts(
  previous: readonly Conflict[],
  order: Order,
  fresh: readonly Conflict[],
  agreements: readonly string[],
): Conflict[] {
  const byPath = new Map(previous.map((c) => [c.path, c]));
  for (const path of agreements) byPath.delete(path);
  for (const conflict of fresh) byPath.set(conflict.path, conflict);
  for (const [path, conflict] of byPath) {
    if (order.provenance[path]?.source !== 'user' || !sameJson(readPath(order, path), conflict.kept)) {
      byPath.delete(path);
    }
  }
  return [...byPath.values()];
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
