import { z } from 'zod';
import { ClaimSchema } from '../claims/claim';
import {
  BackupChecklistSchema,
  BackupHistorySchema,
  BackupMuteSchema,
  BackupNotifiedSchema,
  BackupOrderSchema,
} from '../export/backup';
import { AppSettingsSchema } from '../model/app-settings';
import { OrderSchema } from '../model/order';
import { LearnedRuleSchema } from '../teach/learned-rule';
import { OrderKeySchema } from './background';
import { defineMessage } from './protocol';

// Messages of the dashboard page (extension page → background). The page may read the database
// directly for its table; every write goes through these, so that merging, history, assessments,
// the badge and notifications stay in the background. All of them are refused from content
// scripts (see `DASHBOARD_PAGE_ONLY`).

/**
 * Orders per `import.chunk`: one background transaction each. Every IndexedDB commit has a fixed
 * cost: 5,000 imported 37,648 orders in 8.8 s where 2,000 took 10.5–11 s (Chromium, this
 * project's bench). A chunk is about 8 MB of message, far below Chrome's 64 MiB, and its
 * transaction holds other writes (a page reading) back for about a second at most.
 */
export const IMPORT_CHUNK_SIZE = 5000;
/** Rows per `backup.restore` message (a message must stay far below Chrome's 64 MiB cap). */
export const RESTORE_CHUNK_SIZE = 2000;

const CountsSchema = z.object({
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  unchanged: z.number().int().min(0),
});
export type ImportCounts = z.infer<typeof CountsSchema>;

export const dashboardMessages = {
  /** A slice of an import, merged like page readings (never over the seller's values). */
  'import.chunk': defineMessage(
    z.object({
      source: z.enum(['report', 'api']),
      orders: z.array(OrderSchema).min(1).max(IMPORT_CHUNK_SIZE),
      /**
       * The chunks of one file: their notifications wait for the last chunk, so that a large
       * import raises one summary notification instead of one per chunk.
       */
      batch: z.object({ id: z.string().min(1).max(100), last: z.boolean() }).optional(),
    }),
    CountsSchema,
  ),
  /** Claim filed (checklist step `open-case`) and case id (note of `case-id`) for many orders at once. */
  'orders.markClaim': defineMessage(
    z.object({
      keys: z.array(OrderKeySchema).min(1).max(10_000),
      filed: z.boolean(),
      caseId: z.string().trim().max(200).optional(),
    }),
    z.object({ updated: z.number().int().min(0) }),
  ),
  /**
   * A slice of a validated backup (the page validates the whole file before it sends the first).
   * The slices are staged by the background, and the last one swaps the backup into the live
   * tables in ONE transaction (every table emptied, then written): a restore that stops part-way
   * changes nothing. The first slice (`first: true`, with the settings) starts a new restore and
   * drops the slices of one that never completed.
   */
  'backup.restore': defineMessage(
    z.object({
      first: z.boolean(),
      /**
       * Names the restore the slice belongs to (the same on every slice of a file): a slice of a
       * restore replaced by another is refused. Without it, a slice joins the restore under way.
       */
      restoreId: z.string().min(1).max(100).optional(),
      settings: AppSettingsSchema.optional(),
      orders: z.array(BackupOrderSchema).max(RESTORE_CHUNK_SIZE),
      history: z.array(BackupHistorySchema).max(RESTORE_CHUNK_SIZE * 5),
      checklists: z.array(BackupChecklistSchema).max(RESTORE_CHUNK_SIZE),
      mutes: z.array(BackupMuteSchema).max(RESTORE_CHUNK_SIZE),
      notified: z.array(BackupNotifiedSchema).max(RESTORE_CHUNK_SIZE),
      /** The backup's learned rules; they replace the stored ones with the rest (none: none left). */
      learnedRules: z.array(LearnedRuleSchema).max(RESTORE_CHUNK_SIZE).default([]),
      /** The backup's claims; they replace the stored ones (none in an older backup: none left). */
      claims: z.array(ClaimSchema).max(RESTORE_CHUNK_SIZE).default([]),
      /** The last slice: the restored orders are then assessed and the badge refreshed. */
      last: z.boolean(),
    }),
    z.object({ orders: z.number().int().min(0) }),
  ),
  /** Deletes every order, history, checklist, mute, setting and learned rule. */
  'data.deleteAll': defineMessage(
    z.object({ confirm: z.literal('delete-all') }),
    z.object({ ok: z.literal(true) }),
  ),
};
export type DashboardMessages = typeof dashboardMessages;

/** None of these may come from a content script. */
export const DASHBOARD_PAGE_ONLY: readonly (keyof DashboardMessages)[] = Object.keys(
  dashboardMessages,
) as (keyof DashboardMessages)[];
