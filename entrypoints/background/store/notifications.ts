import type { AppSettings } from '../../../core/model/app-settings';
import type { FindingKind } from '../../../core/model/finding';
import type { Order } from '../../../core/model/order';
import type { AssessmentRow, HeldShow, McfDeskDb, NotifiedRow, PendingShow } from '../db';
import { loadSettings } from '../db';
import type { NewNotification } from './tables';

// The notifications a write decides to raise: recorded in the write's own transaction (pending,
// held for an import batch, or waiting for the digest), shown by the caller once committed, and
// marked shown only once the browser has shown them.

/** Kinds that raise a system notification when an order enters them (issue 5). */
export const NOTIFY_KINDS: ReadonlySet<FindingKind> = new Set([
  'not-shipped-by-edd',
  'lost-claimable',
  'damaged-claimable',
  'unfulfillable',
  'claim-unpaid',
  'claim-refused',
]);

/** The notification-worthy kinds the assessed orders are in (raised once per order and kind). */
export function notifyCandidates(
  assessed: readonly { row: AssessmentRow; order: Order }[],
): NewNotification[] {
  return assessed.flatMap(({ row, order }) =>
    row.kinds.filter((kind) => NOTIFY_KINDS.has(kind)).map((kind) => ({ key: row.key, kind, order })),
  );
}

/**
 * Of the candidates, those the order has just entered (never twice per order and kind): the rows
 * to record and those to show now. Muted kinds are not announced (they are not in `kinds`).
 */
export async function freshEntries(
  db: McfDeskDb,
  candidates: readonly NewNotification[],
  settings: AppSettings,
  now: Date,
  hold?: string,
): Promise<{ rows: NotifiedRow[]; show: NewNotification[] }> {
  if (candidates.length === 0) return { rows: [], show: [] };
  const known = await db.notified.bulkGet(candidates.map((c) => [c.key, c.kind] as [string, FindingKind]));
  const fresh = candidates.filter((_, i) => known[i] === undefined);
  const at = now.toISOString();
  const rows = fresh.map((c): NotifiedRow => {
    const row: NotifiedRow = { key: c.key, kind: c.kind, at };
    if (settings.notifications === 'digest') row.digest = 1;
    else if (settings.notifications === 'each') row.pending = hold === undefined ? 'each' : heldFor(hold);
    return row;
  });
  return { rows, show: settings.notifications === 'each' && hold === undefined ? fresh : [] };
}

export function heldFor(batchId: string): HeldShow {
  return `batch:${batchId}`;
}

/**
 * The daily digest is due: the notifications waiting for it become pending, to be shown as one
 * digest (and marked shown only once shown). Returns how many.
 */
export async function releaseDigest(db: McfDeskDb): Promise<number> {
  return db.transaction('rw', ['notified'], async () => {
    const waiting = await db.notified.where('digest').equals(1).toArray();
    await db.notified.bulkPut(
      waiting.map(({ digest: _waiting, ...row }) => ({ ...row, pending: 'digest' as const })),
    );
    return waiting.length;
  });
}

/**
 * The last chunk of an import batch has been stored: the notifications held for the batch become
 * pending (shown with the last chunk's, grouped when many). Returns how many.
 */
export async function releaseBatch(db: McfDeskDb, batchId: string): Promise<number> {
  return db.transaction('rw', ['notified'], () =>
    db.notified
      .where('pending')
      .equals(heldFor(batchId))
      .modify((row) => {
        row.pending = 'each';
      }),
  );
}

/** A batch whose last chunk has not arrived this long after its latest chunk never will. */
export const STALE_BATCH_MS = 10 * 60_000;

/**
 * Releases the notifications held for import batches that never finished (the page closed, a
 * chunk failed): those of a batch whose latest held row is older than `STALE_BATCH_MS`. Returns
 * how many.
 */
export async function releaseStaleBatches(db: McfDeskDb, now: Date): Promise<number> {
  return db.transaction('rw', ['notified'], async () => {
    const held = await db.notified.where('pending').startsWith('batch:').toArray();
    if (held.length === 0) return 0;
    const latest = new Map<string, string>();
    for (const row of held) {
      const batch = row.pending as string;
      if ((latest.get(batch) ?? '') < row.at) latest.set(batch, row.at);
    }
    const cutoff = new Date(now.getTime() - STALE_BATCH_MS).toISOString();
    const stale = held.filter((row) => (latest.get(row.pending as string) as string) <= cutoff);
    await db.notified.bulkPut(stale.map((row) => ({ ...row, pending: 'each' as const })));
    return stale.length;
  });
}

export interface PendingNotification extends NewNotification {
  pending: PendingShow;
}

/**
 * Notifications decided but not shown yet (indexed query, usually empty). Those whose order is
 * gone, or all of them when notifications are now off, are dropped (marked shown) here.
 */
export async function pendingNotifications(db: McfDeskDb): Promise<PendingNotification[]> {
  return db.transaction('rw', ['notified', 'orders', 'settings'], async () => {
    const rows = await db.notified.where('pending').anyOf(['each', 'digest']).toArray();
    if (rows.length === 0) return [];
    const off = (await loadSettings(db)).notifications === 'off';
    const orders = off ? [] : await db.orders.bulkGet(rows.map((r) => r.key));
    const out: PendingNotification[] = [];
    const dropped: NotifiedRow[] = [];
    rows.forEach((row, i) => {
      const order = orders[i];
      if (order && (row.pending === 'each' || row.pending === 'digest'))
        out.push({ key: row.key, kind: row.kind, order: order.order, pending: row.pending });
      else dropped.push(row);
    });
    await markShown(db, dropped);
    return out;
  });
}

/** Once the browser has shown them: these notifications are never shown again. */
export async function markShown(
  db: McfDeskDb,
  shown: readonly Pick<NotifiedRow, 'key' | 'kind'>[],
): Promise<void> {
  if (shown.length === 0) return;
  // `modify` only touches rows still there (a deletion of all data in between stays a deletion).
  await db.notified
    .where('[key+kind]')
    .anyOf(shown.map((n) => [n.key, n.kind]))
    .modify((row) => {
      delete row.pending;
    });
}
