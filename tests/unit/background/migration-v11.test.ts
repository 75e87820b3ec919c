import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { LISTING_EMPTY, LISTING_SEP } from '../../../core/export/order-listing';
import { OrderSchema } from '../../../core/model/order';
import { McfDeskDb, type OrderRow, orderDataOf, SCHEMA_V9 } from '../../../entrypoints/background/db';

// Schema v9 → v11: the orders written before the dashboard table's indexes gain them on upgrade.

const fixture: OrderRow[] = JSON.parse(
  readFileSync(new URL('../../fixtures/db/v9-orders.json', import.meta.url), 'utf8'),
);
const [LOST, GERMAN, SNOOZED] = fixture.map((r) => r.key) as [string, string, string];

async function upgradedDb(): Promise<McfDeskDb> {
  const indexedDB = new IDBFactory();
  const v9 = new Dexie('mcf-desk', { indexedDB, IDBKeyRange });
  v9.version(9).stores(SCHEMA_V9);
  await v9.table('orders').bulkPut(fixture);
  v9.close();
  const db = new McfDeskDb('mcf-desk', { indexedDB, IDBKeyRange });
  await db.open();
  return db;
}

describe('schema v11: the dashboard table indexes', () => {
  it('keeps every v9 row as it was and fills its listing', async () => {
    const db = await upgradedDb();
    expect(db.verno).toBe(11);
    // The fixture's orders are valid orders of today's model.
    for (const row of fixture) expect(OrderSchema.safeParse(row.order).success).toBe(true);
    for (const old of fixture) {
      const row = (await db.orders.get(old.key)) as OrderRow;
      const { listing, shipped: _shipped, ...rest } = row;
      expect(rest).toEqual(old);
      expect(orderDataOf(row)).toEqual(orderDataOf(old));
      expect(listing?.orderId).toBe(`${old.order.sellerFulfillmentOrderId}${LISTING_SEP}${old.key}`);
    }
    const lost = (await db.orders.get(LOST))?.listing;
    expect(lost).toMatchObject({
      countryCode: `FR${LISTING_SEP}${LOST}`,
      shipDate: `2026-01-06${LISTING_SEP}${LOST}`,
      edd: `2026-01-10${LISTING_SEP}${LOST}`,
      carrier: `Colissimo${LISTING_SEP}${LOST}`,
      tracking: `6A11111111111${LISTING_SEP}${LOST}`,
      // Severity "action" (rank 2) + 1.
      findings: `3${LISTING_SEP}${LOST}`,
      claimDeadline: `2026-04-10${LISTING_SEP}${LOST}`,
      due: '2026-04-10',
      allKinds: ['lost-claimable'],
    });
    expect([...(lost?.terms ?? [])].sort()).toEqual(['402-1111111-1111111', '6a11111111111', 'mug-red']);
    // Nothing shipped: the dates, carrier and tracking sort as empty (last).
    const german = (await db.orders.get(GERMAN))?.listing;
    expect(german?.edd).toBe(`${LISTING_EMPTY}${LISTING_SEP}${GERMAN}`);
    expect(german?.findings).toBe(`0${LISTING_SEP}${GERMAN}`);
    expect(german?.due).toBeUndefined();
    // A snoozed finding keeps its kind for the kind filter, but no open deadline.
    const snoozed = (await db.orders.get(SNOOZED))?.listing;
    expect(snoozed?.allKinds).toEqual(['lost-check']);
    expect(snoozed?.due).toBeUndefined();
    db.close();
  });

  it('answers the table from the new indexes', async () => {
    const db = await upgradedDb();
    expect(await db.orders.orderBy('listing.edd').primaryKeys()).toEqual([LOST, SNOOZED, GERMAN]);
    // 'mug-blue' before 'mug-red'.
    expect(await db.orders.where('listing.terms').startsWith('mug').primaryKeys()).toEqual([SNOOZED, LOST]);
    expect(await db.orders.where('listing.terms').startsWith('302-4242').primaryKeys()).toEqual([GERMAN]);
    expect(await db.orders.where('listing.allKinds').equals('lost-check').primaryKeys()).toEqual([SNOOZED]);
    expect(await db.orders.where('listing.due').between('2026-04-01', '2026-04-30').primaryKeys()).toEqual([
      LOST,
    ]);
    expect(await db.orders.where('listing.countryCode').startsWith(`DE${LISTING_SEP}`).count()).toBe(1);
    db.close();
  });
});
