import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_APP_SETTINGS } from '../../../core/model/app-settings';
import {
  McfDeskDb,
  MIGRATED_REVIEW_AT,
  NOT_ASSESSED,
  type OrderRowV1,
  SCHEMA_V1,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V8,
} from '../../../entrypoints/background/db';
import { createBackground } from '../../../entrypoints/background/service';
import { countAttention, reviewDue, storeObservations } from '../../../entrypoints/background/store';
import { freshDb, inTransit, order, POPUP, recordingPlatform, setup } from './helpers';

const fixture: OrderRowV1[] = JSON.parse(
  readFileSync(new URL('../../fixtures/db/v1-orders.json', import.meta.url), 'utf8'),
);

async function writeV1(indexedDB: IDBFactory) {
  const v1 = new Dexie('mcf-desk', { indexedDB, IDBKeyRange });
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('orders').bulkPut(fixture);
  v1.close();
}

/**
 * Settings as an older version stored them: a claim window of 5 days (allowed then), the interface
 * language under its old name `language`, no case-text language.
 */
const OLD_SETTINGS = {
  claimWindowDays: 5,
  returnReminderDays: 30,
  notifications: 'off',
  language: 'fr',
  returnCommentTemplate: 'Retour {orderId}',
};
/** The same settings as they load now. */
const { language: _oldLanguage, ...OLD_KEPT } = OLD_SETTINGS;
const REPAIRED = {
  ...OLD_KEPT,
  uiLanguage: 'fr',
  caseTextLanguage: 'marketplace',
  // Settings added later (issue 15) take their defaults.
  unpaidClaimDays: 30,
  maxItemsPerCase: 5,
};

describe('schema migration', () => {
  it('opens a database written by schema v1 and loses nothing', async () => {
    fakeBrowser.reset();
    const indexedDB = new IDBFactory();
    await writeV1(indexedDB);
    const db = new McfDeskDb('mcf-desk', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(11);

    const orders = await db.orders.toArray();
    expect(orders.map((r) => r.key).sort()).toEqual(fixture.map((r) => r.key).sort());
    for (const old of fixture) {
      const row = await db.orders.get(old.key);
      expect(row?.order).toEqual(old.order);
      expect(row?.updatedAt).toBe(old.updatedAt);
      expect(row?.firstSeenAt).toBe(old.updatedAt);
      expect(row?.conflicts).toEqual([]);
      // v2 kept the v1 assessment (in its own table until v7), due at once.
      expect(row?.assessment).toEqual(old.assessment);
      // v4: every id of the order, indexed.
      expect(row?.ids?.[0]).toBe(old.key);
      expect(await db.orders.where('ids').equals(old.key).primaryKeys()).toEqual([old.key]);
      // Every migrated order is due at once, so the engine assesses it on the next tick.
      expect(row?.nextReviewAt).toBe(MIGRATED_REVIEW_AT);
    }

    const now = new Date('2026-03-01T08:00:00Z');
    expect((await reviewDue(db, now)).reviewed).toBe(fixture.length);
    const assessed = await db.orders.get('-/FR/402-1234567-1234567');
    // Shipped 2026-02-20, expected 2026-02-24, in transit on 2026-03-01: D + 5, watched.
    expect(assessed?.assessment.findings.map((f) => f.kind)).toContain('lost-watch');
    expect(assessed?.nextReviewAt).toBe('2026-03-03T23:00:00.000Z');
    db.close();
  });

  it('opens a database written by schema v3, keeps every table and indexes the ids of its orders', async () => {
    fakeBrowser.reset();
    const indexedDB = new IDBFactory();
    const at = '2026-02-01T10:00:00.000Z';
    // The API keyed this one by the seller's id; the page keyed the other by Amazon's.
    const api = order({ sellerFulfillmentOrderId: 'SHOP-77', displayableOrderId: 'SHOP-77' });
    const page = order({ sellerFulfillmentOrderId: '402-7777777-7777777', displayableOrderId: 'SHOP-78' });
    const tables: Record<string, Record<string, unknown>[]> = {
      orders: [
        { key: '-/FR/SHOP-77', order: api, conflicts: [], firstSeenAt: at, updatedAt: at },
        { key: '-/FR/402-7777777-7777777', order: page, conflicts: [], firstSeenAt: at, updatedAt: at },
      ],
      assessments: [
        {
          key: '-/FR/SHOP-77',
          assessment: { findings: [], nextReviewAt: null },
          assessedAt: at,
          urgency: 0,
          kinds: [],
        },
      ],
      history: [{ id: 1, key: '-/FR/SHOP-77', at, source: 'api', changes: [], conflicts: [] }],
      checklists: [{ key: '-/FR/SHOP-77', steps: { 'lost.open-case': { done: true, at } } }],
      mutes: [{ key: '-/FR/SHOP-77', kind: 'lost-check', until: null, at }],
      notified: [{ key: '-/FR/SHOP-77', kind: 'lost-claimable', at }],
      settings: [{ id: 'app', value: { claimWindowDays: 45 } }],
      meta: [{ id: 'reassess-all-after', value: null }],
      counters: [{ id: 'warning', n: 1 }],
    };
    const v3 = new Dexie('mcf-desk', { indexedDB, IDBKeyRange });
    v3.version(3).stores(SCHEMA_V3);
    for (const [name, rows] of Object.entries(tables)) await v3.table(name).bulkPut(rows);
    v3.close();

    const db = new McfDeskDb('mcf-desk', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(11);
    const { assessments, ...kept } = tables;
    expect(db.tables.map((t) => t.name)).not.toContain('assessments');
    for (const [name, rows] of Object.entries(kept)) {
      const stored = await db.table(name).toArray();
      rows.sort((a, b) => String(Object.values(a)[0]).localeCompare(String(Object.values(b)[0])));
      if (name === 'orders') {
        // v7: each order carries its assessment; one never assessed is due at once.
        const { key: _key, ...assessed } = assessments![0]!;
        expect(stored).toEqual(
          rows.map((row) => ({
            ...row,
            ...(row.key === '-/FR/SHOP-77' ? assessed : NOT_ASSESSED),
            ids: row.key === '-/FR/SHOP-77' ? ['-/FR/SHOP-77'] : ['-/FR/402-7777777-7777777', '-/FR/SHOP-78'],
            // v11: the dashboard table's keys (tested in migration-v11.test.ts).
            listing: expect.objectContaining({ orderId: expect.stringContaining(String(row.key)) }),
          })),
        );
      } else if (name === 'counters') {
        // Rebuilt from the assessments moved (the stored 'warning: 1' matched no assessment).
        expect(stored).toEqual([]);
      } else if (name === 'settings') {
        // v6 rewrites the settings valid: the fields stored then are kept, the others filled in.
        expect(stored).toEqual([{ id: 'app', value: { ...DEFAULT_APP_SETTINGS, claimWindowDays: 45 } }]);
      } else {
        expect(stored).toEqual(rows);
      }
    }
    expect(await db.orders.where('ids').equals('-/FR/SHOP-78').primaryKeys()).toEqual([
      '-/FR/402-7777777-7777777',
    ]);

    // A page visit of the API order after the upgrade joins it.
    const visit = order({ sellerFulfillmentOrderId: '402-1111111-2222222', displayableOrderId: 'SHOP-77' });
    const stored = await storeObservations(db, [visit], 'page', new Date('2026-03-01T09:00:00Z'));
    expect(stored.results).toEqual([{ key: '-/FR/SHOP-77', changed: true }]);
    expect(await db.orders.count()).toBe(2);
    db.close();
  });

  it('opens a database written by schema v4: history keeps every row, read by order key, without its date index', async () => {
    fakeBrowser.reset();
    const indexedDB = new IDBFactory();
    const at = '2026-02-01T10:00:00.000Z';
    const key = '-/FR/402-7777777-7777777';
    const page = order({ sellerFulfillmentOrderId: '402-7777777-7777777' });
    const history = [
      // A creation as v4 wrote it (one change per field), an update, and another order's row.
      {
        id: 1,
        key,
        at,
        source: 'page',
        changes: [{ path: 'fulfillmentOrderStatus', to: 'Processing', source: 'page', seenAt: at }],
        conflicts: [],
      },
      {
        id: 2,
        key,
        at: '2026-02-02T10:00:00.000Z',
        source: 'report',
        changes: [
          {
            path: 'estimatedArrivalDate',
            from: '2026-02-05',
            to: '2026-02-06',
            source: 'report',
            seenAt: at,
          },
        ],
        conflicts: [],
      },
      { id: 3, key: '-/FR/SHOP-77', at, source: 'api', changes: [], conflicts: [] },
    ];
    const v4 = new Dexie('mcf-desk', { indexedDB, IDBKeyRange });
    v4.version(4).stores(SCHEMA_V4);
    await v4
      .table('orders')
      .bulkPut([{ key, order: page, conflicts: [], firstSeenAt: at, updatedAt: at, ids: [key] }]);
    await v4.table('history').bulkPut(history);
    v4.close();

    const db = new McfDeskDb('mcf-desk', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(11);
    // The index is gone from the database itself, not only from Dexie's view of it.
    expect([...db.backendDB().transaction('history').objectStore('history').indexNames]).toEqual(['key']);
    expect(await db.history.toArray()).toEqual(history);
    expect(await db.history.where('key').equals(key).toArray()).toEqual(history.slice(0, 2));
    expect((await db.orders.toArray()).map((r) => r.key)).toEqual([key]);

    // New rows append after the old ones: an update in detail; a creation writes none (v7).
    const later = order({
      sellerFulfillmentOrderId: '402-7777777-7777777',
      estimatedArrivalDate: '2026-02-09',
    });
    const fresh = order({ sellerFulfillmentOrderId: '402-8888888-8888888' });
    await storeObservations(db, [later, fresh], 'page', new Date('2026-03-01T09:00:00Z'));
    const rows = await db.history.toArray();
    expect(rows.map((r) => [r.id, r.key, r.created ?? false])).toEqual([
      [1, key, false],
      [2, key, false],
      [3, '-/FR/SHOP-77', false],
      [4, key, false],
    ]);
    expect((await db.orders.get('-/FR/402-8888888-8888888'))?.created).toEqual({
      source: 'page',
      fields: expect.any(Number),
    });
    db.close();
  });

  it('v5 → v6 rewrites stored settings with a window under 8 days: clamped, the rest kept', async () => {
    const indexedDB = new IDBFactory();
    const v5 = new Dexie('mcf-desk', { indexedDB, IDBKeyRange });
    v5.version(5).stores(SCHEMA_V5);
    await v5.table('settings').put({ id: 'app', value: OLD_SETTINGS });
    v5.close();
    const db = new McfDeskDb('mcf-desk', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(11);
    expect((await db.settings.get('app'))?.value).toEqual({ ...REPAIRED, claimWindowDays: 8 });
    db.close();
  });
});

describe('schema v7: assessments in the order rows', () => {
  it('moves every assessment into its order, drops orphans, rebuilds the counters and the table is gone', async () => {
    const indexedDB = new IDBFactory();
    const at = '2026-02-01T10:00:00.000Z';
    const lost = inTransit('2026-01-06', '2026-01-10', '402-1000000-0000001');
    const quiet = order({ sellerFulfillmentOrderId: '402-1000000-0000002' });
    const finding = {
      kind: 'lost-claimable',
      severity: 'action',
      startedOn: '2026-01-18',
      deadline: '2026-04-10',
      facts: {},
      messageKey: 'lost-claimable',
    };
    const assessed = {
      key: '-/FR/402-1000000-0000001',
      assessment: { findings: [finding], nextReviewAt: '2026-04-11T00:00:00.000+02:00' },
      assessedAt: at,
      nextReviewAt: '2026-04-10T22:00:00.000Z',
      urgency: 2,
      attention: '0|2026-01-18',
      kinds: ['lost-claimable'],
    };
    const v6 = new Dexie('mcf-desk', { indexedDB, IDBKeyRange });
    v6.version(6).stores(SCHEMA_V6);
    await v6.table('orders').bulkPut([
      { key: assessed.key, order: lost, conflicts: [], firstSeenAt: at, updatedAt: at, ids: [assessed.key] },
      {
        key: '-/FR/402-1000000-0000002',
        order: quiet,
        conflicts: [],
        firstSeenAt: at,
        updatedAt: at,
        ids: ['-/FR/402-1000000-0000002'],
      },
    ]);
    await v6.table('assessments').bulkPut([assessed, { ...assessed, key: '-/FR/402-9999999-9999999' }]);
    await v6.table('counters').bulkPut([
      { id: 'action', n: 2 },
      { id: 'lost-claimable', n: 2 },
    ]);
    v6.close();

    const db = new McfDeskDb('mcf-desk', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(11);
    expect([...db.backendDB().objectStoreNames]).not.toContain('assessments');
    const { key: _key, ...fields } = assessed;
    expect(await db.orders.get(assessed.key)).toMatchObject(fields);
    expect(await db.orders.get('-/FR/402-1000000-0000002')).toMatchObject(NOT_ASSESSED);
    expect(await db.orders.count()).toBe(2);
    // The orphan assessment is not counted any more.
    expect(await countAttention(db)).toEqual({ action: 1, warning: 0, perKind: { 'lost-claimable': 1 } });
    expect(await db.orders.where('kinds').equals('lost-claimable').primaryKeys()).toEqual([assessed.key]);
    expect(await db.orders.where('nextReviewAt').belowOrEqual(MIGRATED_REVIEW_AT).primaryKeys()).toEqual([
      '-/FR/402-1000000-0000002',
    ]);
    // The next tick assesses the order never assessed, and the counters follow.
    expect((await reviewDue(db, new Date('2026-02-02T09:00:00Z'))).reviewed).toBe(1);
    expect((await db.orders.get('-/FR/402-1000000-0000002'))?.assessedAt).toBe('2026-02-02T09:00:00.000Z');
    db.close();
  });
});

describe('schema v9: learned rules', () => {
  it('opens a v8 database with its data kept and an empty learnedRules table, indexed by host', async () => {
    fakeBrowser.reset();
    const indexedDB = new IDBFactory();
    const at = '2026-02-01T10:00:00.000Z';
    const key = '-/FR/402-1000000-0000003';
    const v8 = new Dexie('mcf-desk', { indexedDB, IDBKeyRange });
    v8.version(8).stores(SCHEMA_V8);
    const row = { key, order: order({ sellerFulfillmentOrderId: '402-1000000-0000003' }), conflicts: [] };
    await v8.table('orders').put({ ...row, firstSeenAt: at, updatedAt: at, ids: [key], ...NOT_ASSESSED });
    v8.close();

    const db = new McfDeskDb('mcf-desk', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.orders.get(key)).toMatchObject(row);
    expect(await db.learnedRules.count()).toBe(0);
    const rule = {
      host: 'sellercentral.amazon.fr',
      field: 'estimatedArrivalDate' as const,
      label: 'arrivee prevue',
      override: false,
      createdAt: at,
      example: '12 mars 2026',
    };
    await db.learnedRules.put({ id: 'r1', host: rule.host, rule });
    expect(await db.learnedRules.where('host').equals('sellercentral.amazon.fr').primaryKeys()).toEqual([
      'r1',
    ]);
    db.close();
  });
});

describe('settings stored under older rules', () => {
  it('load with only the invalid fields repaired, and survive the next settings.update', async () => {
    const { db, handlers } = setup();
    await db.settings.put({ id: 'app', value: OLD_SETTINGS as never });
    expect(await handlers['settings.get']({}, { id: 'x' } as never)).toEqual({
      ...REPAIRED,
      claimWindowDays: 8,
    });
    // Another invalid field: only it takes its default.
    await db.settings.put({
      id: 'app',
      value: { ...OLD_SETTINGS, language: 'nl', claimWindowDays: 20 } as never,
    });
    expect(await handlers['settings.get']({}, { id: 'x' } as never)).toEqual({
      ...REPAIRED,
      claimWindowDays: 20,
      uiLanguage: 'auto',
    });
    // A language MCF Desk learned to speak since is kept.
    await db.settings.put({ id: 'app', value: { ...OLD_SETTINGS, language: 'de' } as never });
    expect(await handlers['settings.get']({}, { id: 'x' } as never)).toMatchObject({ uiLanguage: 'de' });
    await db.settings.put({ id: 'app', value: OLD_SETTINGS as never });
    const next = await handlers['settings.update']({ returnReminderDays: 20 }, POPUP);
    expect(next).toEqual({ ...REPAIRED, claimWindowDays: 8, returnReminderDays: 20 });
    expect((await db.settings.get('app'))?.value).toEqual(next);
  });

  it('keep notifications off for the background', async () => {
    const db = freshDb();
    await db.settings.put({ id: 'app', value: OLD_SETTINGS as never });
    const recorded = recordingPlatform();
    const background = createBackground({
      db,
      now: () => new Date('2026-03-20T09:00:00Z'),
      platform: recorded.platform,
    });
    await storeObservations(
      db,
      [inTransit('2026-03-01', '2026-03-03')],
      'page',
      new Date('2026-03-20T09:00:00Z'),
    );
    await background.tick();
    expect(recorded.notifications).toEqual([]);
  });
});
