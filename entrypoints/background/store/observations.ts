import Dexie from 'dexie';
import { mergeObservation } from '../../../core/merge/merge-observation';
import { distinctOrders, idEntries, onlyCandidate, rowIds } from '../../../core/merge/order-ids';
import { type Order, orderKey } from '../../../core/model/order';
import type { Source } from '../../../core/model/primitives';
import type { HistoryRow, McfDeskDb, OrderData, OrderRow } from '../db';
import { loadSettings, NOT_ASSESSED } from '../db';
import { assessAndWrite } from './assess-write';
import { WRITE_TABLES, type WriteOutcome } from './tables';

// Observations of orders (page readings, report imports, API payloads) merged into the stored
// orders, a batch per transaction; what to merge and how is decided in core/merge.

export interface StoreResult extends WriteOutcome {
  created: number;
  updated: number;
  unchanged: number;
  /** Per input order, in order: its key and whether anything was written for it. */
  results: { key: string; changed: boolean }[];
}

/**
 * Merges a batch of observations of one source in ONE transaction, exactly as a page reading is
 * merged: page visits, report imports and API payloads all go through here. Batched: one read of
 * the stored orders (and one indexed query by id for the unknown keys), the merge in memory, then
 * every write of the batch (orders, history, assessments, counters, notifications) issued at once.
 *
 * An observation whose key is unknown joins the stored order of the same account and country that
 * shares one of its ids (`sellerFulfillmentOrderId` or `displayableOrderId`, either way round),
 * under that order's key: keys never change. When several stored orders share its ids, it joins
 * only the one with a shipment id or tracking number in common, if exactly one; else it is stored
 * under its own key (`onlyCandidate`).
 */
export async function storeObservations(
  db: McfDeskDb,
  orders: readonly Order[],
  source: Source,
  now: Date,
  options: StoreOptions = {},
): Promise<StoreResult> {
  try {
    return await storeBatch(db, orders, source, now, 'by-ids', options);
  } catch (error) {
    // An order row without its `ids` (written by something else than this module) was missed by
    // the indexed read, and the batch, which would have replaced it, rolled back: read by key too.
    if (!(error instanceof MissedRow)) throw error;
    return storeBatch(db, orders, source, now, 'by-key-and-ids', options);
  }
}

export interface StoreOptions {
  /**
   * A chunk of an import batch that is not its last: the notifications it raises are recorded
   * held for that batch (`pending: 'batch:<id>'`, so a stopped worker does not lose them), not
   * shown; `releaseBatch` makes them pending when the last chunk arrives.
   */
  hold?: string;
}

/** Thrown inside the batch's transaction (which it aborts) when a "new" order already existed. */
class MissedRow extends Error {}

/** The batch's writes, issued at once: new orders added, stored ones replaced, their history. */
function writeBatch(
  db: McfDeskDb,
  assessed: readonly OrderRow[],
  storedRows: ReadonlyMap<string, OrderRow>,
  history: readonly HistoryRow[],
): unknown[] {
  const created = assessed.filter((row) => !storedRows.has(row.key));
  const updated = assessed.filter((row) => storedRows.has(row.key));
  return [
    // `bulkAdd`: an order that exists after all is never overwritten by a "new" one.
    created.length > 0 &&
      db.orders.bulkAdd(created).catch((error: unknown) => {
        throw error instanceof Dexie.BulkError ? new MissedRow() : error;
      }),
    updated.length > 0 && db.orders.bulkPut(updated),
    history.length > 0 && db.history.bulkAdd([...history]),
  ];
}

async function storeBatch(
  db: McfDeskDb,
  orders: readonly Order[],
  source: Source,
  now: Date,
  read: 'by-ids' | 'by-key-and-ids',
  { hold }: StoreOptions,
): Promise<StoreResult> {
  return db.transaction('rw', WRITE_TABLES, async () => {
    const at = now.toISOString();
    const keys = orders.map((o) => orderKey(o));
    /** Orders as they stand in this batch (stored, or written by an earlier observation of it). */
    const current = new Map<string, OrderRow>();
    /** Id entry → keys of the orders that hold it (several: e.g. a replacement order). */
    const byId = new Map<string, Set<string>>();
    const remember = (row: OrderRow) => {
      current.set(row.key, row);
      for (const id of row.ids ?? [row.key]) {
        const keys = byId.get(id) ?? new Set<string>();
        keys.add(row.key);
        byId.set(id, keys);
      }
    };
    // Every row's `ids` holds its key: one indexed read finds the orders under the batch's keys
    // and those sharing one of its ids. (Rows written without `ids`: `by-key-and-ids`.)
    const [settings, byKey, sharing] = await Promise.all([
      loadSettings(db),
      read === 'by-key-and-ids' ? db.orders.bulkGet(keys) : [],
      db.orders
        .where('ids')
        .anyOf([...new Set(orders.flatMap((o, i) => [keys[i] as string, ...idEntries(o)]))])
        .toArray(),
    ]);
    for (const row of byKey) if (row) remember(row);
    for (const row of sharing) if (!current.has(row.key)) remember(row);
    /** The rows as stored before this batch (their assessment is what the counters hold). */
    const storedRows = new Map(current);
    const findShared = (observed: Order): OrderRow | undefined => {
      const candidates = new Set<OrderRow>();
      for (const id of idEntries(observed)) {
        for (const key of byId.get(id) ?? []) {
          const row = current.get(key);
          if (row && !distinctOrders(row.order, observed)) candidates.add(row);
        }
      }
      return onlyCandidate([...candidates], observed);
    };

    const out: StoreResult = { created: 0, updated: 0, unchanged: 0, results: [], notify: [] };
    const writtenOrders = new Map<string, OrderData>();
    const history: HistoryRow[] = [];
    for (const [i, observed] of orders.entries()) {
      let key = keys[i] as string;
      let stored = current.get(key);
      if (!stored) {
        stored = findShared(observed);
        if (stored) key = stored.key;
      }
      const merged = mergeObservation(stored, observed, source, at);
      out.results.push({ key, changed: merged.changed });
      if (!merged.changed) {
        out.unchanged++;
        continue;
      }
      if (stored) out.updated++;
      else out.created++;
      const row: OrderRow = {
        ...(stored ?? NOT_ASSESSED),
        key,
        order: merged.order,
        conflicts: merged.conflicts,
        firstSeenAt: stored?.firstSeenAt ?? at,
        updatedAt: at,
        ids: rowIds(key, merged.order, stored?.ids),
      };
      // A creation is recorded on the row (`created`), not as a history row: a new order has no
      // conflict yet, and its first values and their sources are the row's `provenance`.
      if (!stored) row.created = { source, fields: merged.fields };
      remember(row);
      writtenOrders.set(key, row);
      if (merged.history) history.push({ key, at, source, ...merged.history });
    }
    if (writtenOrders.size === 0) return out;
    const written = [...writtenOrders.values()].map((data) => ({
      data,
      previous: storedRows.get(data.key),
    }));
    const outcome = await assessAndWrite(
      db,
      written,
      settings,
      now,
      (assessed) => writeBatch(db, assessed, storedRows, history),
      hold,
    );
    out.notify = outcome.notify;
    return out;
  });
}
