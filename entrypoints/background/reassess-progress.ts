import type { McfDeskDb } from './db';

// Where a full re-assessment stands, kept in `meta` beside its cursor: the background moves it
// with every batch, the dashboard reads it (same database) to show the pass's progress.

/** The last key re-assessed by the running pass (`''` before the first batch), null when none runs. */
export const REASSESS_CURSOR = 'reassess-all-after';
/** `{"done":n,"total":m}` while a pass runs, null otherwise. */
export const REASSESS_PROGRESS = 'reassess-all-progress';

export interface ReassessProgress {
  done: number;
  total: number;
}

export function parseProgress(value: string | null | undefined): ReassessProgress | null {
  if (!value) return null;
  try {
    const { done, total } = JSON.parse(value) as Partial<ReassessProgress>;
    return typeof done === 'number' && typeof total === 'number' ? { done, total } : null;
  } catch {
    return null;
  }
}

/** The running pass's progress (`done` 0 until its first batch is written), or null when none runs. */
export async function readReassessProgress(db: McfDeskDb): Promise<ReassessProgress | null> {
  return db.transaction('r', ['meta', 'orders'], async () => {
    const [cursor, progress] = await db.meta.bulkGet([REASSESS_CURSOR, REASSESS_PROGRESS]);
    if (!cursor || cursor.value === null) return null;
    return parseProgress(progress?.value) ?? { done: 0, total: await db.orders.count() };
  });
}
