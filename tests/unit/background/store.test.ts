import { describe, expect, it } from 'vitest';
import { DEFAULT_APP_SETTINGS } from '../../../core/model/app-settings';
import { badgeState } from '../../../entrypoints/background/attention';
import {
  countAttention,
  reassessAll,
  recountAttention,
  storeObservations,
} from '../../../entrypoints/background/store';
import { inTransit, order, POPUP, setup } from './helpers';

describe('storeObservations', () => {
  it('merges a batch in one transaction, exactly like page readings, and counts what it did', async () => {
    const { db, time } = setup('2026-03-20T09:00:00.000Z');
    const a = inTransit('2026-03-06', '2026-03-10', '402-0000000-0000001');
    const b = order({ sellerFulfillmentOrderId: '402-0000000-0000002', estimatedArrivalDate: '2026-03-25' });
    expect(await storeObservations(db, [a, b], 'report', time.now())).toMatchObject({
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    const moved = order({
      sellerFulfillmentOrderId: '402-0000000-0000002',
      estimatedArrivalDate: '2026-03-26',
    });
    expect(await storeObservations(db, [a, moved], 'report', time.now())).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 1,
    });
    expect((await db.orders.get('-/FR/402-0000000-0000002'))?.order.estimatedArrivalDate).toBe('2026-03-26');
    // Creations are recorded on their rows; the history has the one update.
    expect(await db.history.count()).toBe(1);
  });

  it('records a creation on the order row (no history row), and the detailed changes of an update in the history', async () => {
    const { db, time } = setup('2026-03-20T09:00:00.000Z');
    const first = order({
      sellerFulfillmentOrderId: '402-0000000-0000002',
      estimatedArrivalDate: '2026-03-25',
    });
    await storeObservations(db, [first], 'report', time.now());
    const key = '-/FR/402-0000000-0000002';
    const stored = await db.orders.get(key);
    // Its time is `firstSeenAt`; the order's fields and their sources are in the row's provenance.
    expect(stored?.created).toEqual({
      source: 'report',
      fields: Object.keys(stored!.order.provenance).length,
    });
    expect(stored?.created?.fields).toBeGreaterThan(1);
    expect(stored?.firstSeenAt).toBe('2026-03-20T09:00:00.000Z');
    expect(await db.history.where('key').equals(key).count()).toBe(0);

    const moved = order({
      sellerFulfillmentOrderId: '402-0000000-0000002',
      estimatedArrivalDate: '2026-03-26',
    });
    await storeObservations(db, [moved], 'page', new Date('2026-03-20T10:00:00.000Z'));
    const rows = await db.history.where('key').equals(key).toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).not.toHaveProperty('created');
    expect((await db.orders.get(key))?.created).toEqual(stored?.created);
    expect(rows[0]!.changes).toEqual([
      expect.objectContaining({
        path: 'estimatedArrivalDate',
        from: '2026-03-25',
        to: '2026-03-26',
        source: 'page',
      }),
    ]);
  });

  it('keeps two accounts and two marketplaces apart', async () => {
    const { db, time } = setup();
    const fr = order({ sellerFulfillmentOrderId: 'MCF-1' });
    const otherAccount = order({ sellerFulfillmentOrderId: 'MCF-1', merchantId: 'A2' });
    const de = order({
      sellerFulfillmentOrderId: 'MCF-1',
      marketplace: {
        host: 'sellercentral.amazon.de',
        countryCode: 'DE',
        locale: 'de-DE',
        timeZone: 'Europe/Berlin',
      },
    });
    await storeObservations(db, [fr, otherAccount, de], 'page', time.now());
    expect((await db.orders.toCollection().primaryKeys()).sort()).toEqual([
      '-/DE/MCF-1',
      '-/FR/MCF-1',
      'A2/FR/MCF-1',
    ]);
  });

  it('counts the badge from the indexes and re-assesses everything when the policy settings change', async () => {
    const { db, time } = setup('2026-03-20T09:00:00.000Z');
    await storeObservations(
      db,
      [inTransit('2026-03-06', '2026-03-10'), order({ sellerFulfillmentOrderId: 'X-2' })],
      'page',
      time.now(),
    );
    const counts = await countAttention(db);
    expect(counts).toEqual({ action: 1, warning: 1, perKind: { 'lost-claimable': 1, 'needs-data': 1 } });
    expect(badgeState(counts, 'en')).toEqual({
      text: '1',
      color: '#C62828',
      title: 'MCF Desk\nlost: claim now: 1\nmissing data: 1',
    });
    // A claim window of 9 days after the EDD is over on 2026-03-20 (D + 10).
    await db.settings.put({ id: 'app', value: { ...DEFAULT_APP_SETTINGS, claimWindowDays: 9 } });
    expect((await reassessAll(db, time.now(), 1)).reviewed).toBe(2);
    expect(await countAttention(db)).toEqual({ action: 0, warning: 1, perKind: { 'needs-data': 1 } });
    expect(badgeState(await countAttention(db), 'fr').color).toBe('#F9A825');
  });

  it('keeps the badge counters equal to a recount from the indexes through every kind of write', async () => {
    const { db, time, handlers, background } = setup('2026-03-13T09:00:00.000Z');
    const orders = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0
        ? order({ sellerFulfillmentOrderId: `N-${i}` })
        : inTransit('2026-03-06', `2026-03-${String(5 + i).padStart(2, '0')}`, `402-0000000-00000${10 + i}`),
    );
    await storeObservations(db, orders, 'report', time.now());
    await handlers['finding.dismiss']({ key: '-/FR/N-0', kind: 'needs-data' }, {});
    time.set('2026-03-20T09:00:00.000Z');
    await background.tick();
    await handlers['order.setUserFields'](
      {
        key: '-/FR/402-0000000-0000011',
        fields: [{ path: 'shipments.0.packages.0.currentStatus', value: 'DELIVERED' }],
      },
      POPUP,
    );
    const kept = await countAttention(db);
    await recountAttention(db);
    expect(kept).toEqual(await countAttention(db));
    expect(kept.action + kept.warning).toBeGreaterThan(0);
  });
});
