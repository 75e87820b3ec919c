import { z } from 'zod';
import { ClaimSchema } from '../claims/claim';
import { ConflictSchema } from '../merge/merge-order';
import { ChecklistStepSchema } from '../messages/background';
import { AppSettingsSchema, repairSettings } from '../model/app-settings';
import { FindingKindSchema } from '../model/finding';
import { OrderSchema, orderKey } from '../model/order';
import { InstantSchema, SourceSchema } from '../model/primitives';
import { LearnedRuleSchema } from '../teach/learned-rule';

// The whole database as one versioned JSON file: orders (with their conflicts), history,
// checklists, mutes (snoozed/dismissed findings: the seller's decisions), notifications already
// raised, settings and the rules the seller taught (teach mode). Assessments
// are left out on purpose: they are derived, and recomputed on restore with the settings of the
// day. Rows are loose objects so that a field added to a table later still survives a round trip.

export const BACKUP_FORMAT = 'mcf-desk-backup';
export const BACKUP_VERSION = 1;

export const BackupOrderSchema = z.looseObject({
  key: z.string().min(3).max(200),
  order: OrderSchema,
  conflicts: z.array(ConflictSchema).default([]),
  firstSeenAt: InstantSchema,
  updatedAt: InstantSchema,
});
export const BackupChangeSchema = z.looseObject({
  path: z.string(),
  from: z.unknown().optional(),
  to: z.unknown(),
  source: SourceSchema,
  seenAt: InstantSchema,
});
export const BackupHistorySchema = z.looseObject({
  id: z.number().int().min(1).optional(),
  key: z.string().min(3).max(200),
  at: InstantSchema,
  source: SourceSchema,
  /** The observation that created the order: a compact row, `changes` empty (see `HistoryRow`). */
  created: z.literal(true).optional(),
  /** On a `created` row: how many fields the observation set. */
  fields: z.number().int().min(0).optional(),
  changes: z.array(BackupChangeSchema),
  conflicts: z.array(ConflictSchema).default([]),
});
export const BackupChecklistSchema = z.looseObject({
  key: z.string().min(3).max(200),
  steps: z.record(z.string(), ChecklistStepSchema),
});
export const BackupMuteSchema = z.looseObject({
  key: z.string().min(3).max(200),
  kind: FindingKindSchema,
  until: InstantSchema.nullable(),
  at: InstantSchema,
});

/** Notifications already raised: kept so that a restore does not announce them all again. */
export const BackupNotifiedSchema = z.looseObject({
  key: z.string().min(3).max(200),
  kind: FindingKindSchema,
  at: InstantSchema,
  digest: z.literal(1).optional(),
});

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: InstantSchema,
  settings: AppSettingsSchema,
  orders: z.array(BackupOrderSchema),
  history: z.array(BackupHistorySchema),
  checklists: z.array(BackupChecklistSchema),
  mutes: z.array(BackupMuteSchema).default([]),
  notified: z.array(BackupNotifiedSchema).default([]),
  /**
   * Learned rules came after version 1 was fixed: a file written before has none, and restores
   * with none (a restore replaces the rules, like every table). Strict rows, not loose ones: a
   * rule is read by the page reader, so a malformed one refuses the whole file.
   */
  learnedRules: z.array(LearnedRuleSchema).default([]),
  /**
   * The claims the seller filed (issue 15), also added after version 1: a file without them
   * restores with none. Strict like the rules: a claim pays or flags orders, so a malformed one
   * refuses the whole file.
   */
  claims: z.array(ClaimSchema).default([]),
});
export type Backup = z.infer<typeof BackupSchema>;
export type BackupOrder = z.infer<typeof BackupOrderSchema>;

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export function backupFileName(exportedAt: Date): string {
  return `mcf-desk-backup-${exportedAt.toISOString().slice(0, 10)}.json`;
}

/**
 * Reads a backup file, refusing with a message fit for the seller anything that is not a complete
 * v1 backup: not JSON, another file, a newer format, or a corrupt row. Nothing is written before
 * the whole file passed.
 */
export function parseBackup(text: string): Backup {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new BackupError('Not an MCF Desk backup: the file is not valid JSON (truncated or another file?).');
  }
  const head = z.object({ format: z.string(), version: z.unknown() }).safeParse(raw);
  if (!head.success || head.data.format !== BACKUP_FORMAT) {
    throw new BackupError('Not an MCF Desk backup file (no "format": "mcf-desk-backup").');
  }
  const version = head.data.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    throw new BackupError(
      `This backup was made by a newer MCF Desk (format version ${version}); this version reads version ${BACKUP_VERSION}. Update the extension, then restore.`,
    );
  }
  // Settings written under older rules (e.g. a claim window under 8 days) are repaired, not refused.
  const settings = (raw as { settings?: unknown }).settings;
  if (typeof settings === 'object' && settings !== null && !Array.isArray(settings)) {
    raw = { ...(raw as object), settings: repairSettings(settings) };
  }
  const parsed = BackupSchema.safeParse(raw);
  // Values over the order limits (core/model/limits.ts): said as such, not as corruption.
  const tooBig = parsed.success ? undefined : parsed.error.issues.find((i) => i.code === 'too_big');
  if (tooBig) {
    throw new BackupError(
      `This backup holds a value over MCF Desk's limits, nothing restored: ${tooBig.path.join('.')}: ${tooBig.message}.`,
    );
  }
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`)
      .join('; ');
    throw new BackupError(`Corrupt backup file, nothing restored: ${issues}.`);
  }
  const backup = parsed.data;
  const keys = new Set<string>();
  for (const [index, row] of backup.orders.entries()) {
    if (row.key !== orderKey(row.order))
      throw new BackupError(
        `Corrupt backup file, nothing restored: orders.${index}.key does not match its order.`,
      );
    if (keys.has(row.key))
      throw new BackupError(`Corrupt backup file, nothing restored: order ${row.key} appears twice.`);
    keys.add(row.key);
  }
  return backup;
}
