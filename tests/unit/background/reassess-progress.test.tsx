// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ReassessProgress } from '../../../components/dashboard/ReassessProgress';
import { DEFAULT_APP_SETTINGS } from '../../../core/model/app-settings';
import type { McfDeskDb, OrderRow } from '../../../entrypoints/background/db';
import { REASSESS_PROGRESS, readReassessProgress } from '../../../entrypoints/background/reassess-progress';
import {
  reassessAll,
  resumeReassessAll,
  startReassessAll,
  storeObservations,
} from '../../../entrypoints/background/store';
import { freshDb, inTransit } from './helpers';

const NOW = new Date('2026-03-02T10:00:00Z');

async function fiveOrders(): Promise<McfDeskDb> {
  const db = freshDb();
  const orders = Array.from({ length: 5 }, (_, i) =>
    inTransit('2026-01-02', '2026-01-06', `402-000000${i}-0000000`),
  );
  await storeObservations(db, orders, 'report', NOW);
  return db;
}

/** Every value written to the given table while `work` runs (a DBCore middleware). */
async function writesDuring(db: McfDeskDb, table: string, work: () => Promise<unknown>): Promise<unknown[]> {
  const written: unknown[] = [];
  db.close();
  db.use({
    stack: 'dbcore',
    name: `record-${table}`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        return {
          ...inner,
          mutate: (req) => {
            if (name === table && req.type === 'put') written.push(...req.values);
            return inner.mutate(req);
          },
        };
      },
    }),
  });
  await db.open();
  await work();
  return written;
}

describe('full re-assessment progress', () => {
  it('is stored with each batch, read by the dashboard, and cleared at the end', async () => {
    const db = await fiveOrders();
    expect(await readReassessProgress(db)).toBeNull();
    await startReassessAll(db);
    // Asked for, not started yet: nothing done of every order.
    expect(await readReassessProgress(db)).toEqual({ done: 0, total: 5 });
    const meta = await writesDuring(db, 'meta', () => resumeReassessAll(db, NOW, 2));
    const progress = meta.flatMap((row) => {
      const { id, value } = row as { id: string; value: string | null };
      return id === REASSESS_PROGRESS ? [value] : [];
    });
    expect(progress).toEqual(['{"done":2,"total":5}', '{"done":4,"total":5}', null]);
    expect(await readReassessProgress(db)).toBeNull();
  });

  it('writes again only the orders whose assessment changed', async () => {
    const db = await fiveOrders();
    // The same settings: nothing moves, nothing is written.
    expect(await writesDuring(db, 'orders', () => reassessAll(db, NOW))).toHaveLength(0);
    // A shorter claim window moves every lost order's deadline: each one is rewritten.
    await db.settings.put({ id: 'app', value: { ...DEFAULT_APP_SETTINGS, claimWindowDays: 60 } });
    const moved = (await writesDuring(db, 'orders', () => reassessAll(db, NOW))) as OrderRow[];
    expect(moved).toHaveLength(5);
    expect(moved.map((row) => row.listing?.due)).toEqual(Array(5).fill('2026-03-07'));
    expect(await db.orders.count()).toBe(5);
  });

  it('shows as a progress bar with its figures in the UI language, and nothing when none runs', () => {
    const host = document.createElement('div');
    render(<ReassessProgress lang="de" progress={{ done: 2000, total: 100000 }} />, host);
    expect(host.querySelector('progress')?.getAttribute('value')).toBe('2000');
    expect(host.querySelector('progress')?.getAttribute('max')).toBe('100000');
    expect(host.textContent).toContain('neu bewertet');
    expect(host.querySelector('[data-testid="reassess-done"]')?.textContent).toBe(
      '2.000 / 100.000 Bestellungen',
    );
    render(<ReassessProgress lang="de" progress={null} />, host);
    expect(host.querySelector('[data-testid="reassess-progress"]')).toBeNull();
  });
});
