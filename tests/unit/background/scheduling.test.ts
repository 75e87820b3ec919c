import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { orderPageUrl } from '../../../core/model/order-key';
import { BADGE_RED } from '../../../entrypoints/background/attention';
import { reviewDue, storeObservations } from '../../../entrypoints/background/store';
import { badge, CONTENT_SCRIPT, inTransit, KEY, ORDER_ID, POPUP, setup } from './helpers';

// D = 2026-03-10 (Paris). R4: lost-claimable from D + 8 = 2026-03-18, which begins in Paris at
// 2026-03-17T23:00Z (UTC+1 in March before the DST change).
const D_PLUS_8 = '2026-03-17T23:00:00.000Z';

describe('scheduling', () => {
  it('an order becomes lost-claimable at D + 8: the alarm, the badge and one notification follow', async () => {
    const { db, time, background, notifications, alarms } = setup('2026-03-13T09:00:00.000Z');
    await storeObservations(db, [inTransit('2026-03-06', '2026-03-10')], 'page', time.now());
    await background.afterWrite();
    expect((await db.orders.get(KEY))?.nextReviewAt).toBe(D_PLUS_8);
    expect((await badge()).text).toBe('');
    // The worker sleeps at most 6 hours.
    expect(alarms.at(-1)).toBe(time.now().getTime() + 6 * 3_600_000);

    time.set('2026-03-17T22:59:59.000Z');
    expect((await background.tick()).reviewed).toBe(0);
    expect(alarms.at(-1)).toBe(Date.parse(D_PLUS_8));
    expect((await badge()).text).toBe('');

    time.set('2026-03-17T23:00:30.000Z');
    expect((await background.tick()).reviewed).toBe(1);
    expect((await badge()).text).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([198, 40, 40, 255]);
    expect(BADGE_RED).toBe('#C62828');
    expect((await badge()).title).toContain('perte à réclamer: 1');
    expect(notifications).toEqual([
      {
        id: `mcf-desk:order:lost-claimable:${KEY}`,
        title: `Commande ${ORDER_ID}`,
        message: 'perte à réclamer',
      },
    ]);
    expect(await background.notificationTarget(notifications[0]?.id as string)).toBe(
      `https://sellercentral.amazon.fr/orders-v3/order/${ORDER_ID}`,
    );

    // Later reviews, a new reading: never a second notification for the same order and kind.
    time.set('2026-03-25T10:00:00.000Z');
    await db.orders.update(KEY, { nextReviewAt: '2026-03-25T00:00:00.000Z' });
    await background.tick();
    await storeObservations(db, [inTransit('2026-03-06', '2026-03-11')], 'page', time.now());
    await background.afterWrite();
    expect(notifications).toHaveLength(1);
  });

  it('re-assesses only the orders that are due', async () => {
    const { db, time } = setup('2026-03-13T09:00:00.000Z');
    const orders = Array.from({ length: 40 }, (_, i) =>
      inTransit('2026-03-06', '2026-03-20', `402-0000000-00000${10 + i}`),
    );
    await storeObservations(db, [...orders, inTransit('2026-03-06', '2026-03-10')], 'page', time.now());
    const before = await db.orders.get('-/FR/402-0000000-0000010');
    time.set('2026-03-17T23:00:30.000Z');
    const result = await reviewDue(db, time.now(), 7);
    expect(result.reviewed).toBe(1);
    expect(await db.orders.get('-/FR/402-0000000-0000010')).toEqual(before);
    expect(result.notify.map((n) => n.kind)).toEqual(['lost-claimable']);
  });

  it('mutes: a snoozed finding leaves the badge until the snooze ends; a dismissed one for good', async () => {
    const { time, background, handlers, notifications } = setup('2026-03-20T09:00:00.000Z');
    await handlers['reading.store'](
      {
        url: 'https://sellercentral.amazon.fr/orders-v3/order/x',
        reading: { order: inTransit('2026-03-06', '2026-03-10'), missing: [] },
      },
      CONTENT_SCRIPT,
    );
    expect((await badge()).text).toBe('1');
    expect(notifications).toHaveLength(1);

    await handlers['finding.snooze'](
      { key: KEY, kind: 'lost-claimable', until: '2026-03-22T10:00:00+01:00' },
      {},
    );
    expect((await badge()).text).toBe('');
    expect((await handlers['order.get']({ key: KEY }, POPUP))?.muted).toEqual([
      { kind: 'lost-claimable', until: '2026-03-22T09:00:00.000Z' },
    ]);
    time.set('2026-03-22T09:00:01.000Z');
    expect((await background.tick()).reviewed).toBe(1);
    expect((await badge()).text).toBe('1');

    await handlers['finding.dismiss']({ key: KEY, kind: 'lost-claimable' }, {});
    expect((await badge()).text).toBe('');
    expect((await handlers['orders.attention']({ offset: 0, limit: 10 }, {})).total).toBe(0);
    await handlers['finding.unmute']({ key: KEY, kind: 'lost-claimable' }, {});
    expect((await badge()).text).toBe('1');
    expect(notifications).toHaveLength(1);
  });

  it('notifications: off records nothing to show; digest groups them once a day', async () => {
    const off = setup('2026-03-20T09:00:00.000Z');
    await off.handlers['settings.update'](
      { notifications: 'off' },
      { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' },
    );
    await storeObservations(off.db, [inTransit('2026-03-06', '2026-03-10')], 'page', off.time.now());
    await off.background.afterWrite();
    expect(off.notifications).toEqual([]);
    expect(await off.background.digest()).toBe(0);

    const digest = setup('2026-03-20T09:00:00.000Z');
    await digest.handlers['settings.update'](
      { notifications: 'digest' },
      { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' },
    );
    const orders = ['402-0000000-0000001', '402-0000000-0000002'].map((id) =>
      inTransit('2026-03-06', '2026-03-10', id),
    );
    await storeObservations(digest.db, orders, 'report', digest.time.now());
    await digest.background.afterWrite();
    expect(digest.notifications).toEqual([]);
    expect(await digest.background.digest()).toBe(2);
    expect(digest.notifications).toHaveLength(1);
    expect(digest.notifications[0]?.title).toBe('2 commandes demandent une action');
    expect(await digest.background.notificationTarget(digest.notifications[0]?.id as string)).toBe('popup');
    expect(await digest.background.digest()).toBe(0);
  });

  it('groups more than three notifications from one import into one', async () => {
    const { db, time, background, notifications } = setup('2026-03-20T09:00:00.000Z');
    const orders = Array.from({ length: 5 }, (_, i) =>
      inTransit('2026-03-06', '2026-03-10', `402-0000000-000000${i}`),
    );
    await storeObservations(db, orders, 'report', time.now());
    await background.afterWrite();
    expect(notifications).toHaveLength(1);
    expect(notifications[0]?.message).toBe('perte à réclamer: 5');
  });

  it('opens the order on its own Seller Central host', () => {
    const order = inTransit('2026-03-06', '2026-03-10');
    expect(
      orderPageUrl({
        ...order,
        marketplace: { ...order.marketplace, host: 'sellercentral-europe.amazon.com' },
      }),
    ).toBe(`https://sellercentral-europe.amazon.com/orders-v3/order/${ORDER_ID}`);
  });
});
