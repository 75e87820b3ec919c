import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Claim } from '../../../core/claims/claim';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup } from '../../../core/export/backup';
import { ENVELOPE_TAG, type WireReply } from '../../../core/messages/protocol';
import { createDashboardHandlers, readBackup } from '../../../entrypoints/background/dashboard-handlers';
import { claimRowOf, McfDeskDb, NOT_ASSESSED, SCHEMA_V9 } from '../../../entrypoints/background/db';
import type { HandlerDeps } from '../../../entrypoints/background/handlers';
import { createBackgroundRoute } from '../../../entrypoints/background/router';
import { shippedRange } from '../../../entrypoints/background/shipped-mark';
import { countAttention, storeObservations } from '../../../entrypoints/background/store';
import { restoreParts } from '../../../entrypoints/dashboard/restore-parts';
import { EXTENSION, inTransit, KEY, ORDER_ID, order, POPUP, setup } from './helpers';

// The claims' background module (entrypoints/background/claims-store.ts) through the worker's real
// router: a claim recorded, updated or deleted re-assesses its orders in the same transaction (the
// claim replaces "claim now" with its own follow-up), a refused write leaves nothing behind,
// claims travel in backups, and every stored order carries its region's ship-day mark for the gauge.

const OTHER_ID = '402-7654321-7654321';
const OTHER_KEY = `-/FR/${OTHER_ID}`;
const DE = { host: 'sellercentral.amazon.de', countryCode: 'DE', locale: 'de-DE', timeZone: 'Europe/Berlin' };
const DE_ID = '302-1111111-2222222';
const DE_KEY = `-/DE/${DE_ID}`;

/** Shipped 6 March, expected 10 March, still in transit on 20 March: lost, claimable from 18 March. */
async function world() {
  const env = setup('2026-03-20T09:00:00.000Z');
  const deps: HandlerDeps = {
    db: env.db,
    now: env.time.now,
    background: env.background,
    isExtensionPage: (sender) => sender.url?.startsWith(`chrome-extension://${EXTENSION.id}/`) === true,
  };
  const route = createBackgroundRoute(deps, EXTENSION);
  const send = async (type: string, payload: unknown) =>
    (await route({ tag: ENVELOPE_TAG, type, payload }, POPUP)) as WireReply;
  const must = async <T = Claim>(type: string, payload: unknown): Promise<T> => {
    const reply = await send(type, payload);
    if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
    return reply.value as T;
  };
  await storeObservations(
    env.db,
    [
      inTransit('2026-03-06', '2026-03-10'),
      inTransit('2026-03-06', '2026-03-10', OTHER_ID),
      order({
        sellerFulfillmentOrderId: DE_ID,
        marketplace: DE,
        shipments: [
          {
            fulfillmentShipmentStatus: 'SHIPPED',
            shippingDate: '2026-03-06',
            estimatedArrivalDate: '2026-03-10',
            packages: [{ trackingNumber: 'DE-TRK', currentStatus: 'IN_TRANSIT' }],
          },
        ],
      }),
    ],
    'page',
    env.time.now(),
  );
  const kinds = async (key: string) => (await env.db.orders.get(key))?.assessment.findings.map((f) => f.kind);
  const snapshot = async () =>
    JSON.stringify(await Promise.all(env.db.tables.map(async (t) => [t.name, await t.toArray()])));
  return { ...env, deps, send, must, kinds, snapshot };
}

describe('claims.record', () => {
  it('stores the claim from the stored order and replaces "claim now" with its follow-up, in one write', async () => {
    const w = await world();
    expect(await w.kinds(KEY)).toContain('lost-claimable');
    const before = await countAttention(w.db);

    const claim = await w.must('claims.record', { lines: [{ orderKey: KEY }], caseId: ' 17654321091 ' });
    expect(claim).toMatchObject({
      caseId: '17654321091',
      reason: 'lost',
      countryCode: 'FR',
      // Today in Paris.
      filedOn: '2026-03-20',
      status: 'filed',
      payments: [],
      lines: [{ orderKey: KEY, amazonOrderId: ORDER_ID, sellerFulfillmentOrderId: ORDER_ID, items: [] }],
    });
    expect(await w.db.claims.get(claim.id)).toMatchObject({ orderKeys: [KEY] });
    expect(await w.db.claims.where('orderKeys').equals(KEY).count()).toBe(1);

    const kinds = await w.kinds(KEY);
    expect(kinds).toContain('claim-filed');
    expect(kinds).not.toContain('lost-claimable');
    // The badge's counters moved with it: one order fewer to claim.
    const after = await countAttention(w.db);
    expect(after.perKind['lost-claimable']).toBe((before.perKind['lost-claimable'] ?? 0) - 1);
    // The other order is untouched.
    expect(await w.kinds(OTHER_KEY)).toContain('lost-claimable');
  });

  it('takes several orders of one marketplace as one case, with the items asked for', async () => {
    const w = await world();
    const claim = await w.must('claims.record', {
      lines: [{ orderKey: KEY, items: [{ sellerSku: 'MUG', quantity: 2 }] }, { orderKey: OTHER_KEY }],
      reason: 'damaged',
      filedOn: '2026-03-19',
      claimed: { amount: 42.5, currency: 'EUR' },
    });
    expect(claim.lines.map((l) => l.orderKey)).toEqual([KEY, OTHER_KEY]);
    expect(claim.lines[0]?.items).toEqual([{ sellerSku: 'MUG', quantity: 2 }]);
    expect(claim).toMatchObject({ reason: 'damaged', filedOn: '2026-03-19', claimed: { amount: 42.5 } });
    expect((await w.db.claims.get(claim.id))?.orderKeys).toEqual([KEY, OTHER_KEY]);
  });

  it('refuses an unknown order, orders of two marketplaces and an order already in a filed claim, writing nothing', async () => {
    const w = await world();
    await w.must('claims.record', { lines: [{ orderKey: KEY }] });
    const before = await w.snapshot();
    expect(
      await w.send('claims.record', { lines: [{ orderKey: '-/FR/402-0000000-0000000' }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await w.send('claims.record', { lines: [{ orderKey: OTHER_KEY }, { orderKey: DE_KEY }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('marketplace') },
    });
    expect(
      await w.send('claims.record', { lines: [{ orderKey: OTHER_KEY }, { orderKey: KEY }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining(`order ${KEY} is already in a claim`) },
    });
    expect(await w.snapshot()).toBe(before);
  });

  it('flags a claim filed more than the set number of days ago as unpaid', async () => {
    const w = await world();
    await w.must('claims.record', { lines: [{ orderKey: KEY }], filedOn: '2026-02-08' });
    const row = await w.db.orders.get(KEY);
    expect(row?.kinds).toContain('claim-unpaid');
    expect(row?.urgency).toBe(2);
  });
});

describe('claims.update and claims.delete', () => {
  it('sets and clears the case id, and marks the claim refused with the day', async () => {
    const w = await world();
    const { id } = await w.must('claims.record', { lines: [{ orderKey: KEY }] });
    expect(await w.must('claims.update', { id, caseId: '123456' })).toMatchObject({ caseId: '123456' });
    expect(await w.db.claims.where('caseId').equals('123456').count()).toBe(1);
    const cleared = await w.must('claims.update', { id, caseId: null, note: 'asked again' });
    expect(cleared.caseId).toBeUndefined();
    expect(cleared.note).toBe('asked again');

    w.time.set('2026-03-25T23:30:00.000Z');
    const refused = await w.must('claims.update', { id, refused: true });
    // 23:30 UTC is already the 26th in Paris.
    expect(refused).toMatchObject({ status: 'refused', refusedOn: '2026-03-26' });
    expect(await w.kinds(KEY)).toContain('claim-refused');
  });

  it('deletes a claim: the order is claimable again', async () => {
    const w = await world();
    const { id } = await w.must('claims.record', { lines: [{ orderKey: KEY }] });
    expect(await w.must('claims.delete', { id })).toEqual({ ok: true });
    expect(await w.db.claims.count()).toBe(0);
    expect(await w.kinds(KEY)).toContain('lost-claimable');
    expect(await w.send('claims.delete', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('every assessment reads the order’s claims', () => {
  it('a later page reading of a claimed order keeps the claim’s follow-up', async () => {
    const w = await world();
    await w.must('claims.record', { lines: [{ orderKey: KEY }] });
    w.time.set('2026-03-21T09:00:00.000Z');
    const seen = inTransit('2026-03-06', '2026-03-10');
    seen.shipments[0]!.packages[0]!.carrierCode = 'La Poste';
    expect((await storeObservations(w.db, [seen], 'page', w.time.now())).updated).toBe(1);
    const kinds = await w.kinds(KEY);
    expect(kinds).toContain('claim-filed');
    expect(kinds).not.toContain('lost-claimable');
  });
});

describe('the claim-rate gauge’s shipped mark', () => {
  it('every shipped order carries `<region>|<ship day>`, counted by one index range', async () => {
    const w = await world();
    expect((await w.db.orders.get(KEY))?.shipped).toBe('EU|2026-03-06');
    expect((await w.db.orders.get(DE_KEY))?.shipped).toBe('EU|2026-03-06');
    const count = (from: string, to: string) =>
      w.db.orders
        .where('shipped')
        .between(...shippedRange('EU', from, to), true, true)
        .count();
    expect(await count('2025-09-22', '2026-03-20')).toBe(3);
    expect(await count('2026-03-07', '2026-03-20')).toBe(0);
    expect(
      await w.db.orders
        .where('shipped')
        .between(...shippedRange('NA', '2025-01-01', '2026-12-31'), true, true)
        .count(),
    ).toBe(0);
    // Not shipped: no mark.
    await storeObservations(
      w.db,
      [order({ sellerFulfillmentOrderId: '402-5555555-5555555' })],
      'page',
      w.time.now(),
    );
    expect((await w.db.orders.get('-/FR/402-5555555-5555555'))?.shipped).toBeUndefined();
  });

  it('v9 → v10 fills the mark of the orders already stored and opens an empty claims table', async () => {
    fakeBrowser.reset();
    const indexedDB = new IDBFactory();
    const v9 = new Dexie('mcf-desk', { indexedDB, IDBKeyRange });
    v9.version(9).stores(SCHEMA_V9);
    const at = '2026-03-01T09:00:00.000Z';
    const shipped = inTransit('2026-02-27', '2026-03-03');
    const waiting = order({ sellerFulfillmentOrderId: OTHER_ID });
    await v9.table('orders').bulkPut([
      {
        key: KEY,
        order: shipped,
        conflicts: [],
        firstSeenAt: at,
        updatedAt: at,
        ids: [KEY],
        ...NOT_ASSESSED,
      },
      {
        key: OTHER_KEY,
        order: waiting,
        conflicts: [],
        firstSeenAt: at,
        updatedAt: at,
        ids: [OTHER_KEY],
        ...NOT_ASSESSED,
      },
    ]);
    v9.close();
    const db = new McfDeskDb('mcf-desk', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(10);
    expect((await db.orders.get(KEY))?.shipped).toBe('EU|2026-02-27');
    expect((await db.orders.get(KEY))?.order).toEqual(shipped);
    expect((await db.orders.get(OTHER_KEY))?.shipped).toBeUndefined();
    expect(await db.claims.count()).toBe(0);
    expect(await db.orders.where('shipped').startsWith('EU|').primaryKeys()).toEqual([KEY]);
  });
});

describe('claims in backups', () => {
  it('a backup carries the claims; restoring it brings them back and re-assesses their orders', async () => {
    const w = await world();
    const claim = await w.must('claims.record', { lines: [{ orderKey: KEY }], caseId: '999' });
    const backup = parseBackup(JSON.stringify(await readBackup(w.db, w.time.now())));
    expect(backup.claims).toEqual([claim]);

    const target = await world();
    expect(await target.db.claims.count()).toBe(0);
    const dashboard = createDashboardHandlers(target.deps);
    for (const part of restoreParts(backup)) await dashboard['backup.restore'](part, POPUP);
    expect((await target.db.claims.toArray()).map((row) => row.orderKeys)).toEqual([[KEY]]);
    expect(await target.kinds(KEY)).toContain('claim-filed');
    expect(await target.kinds(KEY)).not.toContain('lost-claimable');
  });

  it('a backup written before claims existed restores with none', async () => {
    const w = await world();
    await w.db.claims.add(
      claimRowOf({
        id: 'old',
        reason: 'lost',
        countryCode: 'FR',
        filedOn: '2026-03-01',
        lines: [{ orderKey: KEY, sellerFulfillmentOrderId: ORDER_ID, items: [] }],
        status: 'filed',
        payments: [],
        updatedAt: '2026-03-01T09:00:00.000Z',
      }),
    );
    const older = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2026-03-01T09:00:00.000Z',
      settings: {},
      orders: [],
      history: [],
      checklists: [],
    };
    const backup = parseBackup(JSON.stringify(older));
    expect(backup.claims).toEqual([]);
    const dashboard = createDashboardHandlers(w.deps);
    for (const part of restoreParts(backup)) await dashboard['backup.restore'](part, POPUP);
    expect(await w.db.claims.count()).toBe(0);
  });
});

describe('reimbursements.import', () => {
  /** A parsed row of the report (core/claims/reimbursements-report.ts `ReimbursementRow`). */
  const row = (fields: Record<string, unknown>) => ({
    line: 2,
    approvalDate: '2026-03-24',
    currency: 'EUR',
    quantityTotal: 1,
    ...fields,
  });

  it('pays the claim its case id names, re-assesses its order, and counts what it did; the same rows again change nothing', async () => {
    const w = await world();
    const claim = await w.must('claims.record', {
      lines: [{ orderKey: KEY }],
      caseId: '17654321091',
      claimed: { amount: 25, currency: 'EUR' },
    });
    const rows = [
      row({ reimbursementId: '5071234567', caseId: '17654321091', amountTotal: 25 }),
      row({ line: 3, reimbursementId: '5079999999', amazonOrderId: '171-0000000-0000000', amountTotal: 8 }),
    ];
    expect(await w.must('reimbursements.import', { rows })).toEqual({
      rows: 2,
      matched: 1,
      alreadyApplied: 0,
      unmatched: 1,
      paid: [claim.id],
      partlyPaid: [],
    });
    const stored = await w.db.claims.get(claim.id);
    expect(stored?.status).toBe('paid');
    expect(stored?.payments).toMatchObject([
      { reimbursementId: '5071234567', approvalDate: '2026-03-24', amount: { amount: 25, currency: 'EUR' } },
    ]);
    const kinds = await w.kinds(KEY);
    expect(kinds).not.toContain('lost-claimable');
    expect(kinds?.filter((k) => k.startsWith('claim-'))).toEqual([]);

    const before = await w.snapshot();
    expect(await w.must('reimbursements.import', { rows })).toMatchObject({
      matched: 1,
      alreadyApplied: 1,
      paid: [],
      partlyPaid: [],
    });
    expect(await w.snapshot()).toBe(before);
  });

  it('a payment short of the amount claimed leaves the claim partly paid, flagged on its order', async () => {
    const w = await world();
    const claim = await w.must('claims.record', {
      lines: [{ orderKey: KEY }],
      claimed: { amount: 25, currency: 'EUR' },
    });
    const reply = await w.must('reimbursements.import', {
      rows: [row({ reimbursementId: '5071234567', amazonOrderId: ORDER_ID, amountTotal: 10 })],
    });
    expect(reply).toMatchObject({ matched: 1, paid: [], partlyPaid: [claim.id] });
    expect((await w.db.claims.get(claim.id))?.status).toBe('partly-paid');
    expect(await w.kinds(KEY)).toContain('claim-partly-paid');
  });

  it('refuses rows that are not report rows, writing nothing', async () => {
    const w = await world();
    await w.must('claims.record', { lines: [{ orderKey: KEY }], caseId: '1' });
    const before = await w.snapshot();
    for (const rows of [
      [],
      [row({ reimbursementId: '', amountTotal: 1 })],
      [row({ reimbursementId: 'x', amountTotal: 'a lot' })],
    ]) {
      expect(await w.send('reimbursements.import', { rows })).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
    expect(await w.snapshot()).toBe(before);
  });
});

describe('the unpaid-claim setting', () => {
  it('a change of unpaidClaimDays re-assesses the claimed orders at once', async () => {
    const w = await world();
    await w.must('claims.record', { lines: [{ orderKey: KEY }], filedOn: '2026-03-01' });
    // Filed 19 days ago: not unpaid at the default 30 days.
    expect(await w.kinds(KEY)).not.toContain('claim-unpaid');
    expect(await w.must('settings.update', { unpaidClaimDays: 14 })).toMatchObject({ unpaidClaimDays: 14 });
    expect(await w.kinds(KEY)).toContain('claim-unpaid');
  });
});
