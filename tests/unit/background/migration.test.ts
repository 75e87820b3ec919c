import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  McfDeskDb,
  MIGRATED_REVIEW_AT,
  type OrderRowV1,
  SCHEMA_V1,
} from '../../../entrypoints/background/db';
import { reviewDue } from '../../../entrypoints/background/store';

const fixture: OrderRowV1[] = JSON.parse(
  readFileSync(new URL('../../fixtures/db/v1-orders.json', import.meta.url), 'utf8'),
);

async function writeV1(indexedDB: IDBFactory) {
  const v1 = new Dexie('mcf-desk', { indexedDB, IDBKeyRange });
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('orders').bulkPut(fixture);
  v1.close();
}

describe('schema migration', () => {
  it('opens a database written by schema v1 and loses nothing', async () => {
    fakeBrowser.reset();
    const indexedDB = new IDBFactory();
    await writeV1(indexedDB);
    const db = new McfDeskDb('mcf-desk', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);

    const orders = await db.orders.toArray();
    expect(orders.map((r) => r.key).sort()).toEqual(fixture.map((r) => r.key).sort());
    for (const old of fixture) {
      const row = await db.orders.get(old.key);
      expect(row?.order).toEqual(old.order);
      expect(row?.updatedAt).toBe(old.updatedAt);
      expect(row?.firstSeenAt).toBe(old.updatedAt);
      expect(row?.conflicts).toEqual([]);
      expect(row).not.toHaveProperty('assessment');
      // Every migrated order is due at once, so the engine assesses it on the next tick.
      expect((await db.assessments.get(old.key))?.nextReviewAt).toBe(MIGRATED_REVIEW_AT);
    }

    const now = new Date('2026-03-01T08:00:00Z');
    expect((await reviewDue(db, now)).reviewed).toBe(fixture.length);
    const assessed = await db.assessments.get('-/FR/402-1234567-1234567');
    // Shipped 2026-02-20, expected 2026-02-24, in transit on 2026-03-01: D + 5, watched.
    expect(assessed?.assessment.findings.map((f) => f.kind)).toContain('lost-watch');
    expect(assessed?.nextReviewAt).toBe('2026-03-03T23:00:00.000Z');
    db.close();
  });
});
