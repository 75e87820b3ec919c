import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../core/claims/claim';
import { ENVELOPE_TAG, type WireReply } from '../../../core/messages/protocol';
import type { SenderInfo } from '../../../core/messages/sender';
import { type BackgroundMessageType, SENDER_RULES } from '../../../core/messages/sender-rules';
import type { LearnedRule } from '../../../core/teach/learned-rule';
import { claimRowOf } from '../../../entrypoints/background/db';
import type { HandlerDeps } from '../../../entrypoints/background/handlers';
import { backgroundTable, createBackgroundRoute } from '../../../entrypoints/background/router';
import { createTabOrders, type SessionArea } from '../../../entrypoints/background/tab-orders';
import { EXTENSION, inTransit, KEY, ORDER_URL, order, POPUP, setup } from './helpers';

// Issue 17: every message the background answers has a sender rule (core/messages/sender-rules.ts),
// tested both ways through the worker's real router: an allowed sender is answered, a refused one
// gets `forbidden` and nothing is written. A content script asks only about the order its own
// tab stored, on its own host.

const DE = {
  host: 'sellercentral.amazon.de',
  countryCode: 'DE',
  locale: 'de-DE',
  timeZone: 'Europe/Berlin',
};
const DE_ID = '302-7654321-7654321';
const DE_KEY = `-/DE/${DE_ID}`;
const OTHER_FR_ID = '402-9999999-9999999';
const OTHER_FR_KEY = `-/FR/${OTHER_FR_ID}`;

/** A content script in tab 7 on the French order page (it stores that order first). */
const FR_PAGE: SenderInfo = { id: EXTENSION.id, url: ORDER_URL, tab: { id: 7 }, documentId: 'doc-fr' };
/** A content script on the German host. */
const DE_PAGE: SenderInfo = {
  id: EXTENSION.id,
  url: `https://sellercentral.amazon.de/orders-v3/order/${DE_ID}`,
  tab: { id: 9 },
  documentId: 'doc-de',
};
const DASHBOARD: SenderInfo = { id: EXTENSION.id, url: `chrome-extension://${EXTENSION.id}/dashboard.html` };

const frReading = (o = inTransit('2026-03-06', '2026-03-10')) => ({
  url: ORDER_URL,
  reading: { order: o, missing: [] },
});
const deOrder = () => order({ sellerFulfillmentOrderId: DE_ID, marketplace: DE });
const rule = (host: string): LearnedRule => ({
  host,
  field: 'estimatedArrivalDate',
  label: 'lieferung bis',
  override: false,
  createdAt: '2026-03-01T09:00:00.000Z',
  example: '12.03.2026',
});
const eddField = { path: 'estimatedArrivalDate', value: '2026-03-25' };
/** A claim filed for the French page's order (stored as the dashboard would have recorded it). */
const SEEDED_CLAIM: Claim = {
  id: 'claim-1',
  reason: 'lost',
  countryCode: 'FR',
  filedOn: '2026-03-19',
  lines: [{ orderKey: KEY, sellerFulfillmentOrderId: '402-1234567-1234567', items: [] }],
  status: 'filed',
  payments: [],
  updatedAt: '2026-03-19T09:00:00.000Z',
};

/** For each message: a valid payload an extension page may send, and for `own-tab` messages the
 *  payload of the French page's own order and one of an order it does not show. */
const EXAMPLES: Record<BackgroundMessageType, { payload: unknown; own?: unknown; foreign?: unknown[] }> = {
  'reading.store': {
    payload: frReading(),
    own: frReading(),
    // Another marketplace's order, from the French page.
    foreign: [{ url: ORDER_URL, reading: { order: deOrder(), missing: [] } }],
  },
  'order.get': {
    payload: { key: KEY },
    own: { key: KEY },
    foreign: [{ key: DE_KEY }, { key: OTHER_FR_KEY }, { key: '-/FR/unknown' }],
  },
  'order.setUserFields': {
    payload: { key: KEY, fields: [eddField] },
    own: { key: KEY, fields: [eddField] },
    foreign: [
      { key: DE_KEY, fields: [eddField] },
      { key: OTHER_FR_KEY, fields: [eddField] },
    ],
  },
  'orders.attention': { payload: { offset: 0, limit: 10 } },
  'checklist.update': { payload: { key: KEY, stepId: 'lost.open-case', done: true } },
  'finding.snooze': { payload: { key: KEY, kind: 'lost-claimable', until: '2026-03-30T09:00:00Z' } },
  'finding.dismiss': { payload: { key: KEY, kind: 'lost-claimable' } },
  'finding.unmute': { payload: { key: KEY, kind: 'lost-claimable' } },
  'settings.get': { payload: {} },
  'settings.update': { payload: { claimWindowDays: 30 } },
  'order.history': { payload: { key: KEY } },
  'learned.forPage': { payload: {}, own: {} },
  'learned.add': {
    payload: { rule: rule('sellercentral.amazon.fr') },
    own: { rule: rule('sellercentral.amazon.fr') },
    foreign: [{ rule: rule('sellercentral.amazon.de') }],
  },
  'learned.list': { payload: {} },
  'learned.delete': {
    payload: { host: 'sellercentral.amazon.fr', field: 'estimatedArrivalDate', label: 'lieferung bis' },
  },
  'learned.import': { payload: { rules: [rule('sellercentral.amazon.fr')] } },
  'import.chunk': { payload: { source: 'report', orders: [order({ sellerFulfillmentOrderId: 'NEW-1' })] } },
  'orders.markClaim': { payload: { keys: [KEY], filed: true } },
  'backup.restore': {
    payload: {
      first: true,
      last: true,
      orders: [],
      history: [],
      checklists: [],
      mutes: [],
      notified: [],
      learnedRules: [],
    },
  },
  'data.deleteAll': { payload: { confirm: 'delete-all' } },
  'claims.record': { payload: { lines: [{ orderKey: OTHER_FR_KEY }] } },
  'claims.update': { payload: { id: SEEDED_CLAIM.id, caseId: '17654321091' } },
  'claims.delete': { payload: { id: SEEDED_CLAIM.id } },
};

/** The worker's router over fresh data: the French page showed its order; a German order and
 *  another French order are stored too (by the dashboard). */
async function world(session?: SessionArea) {
  const env = setup('2026-03-20T09:00:00.000Z');
  const deps: HandlerDeps = {
    db: env.db,
    now: env.time.now,
    background: env.background,
    isExtensionPage: (sender) => sender.url?.startsWith(`chrome-extension://${EXTENSION.id}/`) === true,
    tabOrders: createTabOrders(session),
  };
  const route = createBackgroundRoute(deps, EXTENSION);
  const send = async (type: string, payload: unknown, sender: SenderInfo) =>
    (await route({ tag: ENVELOPE_TAG, type, payload }, sender)) as WireReply;
  const must = async (type: string, payload: unknown, sender: SenderInfo) => {
    const reply = await send(type, payload, sender);
    if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
    return reply.value;
  };
  await must('reading.store', frReading(), FR_PAGE);
  await must(
    'import.chunk',
    { source: 'report', orders: [deOrder(), inTransit('2026-03-06', '2026-03-10', OTHER_FR_ID)] },
    DASHBOARD,
  );
  await must('learned.import', { rules: [rule('sellercentral.amazon.de')] }, DASHBOARD);
  await env.db.claims.add(claimRowOf(SEEDED_CLAIM));
  const snapshot = async () =>
    JSON.stringify(
      await Promise.all(
        env.db.tables.filter((t) => t.name !== 'meta').map(async (t) => [t.name, await t.toArray()]),
      ),
    );
  return { ...env, deps, route, send, must, snapshot };
}

const forbidden = { ok: false, error: { code: 'forbidden' } };

describe('sender rules', () => {
  it('every message the background answers has a rule, and every rule a message', () => {
    const types = Object.keys(backgroundTable).sort();
    expect(Object.keys(SENDER_RULES).sort()).toEqual(types);
    for (const type of types)
      expect(['extension-pages', 'own-tab'], type).toContain(SENDER_RULES[type as BackgroundMessageType]);
    expect(Object.keys(EXAMPLES).sort()).toEqual(types);
  });

  it('refuses a message with no rule, even from our own pages', async () => {
    const { send } = await world();
    // A type the router knows nothing of is not answered at all; one with a handler but no rule
    // cannot be built from the table, so the rule check is tested on its own.
    const { senderMayAsk } = await import('../../../core/messages/sender-rules');
    expect(senderMayAsk('orders.everything', POPUP, EXTENSION)).toBe(false);
    expect(senderMayAsk('toString', POPUP, EXTENSION)).toBe(false);
    expect(await send('settings.get', {}, POPUP)).toMatchObject({ ok: true });
  });

  for (const [type, rule] of Object.entries(SENDER_RULES)) {
    const example = EXAMPLES[type as BackgroundMessageType];
    it(`${type} (${rule}): answered for an allowed sender, refused for the others`, async () => {
      // Allowed: our extension page, always.
      {
        const { send } = await world();
        const reply = await send(type, example.payload, DASHBOARD);
        expect(reply, `${type} from the dashboard`).toMatchObject({ ok: true });
      }
      // Refused everywhere: a page of another site, another extension.
      {
        const { send, snapshot } = await world();
        const before = await snapshot();
        for (const stranger of [
          { id: EXTENSION.id, url: 'https://evil.example/x', tab: { id: 1 } },
          { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' },
        ]) {
          expect(await send(type, example.payload, stranger), `${type} from a stranger`).toMatchObject(
            forbidden,
          );
        }
        expect(await snapshot()).toBe(before);
      }
      const { send, snapshot } = await world();
      if (rule === 'extension-pages') {
        const before = await snapshot();
        expect(await send(type, example.payload, FR_PAGE), `${type} from a content script`).toMatchObject(
          forbidden,
        );
        expect(await snapshot()).toBe(before);
        return;
      }
      // own-tab: the page's own order or host is answered ...
      expect(await send(type, example.own, FR_PAGE), `${type} for the page's own order`).toMatchObject({
        ok: true,
      });
      // ... any other order or host is refused, with nothing written.
      const before = await snapshot();
      for (const payload of example.foreign ?? []) {
        expect(
          await send(type, payload, FR_PAGE),
          `${type} ${JSON.stringify(payload).slice(0, 80)}`,
        ).toMatchObject(forbidden);
      }
      expect(await snapshot()).toBe(before);
    });
  }
});

describe('a content script asks only about the order its own tab shows', () => {
  it('refuses another marketplace’s order', async () => {
    const { send } = await world();
    expect(await send('order.get', { key: DE_KEY }, FR_PAGE)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'order.get: a page may only ask about the order it shows' },
    });
    // The German page itself, once it stored it, may.
    await send('reading.store', { url: DE_PAGE.url, reading: { order: deOrder(), missing: [] } }, DE_PAGE);
    expect(await send('order.get', { key: DE_KEY }, DE_PAGE)).toMatchObject({
      ok: true,
      value: { key: DE_KEY },
    });
    // And still not the French one.
    expect(await send('order.get', { key: KEY }, DE_PAGE)).toMatchObject(forbidden);
  });

  it('refuses setting user fields on a German order from a French page, and writes nothing', async () => {
    const { send, db } = await world();
    const before = await db.orders.get(DE_KEY);
    expect(await send('order.setUserFields', { key: DE_KEY, fields: [eddField] }, FR_PAGE)).toMatchObject(
      forbidden,
    );
    expect(await db.orders.get(DE_KEY)).toEqual(before);
    expect(await db.history.where('key').equals(DE_KEY).count()).toBe(0);
    // Its own order: typed.
    expect(await send('order.setUserFields', { key: KEY, fields: [eddField] }, FR_PAGE)).toMatchObject({
      ok: true,
    });
    expect((await db.orders.get(KEY))?.order.estimatedArrivalDate).toBe('2026-03-25');
  });

  it('another tab, or the same tab after a reload (another document), has not shown the order', async () => {
    const { send } = await world();
    expect(await send('order.get', { key: KEY }, { ...FR_PAGE, tab: { id: 8 } })).toMatchObject(forbidden);
    expect(await send('order.get', { key: KEY }, { ...FR_PAGE, documentId: 'doc-reloaded' })).toMatchObject(
      forbidden,
    );
    expect(await send('order.get', { key: KEY }, FR_PAGE)).toMatchObject({ ok: true });
  });

  it('the same answer for an order that does not exist as for one the page did not show', async () => {
    const { send } = await world();
    const unknown = await send('order.get', { key: '-/FR/402-0000000-0000000' }, FR_PAGE);
    const hidden = await send('order.get', { key: OTHER_FR_KEY }, FR_PAGE);
    expect(unknown).toEqual(hidden);
  });

  it('lists, settings and mutes are for extension pages only', async () => {
    const { send } = await world();
    for (const [type, payload] of [
      ['orders.attention', { offset: 0, limit: 10 }],
      ['settings.get', {}],
      ['checklist.update', { key: KEY, stepId: 'lost.open-case', done: true }],
      ['finding.dismiss', { key: KEY, kind: 'lost-claimable' }],
      ['learned.list', {}],
    ] as const) {
      expect(await send(type, payload, FR_PAGE), type).toMatchObject(forbidden);
      expect(await send(type, payload, POPUP), type).toMatchObject({ ok: true });
    }
  });

  it('remembers what a tab showed across a restart of the worker (session storage)', async () => {
    const saved: Record<string, unknown> = {};
    const session: SessionArea = {
      get: async (key) => (key in saved ? { [key]: structuredClone(saved[key]) } : {}),
      set: async (items) => {
        Object.assign(saved, structuredClone(items));
      },
    };
    const first = await world(session);
    // A new worker: new handlers and tab memory over the same session storage and database.
    const restarted = createBackgroundRoute(
      { ...first.deps, tabOrders: createTabOrders(session) },
      EXTENSION,
    );
    const ask = async (key: string) =>
      (await restarted({ tag: ENVELOPE_TAG, type: 'order.get', payload: { key } }, FR_PAGE)) as WireReply;
    expect(await ask(KEY)).toMatchObject({ ok: true, value: { key: KEY } });
    expect(await ask(DE_KEY)).toMatchObject(forbidden);
  });

  it('a page reading over the limits is stored cut, and the reply says what was cut', async () => {
    const { send, db } = await world();
    const big = inTransit('2026-03-06', '2026-03-10');
    big.items = [{ sellerSku: 'MUG', quantity: 1, title: 'x'.repeat(1024 * 1024) }];
    const reply = await send('reading.store', frReading(big), FR_PAGE);
    expect(reply).toMatchObject({ ok: true, value: { key: KEY, cut: ['items.0.title'] } });
    expect((await db.orders.get(KEY))?.order.items[0]?.title).toHaveLength(1000);
  });
});
