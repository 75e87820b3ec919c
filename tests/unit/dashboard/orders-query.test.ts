import type { DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  filterRows,
  SORT_COLUMNS,
  sortRows,
  type TableFilter,
  type TableSort,
} from '../../../components/dashboard/table-query';
import type { OrderSummary } from '../../../core/export/order-summary';
import type { McfDeskDb } from '../../../entrypoints/background/db';
import { storeObservations } from '../../../entrypoints/background/store';
import { countOrders, type OrdersCursor, readOrdersPage } from '../../../entrypoints/dashboard/orders-query';
import { summaryOf } from '../../../entrypoints/dashboard/orders-source';
import { freshDb, order } from '../background/helpers';

// The paged table against the same orders filtered and sorted in memory (what the dashboard did
// before schema v11): same orders, same order of values, page after page.

const NOW = new Date('2026-03-02T10:00:00Z');
const SLOW = { timeout: 30_000 };
const DE = { host: 'sellercentral.amazon.de', countryCode: 'DE', locale: 'de-DE', timeZone: 'Europe/Berlin' };
const day = (offset: number) => new Date(NOW.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

/** 130 orders: shipped long ago (lost), recently (in transit), not at all; two marketplaces, carriers. */
function orders() {
  return Array.from({ length: 130 }, (_, i) => {
    const id = `402-${String(1000000 + i)}-${String(7000000 + ((i * 7919) % 1000))}`;
    const fields = {
      sellerFulfillmentOrderId: id,
      items: [{ sellerSku: `SKU-${i % 4}`, quantity: 1 }],
      ...(i % 3 === 0 ? { marketplace: DE } : {}),
    };
    if (i % 10 === 9) return order(fields);
    const edd = day(-((i * 13) % 120));
    return order({
      ...fields,
      shipments: [
        {
          amazonShipmentId: `S${i}`,
          fulfillmentShipmentStatus: 'SHIPPED',
          shippingDate: day(-((i * 13) % 120) - 3),
          estimatedArrivalDate: edd,
          packages: [
            {
              trackingNumber: `TRK${String(i).padStart(4, '0')}`,
              carrierCode: ['Colissimo', 'DHL', 'UPS'][i % 3],
              currentStatus: i % 4 === 0 ? 'DELIVERED' : 'IN_TRANSIT',
            },
          ],
        },
      ],
    });
  });
}

async function seeded(): Promise<{ db: McfDeskDb; all: OrderSummary[] }> {
  const db = freshDb();
  await storeObservations(db, orders(), 'report', NOW);
  const all = (await db.orders.toArray()).map((row) => summaryOf(row));
  return { db, all };
}

/** Opens `db` again with the orders table's calls seen (and passed on) by `wrap`. */
async function watchOrders(db: McfDeskDb, wrap: (table: DBCoreTable) => Partial<DBCoreTable>): Promise<void> {
  db.use({
    stack: 'dbcore',
    name: 'watch-orders',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return name === 'orders' ? { ...table, ...wrap(table) } : table;
      },
    }),
  });
  await db.open();
}

async function everyPage(
  db: McfDeskDb,
  filter: TableFilter,
  sort: TableSort,
  inMemoryLimit?: number,
): Promise<{ rows: OrderSummary[]; pages: number }> {
  const rows: OrderSummary[] = [];
  let cursor: OrdersCursor | null = null;
  let pages = 0;
  do {
    const page = await readOrdersPage(db, filter, sort, cursor, NOW, 50, inMemoryLimit);
    expect(page.rows.length).toBeLessThanOrEqual(50);
    rows.push(...page.rows);
    cursor = page.next;
    pages++;
  } while (cursor !== null && pages < 100);
  return { rows, pages };
}

/** The column's value as the table sorts it (ties may come in any key order). */
function sortValue(row: OrderSummary, column: TableSort['column']) {
  return column === 'findings' ? row.severity : (row[column] ?? '');
}

describe('paged orders table (indexed reads)', () => {
  it(
    'pages through every order by each column, up and down, as the in-memory sort orders them',
    SLOW,
    async () => {
      const { db, all } = await seeded();
      expect(all).toHaveLength(130);
      for (const column of SORT_COLUMNS) {
        for (const descending of [false, true]) {
          const sort = { column, descending };
          const { rows, pages } = await everyPage(db, EMPTY_FILTER, sort);
          expect(pages, column).toBe(3);
          expect(new Set(rows.map((r) => r.key)).size, column).toBe(130);
          expect(
            rows.map((r) => sortValue(r, column)),
            `${column} ${descending ? 'down' : 'up'}`,
          ).toEqual(sortRows(all, sort).map((r) => sortValue(r, column)));
        }
      }
    },
  );

  // 14 filters × 2 strategies over fake-indexeddb: seconds on a loaded machine.
  it(
    'filters as the in-memory filters do, from a small range in memory or along the sort index',
    SLOW,
    async () => {
      const { db, all } = await seeded();
      const filters: Partial<TableFilter>[] = [
        { countryCode: 'DE' },
        { kind: 'lost-check' },
        { kind: 'none' },
        { severity: 'action' },
        { severity: 'none' },
        { search: 'sku-2' },
        { search: 'TRK01' },
        { search: '402-1000042' },
        { from: day(-30), to: day(-10) },
        { dateField: 'shipDate', from: day(-60) },
        { focus: 'toCheck' },
        { focus: 'claimNow' },
        { focus: 'deadlineSoon' },
        { countryCode: 'FR', severity: 'warning', search: 'sku-1' },
      ];
      const sort: TableSort = { column: 'edd', descending: true };
      let nonEmpty = 0;
      for (const patch of filters) {
        const filter = { ...EMPTY_FILTER, ...patch };
        const expected = sortRows(filterRows(all, filter, NOW), sort).map((r) => sortValue(r, 'edd'));
        if (expected.length > 0) nonEmpty++;
        for (const limit of [undefined, 0]) {
          const { rows } = await everyPage(db, filter, sort, limit);
          expect(
            rows.map((r) => sortValue(r, 'edd')),
            `${JSON.stringify(patch)} ${limit === 0 ? 'along the index' : 'in memory'}`,
          ).toEqual(expected);
          // A count the first page gives is the number of orders its pages hold.
          const first = await readOrdersPage(db, filter, sort, null, NOW, 50, limit);
          if (first.matching !== undefined)
            expect(first.matching, JSON.stringify(patch)).toBe(expected.length);
        }
        const { matching, stored } = await countOrders(db, filter, NOW);
        expect(stored).toBe(130);
        if (matching !== null) expect(matching, JSON.stringify(patch)).toBe(expected.length);
      }
      expect(nonEmpty).toBeGreaterThan(10);
    },
  );

  it('reads one page, not the table, for the first rows', async () => {
    const { db } = await seeded();
    db.close();
    let read = 0;
    await watchOrders(db, (table) => ({
      getMany: async (req) => {
        const got = await table.getMany(req);
        read += got.length;
        return got;
      },
      query: async (req) => {
        const got = await table.query(req);
        if (req.values) read += got.result.length;
        return got;
      },
      openCursor: async (req) => {
        const cursor = await table.openCursor(req);
        if (cursor) read++;
        return cursor;
      },
    }));
    const page = await readOrdersPage(
      db,
      EMPTY_FILTER,
      { column: 'claimDeadline', descending: false },
      null,
      NOW,
    );
    expect(page.rows).toHaveLength(50);
    // The page's 50 rows, from one range of the sort index (the middleware saw them).
    expect(read).toBe(50);
  });

  it('sizes the ranges of the filters by reading a bounded number of keys, never by counting them', async () => {
    const { db, all } = await seeded();
    db.close();
    let counts = 0;
    const keyReads: (number | undefined)[] = [];
    await watchOrders(db, (table) => ({
      count: async (req) => {
        counts++;
        return table.count(req);
      },
      query: async (req) => {
        if (!req.values) keyReads.push(req.limit);
        return table.query(req);
      },
    }));
    // Two filters, each an index range: a marketplace (about a third of the orders) and a severity.
    const filter: TableFilter = { ...EMPTY_FILTER, countryCode: 'DE', severity: 'warning' };
    const sort: TableSort = { column: 'claimDeadline', descending: false };
    const expected = sortRows(filterRows(all, filter, NOW), sort).map((r) => r.key);
    for (const limit of [5, 3000]) {
      counts = 0;
      keyReads.length = 0;
      const { rows } = await everyPage(db, filter, sort, limit);
      expect(rows.map((r) => r.key)).toEqual(expected);
      expect(counts, 'no range counted whole').toBe(0);
      expect(keyReads.length).toBeGreaterThanOrEqual(2);
      for (const bound of keyReads) expect(bound).toBe(limit + 1);
    }
  });

  it('never takes a cut multi-entry range for a whole one (an order naming several matching terms)', async () => {
    const db = freshDb();
    // One order with four SKUs matching the search, three with one: 7 entries for 4 orders.
    const sku = (id: string, skus: string[]) =>
      order({ sellerFulfillmentOrderId: id, items: skus.map((sellerSku) => ({ sellerSku, quantity: 1 })) });
    await storeObservations(
      db,
      [
        sku('402-0000001-0000001', ['ZZ1', 'ZZ2', 'ZZ3', 'ZZ4']),
        sku('402-0000001-0000002', ['ZZ9']),
        sku('402-0000001-0000003', ['ZZ9']),
        sku('402-0000001-0000004', ['ZZ9']),
        sku('402-0000001-0000005', ['AB1']),
      ],
      'report',
      NOW,
    );
    const filter: TableFilter = { ...EMPTY_FILTER, search: 'zz' };
    const sort: TableSort = { column: 'orderId', descending: false };
    for (const limit of [3, 4, 6, 7, 3000]) {
      const { rows } = await everyPage(db, filter, sort, limit);
      expect(
        rows.map((r) => r.orderId),
        `in-memory limit ${limit}`,
      ).toEqual(['402-0000001-0000001', '402-0000001-0000002', '402-0000001-0000003', '402-0000001-0000004']);
      const first = await readOrdersPage(db, filter, sort, null, NOW, 50, limit);
      if (first.matching !== undefined) expect(first.matching, `in-memory limit ${limit}`).toBe(4);
    }
  });
});
