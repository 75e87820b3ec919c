import { type OrderSummary, summarizeOrder } from '../../core/export/order-summary';
import type { McfDeskDb } from '../background/db';

// The dashboard's reads, straight from the background's database (same extension origin): keyset
// pages over the primary key, and changes found through the `updatedAt` index. Writes never
// happen here; they go through background messages.

const PAGE_SIZE = 2000;

async function summariesOf(db: McfDeskDb, keys: readonly string[]): Promise<OrderSummary[]> {
  return db.transaction('r', ['orders', 'assessments', 'checklists'], async () => {
    const [orders, assessed, checklists] = await Promise.all([
      db.orders.bulkGet([...keys]),
      db.assessments.bulkGet([...keys]),
      db.checklists.bulkGet([...keys]),
    ]);
    return orders.flatMap((row, i) =>
      row ? [summarizeOrder(row.key, row.order, assessed[i]?.assessment, checklists[i])] : [],
    );
  });
}

/** Every stored order, one page of keys at a time. */
export async function loadAllSummaries(
  db: McfDeskDb,
  onProgress: (done: number, total: number) => void,
): Promise<Map<string, OrderSummary>> {
  const total = await db.orders.count();
  const all = new Map<string, OrderSummary>();
  let after: string | undefined;
  onProgress(0, total);
  for (;;) {
    const range = after === undefined ? db.orders.toCollection() : db.orders.where(':id').above(after);
    const keys = (await range.limit(PAGE_SIZE).primaryKeys()) as string[];
    if (keys.length === 0) break;
    for (const summary of await summariesOf(db, keys)) all.set(summary.key, summary);
    after = keys[keys.length - 1];
    onProgress(all.size, Math.max(total, all.size));
    if (keys.length < PAGE_SIZE) break;
  }
  return all;
}

/** The given orders again (after the seller changed them); a deleted order comes back absent. */
export async function reloadSummaries(
  db: McfDeskDb,
  keys: readonly string[],
): Promise<{ found: OrderSummary[]; missing: string[] }> {
  const found = await summariesOf(db, keys);
  const present = new Set(found.map((s) => s.key));
  return { found, missing: keys.filter((k) => !present.has(k)) };
}

/** Keys of the orders written at or after `since` (the `updatedAt` index). */
export async function keysUpdatedSince(db: McfDeskDb, since: string): Promise<string[]> {
  return (await db.orders.where('updatedAt').aboveOrEqual(since).primaryKeys()) as string[];
}
