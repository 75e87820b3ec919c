import type { DBCore } from 'dexie';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../../components/dashboard/table-query';
import type { OrderSummary } from '../../../core/export/order-summary';
import type { McfDeskDb } from '../../../entrypoints/background/db';
import { storeObservations } from '../../../entrypoints/background/store';
import { checklistKeys, readOrdersPage, withChecklists } from '../../../entrypoints/dashboard/orders-query';
import { freshDb, order } from '../background/helpers';

// A page's claim marks (claim filed, case id) come from the checklists of the orders a seller
// worked on: read by the few keys that exist, or by every row's key when there are many.

const NOW = new Date('2026-03-02T10:00:00Z');
const AT = NOW.toISOString();
const ids = Array.from({ length: 12 }, (_, i) => `402-${1000000 + i}-7000000`);

async function seeded() {
  const db = freshDb();
  await storeObservations(
    db,
    ids.map((id) => order({ sellerFulfillmentOrderId: id, items: [{ sellerSku: 'SKU-1', quantity: 1 }] })),
    'report',
    NOW,
  );
  const rows = await db.orders.toArray();
  const filed = rows.filter((_, i) => i % 4 === 1).map((row) => row.key);
  await db.checklists.bulkPut(
    filed.map((key, i) => ({
      key,
      steps: {
        'lost.open-case': { done: true, at: AT },
        'lost.case-id': { done: true, at: AT, note: `CASE-${i}` },
      },
    })),
  );
  // An order ticked without a claim filed.
  await db.checklists.put({
    key: rows[0]?.key as string,
    steps: { 'lost.check-carrier': { done: true, at: AT } },
  });
  return { db, rows, filed };
}

type ChecklistsTable = ReturnType<DBCore['table']>;

/** Reopens `db` with the checklists table's calls replaced by `watch`'s (the others as they are). */
async function watchChecklists(
  db: McfDeskDb,
  watch: (table: ChecklistsTable) => Partial<ChecklistsTable>,
): Promise<void> {
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'watch-checklists',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return name === 'checklists' ? { ...table, ...watch(table) } : table;
      },
    }),
  });
  await db.open();
}

/** The keys of the rows marked claim filed, sorted. */
const filedKeys = (rows: readonly OrderSummary[]) =>
  rows
    .filter((s) => s.claimFiled)
    .map((s) => s.key)
    .sort();

describe("a page's claim marks", () => {
  it.each([
    ['the few checklist keys read beside the rows', 2000],
    ['every row looked up when checklists are too many to list', 2],
  ])('%s', async (_, limit) => {
    const { db, rows, filed } = await seeded();
    const summaries = await withChecklists(db, rows, checklistKeys(db, limit), limit);
    expect(summaries.filter((s) => s.claimFiled).map((s) => s.key)).toEqual(filed);
    expect(summaries.filter((s) => s.caseId).map((s) => s.caseId)).toEqual(filed.map((_, i) => `CASE-${i}`));
    expect(summaries.map((s) => s.key)).toEqual(rows.map((r) => r.key));
  });

  it('looks up only the rows that have a checklist', async () => {
    const { db, rows } = await seeded();
    const asked: number[] = [];
    await watchChecklists(db, (table) => ({
      getMany: (request) => {
        asked.push(request.keys.length);
        return table.getMany(request);
      },
    }));
    await withChecklists(db, rows, checklistKeys(db));
    // Three filed claims and one ticked step among twelve rows: four lookups, not twelve.
    expect(asked).toEqual([4]);
  });

  it('a first page takes the keys read before it was asked, and reads them itself otherwise', async () => {
    const { db, filed } = await seeded();
    const keyReads: string[] = [];
    await watchChecklists(db, (table) => ({
      query: (request) => {
        keyReads.push(request.values ? 'values' : 'keys');
        return table.query(request);
      },
    }));
    const sort = { column: 'orderId', descending: false } as const;
    const prepared = checklistKeys(db);
    await prepared;
    keyReads.length = 0;
    const page = await readOrdersPage(db, EMPTY_FILTER, sort, null, NOW, 50, undefined, prepared);
    expect(keyReads).toEqual([]);
    expect(filedKeys(page.rows)).toEqual([...filed].sort());
    await readOrdersPage(db, EMPTY_FILTER, sort, null, NOW);
    expect(keyReads).toEqual(['keys']);
  });

  it("the table's first page shows them", async () => {
    const { db, filed } = await seeded();
    const page = await readOrdersPage(db, EMPTY_FILTER, { column: 'orderId', descending: false }, null, NOW);
    expect(filedKeys(page.rows)).toEqual([...filed].sort());
  });
});
