import { sameJson } from '../../../core/merge/merge-observation';
import type { AppSettings } from '../../../core/model/app-settings';
import type { McfDeskDb, OrderRow } from '../db';
import { loadSettings } from '../db';
import { parseProgress, REASSESS_CURSOR, REASSESS_PROGRESS } from '../reassess-progress';
import { assessAndWrite } from './assess-write';
import { WRITE_TABLES, type WriteOutcome } from './tables';

// Orders assessed again without a new observation: those whose review time has come (the alarm
// tick), one order after the seller changed it, every order after a change of the policy
// settings (a resumable pass).

/** Re-assesses the given orders (their mutes and the settings in force) and writes the results. */
export async function reassessKeys(
  db: McfDeskDb,
  keys: readonly string[],
  settings: AppSettings,
  now: Date,
): Promise<WriteOutcome> {
  const rows = (await db.orders.bulkGet([...keys])).filter((r): r is OrderRow => r !== undefined);
  return reassessRows(db, rows, settings, now);
}

/**
 * Re-assesses stored rows. A row whose assessment and listing come out as stored is not written
 * again (its `assessedAt` stays that of the last change): after a settings change most orders
 * do not move, and a write with its dozen index entries costs far more than the comparison.
 */
async function reassessRows(
  db: McfDeskDb,
  rows: readonly OrderRow[],
  settings: AppSettings,
  now: Date,
): Promise<WriteOutcome> {
  return assessAndWrite(
    db,
    rows.map((row) => ({ data: row, previous: row })),
    settings,
    now,
    (assessed) => {
      const moved = assessed.filter((row, i) => !sameAssessment(rows[i], row));
      return [moved.length > 0 && db.orders.bulkPut(moved)];
    },
  );
}

function sameAssessment(stored: OrderRow | undefined, next: OrderRow): boolean {
  return (
    stored !== undefined &&
    stored.urgency === next.urgency &&
    stored.attention === next.attention &&
    stored.nextReviewAt === next.nextReviewAt &&
    stored.kinds.join() === next.kinds.join() &&
    sameJson(stored.assessment, next.assessment) &&
    sameJson(stored.listing, next.listing)
  );
}

/**
 * Re-assesses one order now (after a mute or typed fields). Called inside the transaction of the
 * write it follows (over `WRITE_TABLES`), it joins it: the write and its assessment commit together.
 */
export async function reassessOrder(db: McfDeskDb, key: string, now: Date): Promise<WriteOutcome> {
  return db.transaction('rw', WRITE_TABLES, async () => reassessKeys(db, [key], await loadSettings(db), now));
}

export interface ReviewResult extends WriteOutcome {
  reviewed: number;
}

/**
 * One alarm tick: re-assesses only the orders whose review time has come (indexed query), in
 * batches, each batch one transaction; the cost follows the due orders, not the table.
 */
export async function reviewDue(db: McfDeskDb, now: Date, batchSize = 500): Promise<ReviewResult> {
  const nowIso = now.toISOString();
  const result: ReviewResult = { reviewed: 0, notify: [] };
  for (;;) {
    const batch = await db.transaction('rw', WRITE_TABLES, async () => {
      const keys = (await db.orders
        .where('nextReviewAt')
        .belowOrEqual(nowIso)
        .limit(batchSize)
        .primaryKeys()) as string[];
      if (keys.length === 0) return null;
      const outcome = await reassessKeys(db, keys, await loadSettings(db), now);
      return { count: keys.length, outcome };
    });
    if (!batch) return result;
    result.reviewed += batch.count;
    result.notify.push(...batch.outcome.notify);
    if (batch.count < batchSize) return result;
  }
}

/**
 * Re-assesses every order (after a change of the policy settings), in key order, one batch per
 * transaction; the cursor is stored, so a pass cut short by the worker stopping resumes on the
 * next tick (`resumeReassessAll`).
 */
export async function reassessAll(db: McfDeskDb, now: Date, batchSize = 2000): Promise<ReviewResult> {
  await startReassessAll(db);
  return resumeReassessAll(db, now, batchSize);
}

/** Asks for a full re-assessment (from the first order). Inside the transaction that changes the
 *  settings, so that a worker stopped right after still resumes it on its next tick. */
export async function startReassessAll(db: McfDeskDb): Promise<void> {
  await db.meta.bulkPut([
    { id: REASSESS_CURSOR, value: '' },
    { id: REASSESS_PROGRESS, value: null },
  ]);
}

/**
 * Runs the requested pass to its end, one key range per transaction (the rows read whole in one
 * range read), moving the cursor and the progress the dashboard shows (`reassess-progress.ts`).
 */
export async function resumeReassessAll(db: McfDeskDb, now: Date, batchSize = 2000): Promise<ReviewResult> {
  const result: ReviewResult = { reviewed: 0, notify: [] };
  // Every tick asks: a read of one row, not a write transaction over every table, when none runs.
  const asked = await db.meta.get(REASSESS_CURSOR);
  if (!asked || asked.value === null) return result;
  for (;;) {
    const done = await db.transaction('rw', WRITE_TABLES, async () => {
      const [cursor, progressRow] = await db.meta.bulkGet([REASSESS_CURSOR, REASSESS_PROGRESS]);
      if (!cursor || cursor.value === null) return true;
      const progress = parseProgress(progressRow?.value) ?? { done: 0, total: await db.orders.count() };
      const rows = await db.orders.where(':id').above(cursor.value).limit(batchSize).toArray();
      const outcome = await reassessRows(db, rows, await loadSettings(db), now);
      result.reviewed += rows.length;
      result.notify.push(...outcome.notify);
      const last = rows.at(-1)?.key;
      const finished = rows.length < batchSize || last === undefined;
      const moved = {
        done: progress.done + rows.length,
        total: Math.max(progress.total, progress.done + rows.length),
      };
      await db.meta.bulkPut([
        { id: REASSESS_CURSOR, value: finished ? null : last },
        { id: REASSESS_PROGRESS, value: finished ? null : JSON.stringify(moved) },
      ]);
      return finished;
    });
    if (done) return result;
  }
}

/** The earliest review time, to wake the worker then. */
export async function earliestReview(db: McfDeskDb): Promise<string | undefined> {
  // The index's key alone: the first row would be read whole.
  const [first] = (await db.orders.orderBy('nextReviewAt').limit(1).keys()) as string[];
  return first;
}
