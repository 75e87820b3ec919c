import type { FindingKind } from '../../../core/model/finding';
import type { BadgeCounts } from '../attention';
import type { AssessmentFields, CounterRow, McfDeskDb } from '../db';

// The counters kept on every write (orders per urgency and per finding kind): the badge and the
// dashboard's figures read them instead of counting the orders.

export type Counted = Pick<AssessmentFields, 'urgency' | 'kinds'>;

function contribution(row: Counted | undefined, sign: number, into: Map<string, number>): void {
  if (!row) return;
  const bump = (id: string) => into.set(id, (into.get(id) ?? 0) + sign);
  if (row.urgency === 2) bump('action');
  else if (row.urgency === 1) bump('warning');
  for (const kind of row.kinds) bump(kind);
}

/** The counter rows moved by replacing `previous` assessments with `next` ones (none if no move). */
export function movedCounters(
  previous: readonly (Counted | undefined)[],
  next: readonly Counted[],
  counters: ReadonlyMap<string, number>,
): CounterRow[] {
  const delta = new Map<string, number>();
  for (const row of previous) contribution(row, -1, delta);
  for (const row of next) contribution(row, 1, delta);
  return [...delta].flatMap(([id, d]) => (d === 0 ? [] : [{ id, n: (counters.get(id) ?? 0) + d }]));
}

export async function allCounters(db: McfDeskDb): Promise<Map<string, number>> {
  return new Map((await db.counters.toArray()).map((c) => [c.id, c.n]));
}

/** Rebuilds the counters from the indexes (after an update of the extension, or a repair). */
export async function recountAttention(db: McfDeskDb): Promise<void> {
  await db.transaction('rw', ['orders', 'counters'], async () => {
    const rows: { id: string; n: number }[] = [
      { id: 'action', n: await db.orders.where('attention').startsWith('0|').count() },
      { id: 'warning', n: await db.orders.where('attention').startsWith('1|').count() },
    ];
    for (const kind of (await db.orders.orderBy('kinds').uniqueKeys()) as string[]) {
      rows.push({ id: kind, n: await db.orders.where('kinds').equals(kind).count() });
    }
    await db.counters.clear();
    await db.counters.bulkPut(rows);
  });
}

/** Badge figures, from the counters kept on write. */
export async function countAttention(db: McfDeskDb): Promise<BadgeCounts> {
  const perKind: BadgeCounts['perKind'] = {};
  let action = 0;
  let warning = 0;
  for (const { id, n } of await db.counters.toArray()) {
    if (id === 'action') action = n;
    else if (id === 'warning') warning = n;
    else if (n > 0) perKind[id as FindingKind] = n;
  }
  return { action, warning, perKind };
}
