import { overrideNotes } from '../../core/merge/override-notes';
import type { OrderDetail, StoredOrderView } from '../../core/messages/background';
import { MessageError } from '../../core/messages/protocol';
import type { McfDeskDb, OrderRow } from './db';
import { activeMutes } from './store';

// The stored orders the handlers answer about: by key, or by one of their ids, with what the
// popup and the overlay show beside an order (its checklist, mutes, conflicts, typed values).

export async function requireOrder(db: McfDeskDb, key: string): Promise<OrderRow> {
  const row = await db.orders.get(key);
  if (!row) throw new MessageError('not-found', `no order ${key}`);
  return row;
}

/**
 * The stored order a key names: the order under that key, else the one holding that id (an order
 * first stored under the seller's id, asked for by Amazon's, as a page's popup does). None when
 * several orders hold it (two Amazon orders sharing the seller's id): never a guess.
 */
export async function findOrder(db: McfDeskDb, key: string): Promise<OrderRow | undefined> {
  const exact = await db.orders.get(key);
  if (exact) return exact;
  const holders = await db.orders.where('ids').equals(key).limit(2).toArray();
  return holders.length === 1 ? holders[0] : undefined;
}

/** The order (and its assessment) a key names; `key` in the answer is the stored order's own. */
export async function storedView(db: McfDeskDb, asked: string): Promise<StoredOrderView | null> {
  const row = await findOrder(db, asked);
  if (!row) return null;
  return { key: row.key, order: row.order, assessment: row.assessment };
}

export async function orderDetail(db: McfDeskDb, asked: string, now: Date): Promise<OrderDetail | null> {
  const view = await storedView(db, asked);
  if (!view) return null;
  const { key } = view;
  const [checklist, mutes, row, history] = await Promise.all([
    db.checklists.get(key),
    db.mutes.where('key').equals(key).toArray(),
    db.orders.get(key),
    db.history.where('key').equals(key).toArray(),
  ]);
  return {
    ...view,
    checklist: { steps: checklist?.steps ?? {} },
    muted: activeMutes(mutes, now).map((m) => ({ kind: m.kind, until: m.until })),
    conflicts: row?.conflicts ?? [],
    overrides: overrideNotes(history),
  };
}
