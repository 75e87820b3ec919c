import type { output } from 'zod/v4/core';
import type { Backup } from '../../core/export/backup';
import { type DashboardMessages, RESTORE_CHUNK_SIZE } from '../../core/messages/dashboard';

export type RestorePart = output<DashboardMessages['backup.restore']['request']>;

/**
 * A validated backup cut into `backup.restore` messages, all named by one `restoreId` (new for
 * every restore: the background refuses a slice of a restore another one has replaced). The first
 * carries the settings and starts a new restore; the background stages every slice and the last
 * one swaps the whole backup into the database in one transaction, then triggers the
 * re-assessment (a restore that stops part-way changes nothing). History rows are small and many,
 * so a message carries five times as many of them.
 */
export function restoreParts(backup: Backup, restoreId: string = crypto.randomUUID()): RestorePart[] {
  const size = RESTORE_CHUNK_SIZE;
  const count = Math.max(
    1,
    Math.ceil(backup.orders.length / size),
    Math.ceil(backup.history.length / (size * 5)),
    Math.ceil(backup.checklists.length / size),
    Math.ceil(backup.mutes.length / size),
    Math.ceil(backup.notified.length / size),
    Math.ceil(backup.learnedRules.length / size),
  );
  return Array.from({ length: count }, (_, i) => ({
    first: i === 0,
    last: i === count - 1,
    restoreId,
    ...(i === 0 ? { settings: backup.settings } : {}),
    orders: backup.orders.slice(i * size, (i + 1) * size),
    history: backup.history.slice(i * size * 5, (i + 1) * size * 5),
    checklists: backup.checklists.slice(i * size, (i + 1) * size),
    mutes: backup.mutes.slice(i * size, (i + 1) * size),
    notified: backup.notified.slice(i * size, (i + 1) * size),
    learnedRules: backup.learnedRules.slice(i * size, (i + 1) * size),
  }));
}
