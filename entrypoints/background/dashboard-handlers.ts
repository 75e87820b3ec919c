import type { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../core/export/backup';
import { listingOf } from '../../core/export/order-listing';
import { rowIds } from '../../core/merge/order-ids';
import { type DashboardMessages, dashboardMessages } from '../../core/messages/dashboard';
import { type Handlers, MessageError } from '../../core/messages/protocol';
import type { SenderInfo } from '../../core/messages/sender';
import type { Order } from '../../core/model/order';
import { ruleIdentity } from '../../core/teach/learned-rule';
import type { ChecklistRow, HistoryRow, McfDeskDb, MuteRow, NotifiedRow, OrderRow } from './db';
import { claimOf, claimRowOf, loadSettings, NOT_ASSESSED, orderDataOf } from './db';
import { type HandlerDeps, requireExtensionPage } from './handlers';
import { releaseBatch, reviewDue, storeObservations } from './store';

// The dashboard's writes. Imports go through `storeObservations` (one transaction per chunk,
// merged exactly like page readings); every handler is for extension pages only.

/** Every table of the database, whatever the schema version: a restore or a deletion leaves none behind. */
const allTables = (db: McfDeskDb) => db.tables.map((table) => table.name);

/**
 * The whole database as a backup (read only: the dashboard page calls it on its own connection,
 * so a large database never crosses the message channel). One read transaction: a consistent copy.
 */
export async function readBackup(db: McfDeskDb, now: Date): Promise<Backup> {
  const tables = [
    'orders',
    'history',
    'checklists',
    'mutes',
    'notified',
    'settings',
    'learnedRules',
    'claims',
  ] as const;
  const backup = await db.transaction('r', tables, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: await loadSettings(db),
    // An order's assessment is derived, and a restored order is re-assessed: left out.
    orders: (await db.orders.toArray()).map(orderDataOf),
    history: await db.history.toArray(),
    checklists: await db.checklists.toArray(),
    mutes: await db.mutes.toArray(),
    notified: await db.notified.toArray(),
    // Every host's rules: the row's id and host are derived from the rule, so only the rule goes.
    learnedRules: (await db.learnedRules.toArray()).map((row) => row.rule),
    // Claims without their derived `orderKeys` (rebuilt from the lines on restore).
    claims: (await db.claims.toArray()).map(claimOf),
  }));
  // The backup's row schemas are loose objects (rows keep fields added later); the typed rows
  // have no index signature, hence the widening.
  return backup as unknown as Backup;
}

/** The checklist whose `open-case` / `case-id` steps record a claim: damaged if that is the claim, else lost. */
function claimChecklistOf(assessed: Pick<OrderRow, 'assessment'> | undefined): 'lost' | 'damaged' {
  const kinds = assessed?.assessment.findings.map((f) => f.kind) ?? [];
  return kinds.includes('damaged-claimable') && !kinds.includes('lost-claimable') ? 'damaged' : 'lost';
}

type RestorePart = z.output<DashboardMessages['backup.restore']['request']>;
type RestoreSlice = Omit<RestorePart, 'first' | 'last' | 'restoreId'>;

/** Meta row naming the restore whose slices are staged (`restoreSlices`), if one is under way. */
const RESTORE_ACTIVE = 'restore-active';

/**
 * Drops the slices of a restore that never completed (the page closed, a slice refused, the worker
 * stopped). Run at each start of the worker and by the first slice of every restore; a slice of
 * the dropped restore arriving later is refused (its restore must start again).
 */
export async function clearStagedRestore(db: McfDeskDb): Promise<void> {
  await db.transaction('rw', ['restoreSlices', 'meta'], async () => {
    await Promise.all([db.restoreSlices.clear(), db.meta.delete(RESTORE_ACTIVE)]);
  });
}

/**
 * One `backup.restore` slice. Slices before the last are only staged (`restoreSlices`): the live
 * tables are not touched. The last slice swaps the backup in, in ONE transaction: every table
 * emptied, then the staged slices and itself written. A restore that never completes leaves the
 * live data as it was.
 */
async function stageOrSwap(db: McfDeskDb, part: RestorePart, now: Date): Promise<void> {
  const { first, last, restoreId, ...slice } = part;
  const tables = last ? allTables(db) : ['restoreSlices', 'meta'];
  await db.transaction('rw', tables, async () => {
    let active: string;
    if (first) {
      // A new restore: whatever an unfinished one staged is dropped.
      active = restoreId ?? crypto.randomUUID();
      await Promise.all([db.restoreSlices.clear(), db.meta.put({ id: RESTORE_ACTIVE, value: active })]);
    } else {
      const current = (await db.meta.get(RESTORE_ACTIVE))?.value;
      if (!current || (restoreId !== undefined && restoreId !== current)) {
        throw new MessageError(
          'bad-request',
          'backup.restore: this restore was interrupted or replaced by another one; nothing was changed, start it again',
        );
      }
      active = current;
    }
    if (!last) {
      await db.restoreSlices.add({ restoreId: active, at: now.toISOString(), part: slice });
      return;
    }
    const seqs = first
      ? []
      : ((await db.restoreSlices.where('restoreId').equals(active).primaryKeys()) as number[]);
    await Promise.all(
      db.tables.filter((table) => table.name !== 'restoreSlices').map((table) => table.clear()),
    );
    for (const seq of seqs) {
      const staged = await db.restoreSlices.get(seq);
      if (staged) await writeSlice(db, staged.part as RestoreSlice);
    }
    await writeSlice(db, slice);
    await Promise.all([db.restoreSlices.clear(), db.meta.delete(RESTORE_ACTIVE)]);
  });
}

/** Writes one slice of a backup into emptied tables. */
async function writeSlice(db: McfDeskDb, slice: RestoreSlice): Promise<void> {
  const orders = slice.orders.map((row): OrderRow => {
    const order = row.order as Order;
    const scope = `${order.merchantId ?? '-'}/${order.marketplace.countryCode}/`;
    const kept = Array.isArray(row.ids)
      ? row.ids.filter((id): id is string => typeof id === 'string' && id.startsWith(scope))
      : [];
    // Assessments are derived: the restored orders are due for review at once. (Their urgency
    // is 0 and they have no kinds: the emptied counters stay right.)
    const data = orderDataOf(row as unknown as OrderRow);
    // Listed at once (the table's indexes), as unassessed until the review re-assesses it.
    const listing = listingOf(row.key, order, NOT_ASSESSED.assessment, NOT_ASSESSED.kinds);
    return { ...data, ...NOT_ASSESSED, ids: rowIds(row.key, order, kept), listing };
  });
  await Promise.all([
    slice.settings && db.settings.put({ id: 'app', value: slice.settings }),
    db.orders.bulkPut(orders),
    db.history.bulkPut(slice.history as unknown as HistoryRow[]),
    db.checklists.bulkPut(slice.checklists as unknown as ChecklistRow[]),
    db.mutes.bulkPut(slice.mutes as unknown as MuteRow[]),
    // Notifications raised are kept (never announced twice), but none is shown again: those
    // pending in the backup were shown since, or belong to another time (and an import batch).
    db.notified.bulkPut(
      (slice.notified as unknown as NotifiedRow[]).map(({ pending: _shown, ...row }) => row),
    ),
    // Under their identity, as `learned.add` stores them: the same rule twice is kept once.
    db.learnedRules.bulkPut(
      slice.learnedRules.map((rule) => ({ id: ruleIdentity(rule), host: rule.host, rule })),
    ),
    db.claims.bulkPut(slice.claims.map(claimRowOf)),
  ]);
}

export function createDashboardHandlers(deps: HandlerDeps): Handlers<DashboardMessages, SenderInfo> {
  const { db, now, background } = deps;

  return {
    'import.chunk': async ({ source, orders, batch }, sender) => {
      requireExtensionPage(deps, sender, 'import.chunk');
      // The badge follows every chunk; the notifications of a batch's chunks before its last are
      // recorded held for the batch (in the database: a worker stopped mid-import keeps them) and
      // released with the last one, so that a file's notifications are shown once (grouped when
      // many). A batch that never finishes is released by a later tick (`releaseStaleBatches`).
      const hold = batch && !batch.last ? batch.id : undefined;
      const result = await storeObservations(db, orders, source, now(), { hold });
      if (batch?.last) await releaseBatch(db, batch.id);
      await background.afterWrite();
      return { created: result.created, updated: result.updated, unchanged: result.unchanged };
    },

    'orders.markClaim': async ({ keys, filed, caseId }, sender) => {
      requireExtensionPage(deps, sender, 'orders.markClaim');
      const at = now().toISOString();
      const updated = await db.transaction('rw', ['orders', 'checklists'], async () => {
        const unique = [...new Set(keys)];
        const [orders, checklists] = await Promise.all([
          db.orders.bulkGet(unique),
          db.checklists.bulkGet(unique),
        ]);
        const rows = unique.flatMap((key, i) => {
          if (!orders[i]) return [];
          const checklist = claimChecklistOf(orders[i]);
          const steps = { ...(checklists[i]?.steps ?? {}) };
          steps[`${checklist}.open-case`] = { done: filed, at };
          if (caseId) steps[`${checklist}.case-id`] = { done: true, at, note: caseId };
          return [{ key, steps }];
        });
        await db.checklists.bulkPut(rows);
        return rows.length;
      });
      return { updated };
    },

    'backup.restore': async (part, sender) => {
      requireExtensionPage(deps, sender, 'backup.restore');
      await stageOrSwap(db, part, now());
      if (part.last) {
        await reviewDue(db, now());
        await background.afterWrite();
      }
      return { orders: part.orders.length };
    },

    'data.deleteAll': async (_payload, sender) => {
      requireExtensionPage(deps, sender, 'data.deleteAll');
      await db.transaction('rw', allTables(db), async () => {
        await Promise.all(db.tables.map((table) => table.clear()));
      });
      await background.afterWrite();
      return { ok: true as const };
    },
  };
}

/** The dashboard's entry at the background's composition point (`handlerSets` in index.ts). */
export const dashboardHandlerSet = { table: dashboardMessages, create: createDashboardHandlers };
