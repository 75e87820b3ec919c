import type { output } from 'zod/v4/core';
import type { Backup } from '../../core/export/backup';
import { jsonChars } from '../../core/import/run-import';
import { type DashboardMessages, RESTORE_CHUNK_SIZE } from '../../core/messages/dashboard';

export type RestorePart = output<DashboardMessages['backup.restore']['request']>;

/**
 * A validated backup cut into `backup.restore` messages, all named by one `restoreId` (new for
 * every restore: the background refuses a slice of a restore another one has replaced). The first
 * carries the settings and starts a new restore; the background stages every slice and the last
 * one swaps the whole backup into the database in one transaction, then triggers the
 * re-assessment (a restore that stops part-way changes nothing). History rows are small and many,
 * so a message carries five times as many of them. Each table's slice is also held to about
 * 8 Mi characters of JSON, so that a backup of very large orders still fits Chrome's message cap.
 */
export function restoreParts(backup: Backup, restoreId: string = crypto.randomUUID()): RestorePart[] {
  const size = RESTORE_CHUNK_SIZE;
  const tables = {
    orders: sliceBySize(backup.orders, size),
    history: sliceBySize(backup.history, size * 5),
    checklists: sliceBySize(backup.checklists, size),
    mutes: sliceBySize(backup.mutes, size),
    notified: sliceBySize(backup.notified, size),
    learnedRules: sliceBySize(backup.learnedRules, size),
    claims: sliceBySize(backup.claims, size),
  };
  const count = Math.max(1, ...Object.values(tables).map((slices) => slices.length));
  return Array.from({ length: count }, (_, i) => ({
    first: i === 0,
    last: i === count - 1,
    restoreId,
    ...(i === 0 ? { settings: backup.settings } : {}),
    orders: tables.orders[i] ?? [],
    history: tables.history[i] ?? [],
    checklists: tables.checklists[i] ?? [],
    mutes: tables.mutes[i] ?? [],
    notified: tables.notified[i] ?? [],
    learnedRules: tables.learnedRules[i] ?? [],
    claims: tables.claims[i] ?? [],
  }));
}

/** Characters of JSON one restore message may carry per table (Chrome caps a message at 64 MiB). */
const MAX_SLICE_CHARS = 8 * 1024 * 1024;

/** Rows cut into slices of at most `maxRows` rows and about `MAX_SLICE_CHARS` of JSON each. */
function sliceBySize<T>(rows: readonly T[], maxRows: number): T[][] {
  const slices: T[][] = [];
  let current: T[] = [];
  let chars = 0;
  for (const row of rows) {
    const rowChars = jsonChars(row);
    if (current.length > 0 && (current.length >= maxRows || chars + rowChars > MAX_SLICE_CHARS)) {
      slices.push(current);
      current = [];
      chars = 0;
    }
    current.push(row);
    chars += rowChars;
  }
  if (current.length > 0) slices.push(current);
  return slices;
}
