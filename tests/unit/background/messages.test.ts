import { describe, expect, it } from 'vitest';
import { ENVELOPE_TAG, type WireReply } from '../../../core/messages/protocol';
import type { SenderInfo } from '../../../core/messages/sender';
import { createBackgroundRoute } from '../../../entrypoints/background/router';
import {
  CONTENT_SCRIPT,
  EXTENSION,
  inTransit,
  KEY,
  ORDER_ID,
  ORDER_URL,
  order,
  POPUP,
  setup,
} from './helpers';

// Through the worker's real router, sender rules included (WXT's fake `runtime.sendMessage` drops
// Promise replies, so the router is called directly with the sender a browser would pass).

function harness(start = '2026-03-20T09:00:00.000Z') {
  const env = setup(start);
  const route = createBackgroundRoute(env.deps, EXTENSION);
  const send = async (type: string, payload: unknown, sender: SenderInfo = POPUP) =>
    (await route({ tag: ENVELOPE_TAG, type, payload }, sender)) as WireReply;
  const tableSizes = async () =>
    Promise.all(
      (['orders', 'history', 'checklists', 'mutes', 'notified', 'settings'] as const).map((t) =>
        env.db.table(t).count(),
      ),
    );
  return { ...env, send, tableSizes };
}

const reading = (o = inTransit('2026-03-06', '2026-03-10')) => ({
  url: ORDER_URL,
  reading: { order: o, missing: [] },
});

describe('background messages', () => {
  it('refuses malformed requests with a typed error and writes nothing', async () => {
    const { send, tableSizes } = harness();
    const bad: [string, unknown][] = [
      ['reading.store', { url: 'http://sellercentral.amazon.fr/x', reading: reading().reading }],
      ['reading.store', { url: ORDER_URL, reading: { order: { marketplace: {} }, missing: [] } }],
      ['checklist.update', { key: KEY, stepId: '', done: true }],
      ['finding.snooze', { key: KEY, kind: 'lost-claimable', until: 'tomorrow' }],
      ['finding.dismiss', { key: KEY, kind: 'no-such-kind' }],
      ['order.setUserFields', { key: KEY, fields: [] }],
      ['settings.update', { claimWindowDays: 0 }],
      ['settings.update', { colour: 'red' }],
      ['orders.attention', { offset: -1, limit: 10 }],
    ];
    for (const [type, payload] of bad) {
      const reply = await send(type, payload);
      expect(reply.ok, type).toBe(false);
      if (!reply.ok) expect(reply.error.code, `${type} ${JSON.stringify(payload)}`).toBe('bad-request');
    }
    expect(await tableSizes()).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('refuses senders that are neither our pages nor a Seller Central content script', async () => {
    const { send, tableSizes } = harness();
    const strangers: SenderInfo[] = [
      { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' },
      { id: EXTENSION.id, url: 'https://evil.example/page', tab: { id: 1 } },
      { id: EXTENSION.id, url: 'http://sellercentral.amazon.fr/orders-v3/order/1', tab: { id: 1 } },
      {},
    ];
    for (const sender of strangers) {
      const reply = await send('reading.store', reading(), sender);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await tableSizes()).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('answers settings (read and write) to extension pages only', async () => {
    const { send } = harness();
    expect(await send('settings.update', { claimWindowDays: 30 }, CONTENT_SCRIPT)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await send('settings.get', {}, CONTENT_SCRIPT)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await send('settings.get', {})).toMatchObject({ ok: true, value: { claimWindowDays: 90 } });
    const updated = await send('settings.update', { claimWindowDays: 30, uiLanguage: 'de' });
    expect(updated).toMatchObject({
      ok: true,
      value: { claimWindowDays: 30, uiLanguage: 'de', notifications: 'each' },
    });
    expect(await send('settings.update', {})).toMatchObject({ ok: true, value: { claimWindowDays: 30 } });
  });

  it('stores a reading once: the same reading again writes nothing', async () => {
    const { send, db } = harness();
    const first = await send('reading.store', reading(), CONTENT_SCRIPT);
    expect(first).toMatchObject({ ok: true, value: { key: KEY, changed: true } });
    if (first.ok)
      expect(
        (first.value as { assessment: { findings: { kind: string }[] } }).assessment.findings.map(
          (f) => f.kind,
        ),
      ).toContain('lost-claimable');
    const historyBefore = await db.history.count();
    const updatedAt = (await db.orders.get(KEY))?.updatedAt;
    const second = await send('reading.store', reading(), CONTENT_SCRIPT);
    expect(second).toMatchObject({ ok: true, value: { changed: false } });
    expect(await db.history.count()).toBe(historyBefore);
    expect((await db.orders.get(KEY))?.updatedAt).toBe(updatedAt);

    // A second visit with fewer fields loses nothing.
    const sparse = await send('reading.store', reading(order()), CONTENT_SCRIPT);
    expect(sparse).toMatchObject({ ok: true, value: { changed: false } });
    expect((await db.orders.get(KEY))?.order.shipments[0]?.packages[0]?.trackingNumber).toBe(
      `TRK-${ORDER_ID}`,
    );
  });

  it('keeps values typed by the seller and shows the conflict with a later page', async () => {
    const { send, db, time } = harness();
    await send('reading.store', reading(), CONTENT_SCRIPT);
    const typed = await send('order.setUserFields', {
      key: KEY,
      fields: [
        { path: 'shipments.0.packages.0.currentStatus', value: 'delivered' },
        { path: 'damage.reportedDate', value: '2026-03-19' },
        { path: 'damage.source', value: 'seller' },
      ],
    });
    expect(typed.ok).toBe(true);
    const stored = await db.orders.get(KEY);
    expect(stored?.order.shipments[0]?.packages[0]?.currentStatus).toBe('DELIVERED');
    expect(stored?.order.provenance['damage.reportedDate']?.source).toBe('user');

    time.set('2026-03-21T09:00:00.000Z');
    await send('reading.store', reading(), CONTENT_SCRIPT);
    const detail = await send('order.get', { key: KEY });
    expect(detail).toMatchObject({
      ok: true,
      value: {
        order: { shipments: [{ packages: [{ currentStatus: 'DELIVERED' }] }] },
        conflicts: [
          {
            path: 'shipments.0.packages.0.currentStatus',
            kept: 'DELIVERED',
            observed: 'IN_TRANSIT',
            source: 'page',
          },
        ],
      },
    });
    // The creation is recorded on the row; the history holds what changed it since.
    expect((await db.orders.get(KEY))?.created?.source).toBe('page');
    const history = await db.history.where('key').equals(KEY).toArray();
    expect(history.map((h) => h.source)).toEqual(['user', 'page']);
  });

  it('refuses typed fields that would make an invalid order, writing nothing', async () => {
    const { send, db } = harness();
    await send('reading.store', reading(), CONTENT_SCRIPT);
    const before = await db.orders.get(KEY);
    const attempts = [
      [{ path: 'estimatedArrivalDate', value: '2026-02-30' }],
      [{ path: 'shipments.5.shippingDate', value: '2026-03-01' }],
      [{ path: 'marketplace.host', value: 'evil.example' }],
      [{ path: 'noSuchField', value: 'x' }],
      [
        { path: 'estimatedArrivalDate', value: '2026-03-12' },
        { path: 'shipments.0.packages.0.currentStatus', value: 'TELEPORTED' },
      ],
    ];
    for (const fields of attempts) {
      expect(await send('order.setUserFields', { key: KEY, fields }), JSON.stringify(fields)).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
    expect(await send('order.setUserFields', { key: '-/FR/unknown', fields: attempts[0] })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await db.orders.get(KEY)).toEqual(before);
    expect(await db.history.count()).toBe(0);
  });

  it('keeps a checklist per order, with case ids as notes', async () => {
    const { send } = harness();
    await send('reading.store', reading(), CONTENT_SCRIPT);
    await send('checklist.update', {
      key: KEY,
      stepId: 'contact-support',
      done: true,
      note: 'Case 1234567890',
    });
    const reply = await send('checklist.update', { key: KEY, stepId: 'check-swiship', done: false });
    expect(reply).toMatchObject({
      ok: true,
      value: {
        steps: {
          'contact-support': { done: true, note: 'Case 1234567890', at: '2026-03-20T09:00:00.000Z' },
          'check-swiship': { done: false },
        },
      },
    });
    expect(await send('order.get', { key: KEY })).toMatchObject({
      ok: true,
      value: { checklist: { steps: { 'contact-support': { done: true } } } },
    });
    expect(await send('checklist.update', { key: 'nope/FR/1', stepId: 'a', done: true })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('lists orders needing attention: action first, then warning, oldest first, paged', async () => {
    const { send } = harness('2026-03-20T09:00:00.000Z');
    const store = (o: ReturnType<typeof order>) =>
      send('reading.store', { url: ORDER_URL, reading: { order: o, missing: [] } }, CONTENT_SCRIPT);
    await store(inTransit('2026-03-08', '2026-03-11', '402-0000000-0000001')); // lost-claimable since 03-19
    await store(inTransit('2026-03-01', '2026-03-05', '402-0000000-0000002')); // lost-claimable since 03-13
    await store(order({ sellerFulfillmentOrderId: '402-0000000-0000003' })); // needs-data: warning
    await store(inTransit('2026-03-18', '2026-03-25', '402-0000000-0000004')); // nothing to do
    const first = await send('orders.attention', { offset: 0, limit: 2 });
    expect(first).toMatchObject({ ok: true, value: { total: 3 } });
    const ids = (r: WireReply) =>
      r.ok
        ? (r.value as { items: { order: { sellerFulfillmentOrderId: string } }[] }).items.map(
            (i) => i.order.sellerFulfillmentOrderId,
          )
        : [];
    expect(ids(first)).toEqual(['402-0000000-0000002', '402-0000000-0000001']);
    expect(ids(await send('orders.attention', { offset: 2, limit: 2 }))).toEqual(['402-0000000-0000003']);
    expect(await send('order.get', { key: '-/FR/none' })).toEqual({ ok: true, value: null });
  });

  it("checks the order's host against the sending page's URL (set by the browser), not the payload's", async () => {
    const { send, tableSizes } = harness();
    // A content script on another marketplace cannot store a reading of a .fr order, whatever
    // URL it puts in the payload.
    const elsewhere: SenderInfo = {
      id: EXTENSION.id,
      url: `https://sellercentral.amazon.de/orders-v3/order/${ORDER_ID}`,
      tab: { id: 3 },
    };
    expect(await send('reading.store', reading(), elsewhere)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await tableSizes()).toEqual([0, 0, 0, 0, 0, 0]);
    // The payload's URL is information only: the sender's host is the order's, so it is stored.
    const stored = await send(
      'reading.store',
      { url: 'https://sellercentral.amazon.de/orders-v3/order/1', reading: reading().reading },
      CONTENT_SCRIPT,
    );
    expect(stored).toMatchObject({ ok: true, value: { key: KEY, changed: true } });
  });

  it('a page saying delivered overrides the seller\'s "not delivered", in the history, and the order stops being lost', async () => {
    const { send, db, time } = harness('2026-03-20T09:00:00.000Z');
    const noStatus = inTransit('2026-03-06', '2026-03-10');
    delete noStatus.shipments[0]?.packages[0]?.currentStatus;
    await send('reading.store', reading(noStatus), CONTENT_SCRIPT);
    const path = 'shipments.0.packages.0.currentStatus';
    expect(
      await send('order.setUserFields', { key: KEY, fields: [{ path, value: 'IN_TRANSIT' }] }),
    ).toMatchObject({
      ok: true,
    });
    const kinds = async () => (await db.orders.get(KEY))?.assessment.findings.map((f) => f.kind);
    expect(await kinds()).toContain('lost-claimable');

    time.set('2026-03-21T09:00:00.000Z');
    const delivered = inTransit('2026-03-06', '2026-03-10');
    (delivered.shipments[0]?.packages[0] as { currentStatus: string }).currentStatus = 'DELIVERED';
    const reply = await send('reading.store', reading(delivered), CONTENT_SCRIPT);
    expect(reply).toMatchObject({
      ok: true,
      value: { changed: true, order: { shipments: [{ packages: [{ currentStatus: 'DELIVERED' }] }] } },
    });
    expect(await kinds()).not.toContain('lost-claimable');
    const last = (await db.history.where('key').equals(KEY).toArray()).at(-1);
    expect(last).toMatchObject({
      source: 'page',
      changes: [
        {
          path,
          from: 'IN_TRANSIT',
          to: 'DELIVERED',
          overrode: { source: 'user', seenAt: '2026-03-20T09:00:00.000Z' },
        },
      ],
    });
    // The popup tells the seller their answer was replaced: order.get says so.
    expect(await send('order.get', { key: KEY })).toMatchObject({
      ok: true,
      value: { conflicts: [], overrides: [{ path, at: last?.at }] },
    });
  });
});
