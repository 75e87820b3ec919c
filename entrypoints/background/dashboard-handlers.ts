import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../core/export/backup';
import { type DashboardMessages, dashboardMessages } from '../../core/messages/dashboard';
import type { Handlers } from '../../core/messages/protocol';
import type { SenderInfo } from '../../core/messages/sender';
import type { AssessmentRow, McfDeskDb } from './db';
import { loadSettings, MIGRATED_REVIEW_AT } from './db';
import { type HandlerDeps, requireExtensionPage } from './handlers';
import { type NewNotification, putAssessments, reviewDue, storeObservations } from './store';

// The dashboard's writes. Imports go through `storeObservations` (one transaction per chunk,
// merged exactly like page readings); every handler is for extension pages only.

/** Every table of the database, whatever the schema version: a restore or a deletion leaves none behind. */
const allTables = (db: McfDeskDb) => db.tables.map((table) => table.name);

/**
 * The whole database as a backup (read only: the dashboard page calls it on its own connection,
 * so a large database never crosses the message channel). One read transaction: a consistent copy.
 */
export async function readBackup(db: McfDeskDb, now: Date): Promise<Backup> {
  const tables = ['orders', 'history', 'checklists', 'mutes', 'notified', 'settings'] as const;
  const backup = await db.transaction('r', tables, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: await loadSettings(db),
    orders: await db.orders.toArray(),
    history: await db.history.toArray(),
    checklists: await db.checklists.toArray(),
    mutes: await db.mutes.toArray(),
    notified: await db.notified.toArray(),
  }));
  // The backup's row schemas are loose objects (rows keep fields added later); the typed rows
  // have no index signature, hence the widening.
  return backup as unknown as Backup;
}

/** The checklist whose `open-case` / `case-id` steps record a claim: damaged if that is the claim, else lost. */
function claimChecklistOf(assessed: AssessmentRow | undefined): 'lost' | 'damaged' {
  const kinds = assessed?.assessment.findings.map((f) => f.kind) ?? [];
  return kinds.includes('damaged-claimable') && !kinds.includes('lost-claimable') ? 'damaged' : 'lost';
}

export function createDashboardHandlers(deps: HandlerDeps): Handlers<DashboardMessages, SenderInfo> {
  const { db, now, background } = deps;
  const heldNotifications = new Map<string, NewNotification[]>();

  return {
    'import.chunk': async ({ source, orders, batch }, sender) => {
      requireExtensionPage(deps, sender, 'import.chunk');
      const result = await storeObservations(db, orders, source, now());
      if (batch && !batch.last) {
        // The badge follows every chunk; the notifications wait for the last one. (Should the
        // worker stop mid-import, these are lost: they are recorded as raised, never shown.)
        heldNotifications.set(batch.id, [...(heldNotifications.get(batch.id) ?? []), ...result.notify]);
        await background.afterWrite({ notify: [] });
      } else {
        const held = batch ? (heldNotifications.get(batch.id) ?? []) : [];
        if (batch) heldNotifications.delete(batch.id);
        await background.afterWrite({ notify: [...held, ...result.notify] });
      }
      return { created: result.created, updated: result.updated, unchanged: result.unchanged };
    },

    'orders.markClaim': async ({ keys, filed, caseId }, sender) => {
      requireExtensionPage(deps, sender, 'orders.markClaim');
      const at = now().toISOString();
      const updated = await db.transaction('rw', ['orders', 'assessments', 'checklists'], async () => {
        const unique = [...new Set(keys)];
        const [orders, assessed, checklists] = await Promise.all([
          db.orders.bulkGet(unique),
          db.assessments.bulkGet(unique),
          db.checklists.bulkGet(unique),
        ]);
        const rows = unique.flatMap((key, i) => {
          if (!orders[i]) return [];
          const checklist = claimChecklistOf(assessed[i]);
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
      await db.transaction('rw', allTables(db), async () => {
        if (part.first) {
          await Promise.all(db.tables.map((table) => table.clear()));
          if (part.settings) await db.settings.put({ id: 'app', value: part.settings });
        }
        await db.orders.bulkPut(part.orders);
        // Assessments are derived: the restored orders are due for review at once.
        await putAssessments(
          db,
          part.orders.map((row) => ({
            key: row.key,
            assessment: { findings: [], nextReviewAt: null },
            assessedAt: MIGRATED_REVIEW_AT,
            nextReviewAt: MIGRATED_REVIEW_AT,
            urgency: 0,
            kinds: [],
          })),
        );
        await db.history.bulkPut(part.history);
        await db.checklists.bulkPut(part.checklists);
        await db.mutes.bulkPut(part.mutes);
        await db.notified.bulkPut(part.notified);
      });
      if (part.last) await background.afterWrite(await reviewDue(db, now()));
      return { orders: part.orders.length };
    },

    'data.deleteAll': async (_payload, sender) => {
      requireExtensionPage(deps, sender, 'data.deleteAll');
      await db.transaction('rw', allTables(db), async () => {
        await Promise.all(db.tables.map((table) => table.clear()));
      });
      await background.afterWrite({ notify: [] });
      return { ok: true as const };
    },
  };
}

/** The dashboard's entry at the background's composition point (`handlerSets` in index.ts). */
export const dashboardHandlerSet = { table: dashboardMessages, create: createDashboardHandlers };
