import {
  CLAIM_NOW_KINDS,
  DEADLINE_KINDS,
  deadlineSoon,
  type FocusFigures,
} from '../../components/dashboard/table-query';
import { type OrderSummary, summarizeOrder } from '../../core/export/order-summary';
import type { Order } from '../../core/model/order';
import { holdsWantedPackage, type WantedPackages } from '../../core/sp-api/tracking-details';
import type { McfDeskDb, OrderRow } from '../background/db';

// The dashboard's reads, straight from the background's database (same extension origin): keyset
// pages over the primary key, and changes found through the `updatedAt` index. Writes never
// happen here; they go through background messages.

const PAGE_SIZE = 5000;

/** A stored row's summary, with the open kinds and urgency the background counts. */
function summaryOf(row: OrderRow, checklist: Parameters<typeof summarizeOrder>[3]): OrderSummary {
  return {
    ...summarizeOrder(row.key, row.order, row.assessment, checklist),
    openKinds: row.kinds,
    urgency: row.urgency,
  };
}

async function summariesOf(db: McfDeskDb, keys: readonly string[]): Promise<OrderSummary[]> {
  return db.transaction('r', ['orders', 'checklists'], async () => {
    const [orders, checklists] = await Promise.all([
      db.orders.bulkGet([...keys]),
      db.checklists.bulkGet([...keys]),
    ]);
    return orders.flatMap((row, i) => (row ? [summaryOf(row, checklists[i])] : []));
  });
}

/**
 * Every stored order, one key range at a time: each page is two range reads (orders with their
 * assessments, then the checklists of the same key range), which IndexedDB answers with one
 * `getAll` each, instead of one request per order. `onPage` sees the map grow, so the table can show the
 * first orders while the rest load.
 */
export async function loadAllSummaries(
  db: McfDeskDb,
  onPage: (loaded: ReadonlyMap<string, OrderSummary>, total: number) => void,
): Promise<Map<string, OrderSummary>> {
  const total = await db.orders.count();
  const all = new Map<string, OrderSummary>();
  let after: string | undefined;
  for (;;) {
    const page = await db.transaction('r', ['orders', 'checklists'], async () => {
      const range = after === undefined ? db.orders.orderBy(':id') : db.orders.where(':id').above(after);
      const orders = await range.limit(PAGE_SIZE).toArray();
      const first = orders[0]?.key;
      const last = orders.at(-1)?.key;
      if (first === undefined || last === undefined) return null;
      const checklists = await db.checklists.where(':id').between(first, last, true, true).toArray();
      const checklistOf = new Map(checklists.map((c) => [c.key, c]));
      for (const row of orders) all.set(row.key, summaryOf(row, checklistOf.get(row.key)));
      return { count: orders.length, last };
    });
    if (!page) break;
    after = page.last;
    onPage(all, Math.max(total, all.size));
    if (page.count < PAGE_SIZE) break;
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

/**
 * The summary strip's figures, never from every order: "to check" and "returns open" are the
 * counters the background keeps on every write; "to claim now" is the keys under the claimable
 * kinds of the `kinds` index; "deadlines" reads only the orders under the kinds that carry a
 * deadline (a claim window is a few weeks long, so these are a small part of the table).
 */
export async function focusFigures(db: McfDeskDb, now: Date): Promise<FocusFigures> {
  return db.transaction('r', ['orders', 'counters'], async () => {
    const [counters, claimKeys, deadlineRows] = await Promise.all([
      db.counters.bulkGet(['warning', 'return-open']),
      db.orders
        .where('kinds')
        .anyOf([...CLAIM_NOW_KINDS])
        .primaryKeys(),
      db.orders
        .where('kinds')
        .anyOf([...DEADLINE_KINDS])
        .toArray(),
    ]);
    // An order under two of the kinds comes twice from a multi-entry index.
    const soon = new Set<string>();
    for (const row of deadlineRows) {
      const fields = {
        findings: row.assessment.findings,
        kinds: row.kinds,
        openKinds: row.kinds,
        severity: row.urgency,
        timeZone: row.order.marketplace.timeZone,
      };
      if (deadlineSoon(fields, now)) soon.add(row.key);
    }
    return {
      claimNow: new Set(claimKeys).size,
      toCheck: counters[0]?.n ?? 0,
      deadlineSoon: soon.size,
      returnsOpen: counters[1]?.n ?? 0,
    };
  });
}

/** Keys of the orders written at or after `since` (the `updatedAt` index). */
export async function keysUpdatedSince(db: McfDeskDb, since: string): Promise<string[]> {
  return (await db.orders.where('updatedAt').aboveOrEqual(since).primaryKeys()) as string[];
}

/**
 * The stored orders holding one of the packages a tracking details file names (by package number
 * or tracking number): one read of the orders table, a page at a time. Tracking files are small
 * and rare; no index is worth its cost on every write.
 */
export async function ordersHoldingPackages(db: McfDeskDb, wanted: WantedPackages): Promise<Order[]> {
  const found: Order[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await (after === undefined ? db.orders.orderBy(':id') : db.orders.where(':id').above(after))
      .limit(PAGE_SIZE)
      .toArray();
    for (const row of page) if (holdsWantedPackage(row.order, wanted)) found.push(row.order);
    if (page.length < PAGE_SIZE) return found;
    after = page[page.length - 1]?.key;
  }
}
