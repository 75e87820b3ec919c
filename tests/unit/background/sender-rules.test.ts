import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../core/claims/claim';
import { ENVELOPE_TAG, type WireReply } from '../../../core/messages/protocol';
import type { SenderInfo } from '../../../core/messages/sender';
import { type BackgroundMessageType, SENDER_RULES } from '../../../core/messages/sender-rules';
import type { LearnedRule } from '../../../core/teach/learned-rule';
import { claimRowOf } from '../../../entrypoints/background/db';
import type { HandlerDeps } from '../../../entrypoints/background/handlers';
import { backgroundTable, createBackgroundRoute } from '../../../entrypoints/background/router';
import type { SupportDeps } from '../../../entrypoints/background/support-handlers';
import { createPendingPrefills } from '../../../entrypoints/background/support-prefills';
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
  'support.prefill': { payload: { host: 'sellercentral.amazon.fr', lang: 'fr', text: 'Case text' } },
  // A content script asks for its own tab's case text (none waits for the French order page).
  'support.pending': { payload: {}, own: {} },
  'claims.record': { payload: { lines: [{ orderKey: OTHER_FR_KEY }] } },
  'claims.update': { payload: { id: SEEDED_CLAIM.id, caseId: '17654321091' } },
  'claims.delete': { payload: { id: SEEDED_CLAIM.id } },
  'reimbursements.import': {
    payload: {
      rows: [
        {
          line: 2,
          approvalDate: '2026-03-19',
          reimbursementId: '5071234567',
          caseId: '17654321091',
          currency: 'EUR',
          amountTotal: 12.5,
          quantityTotal: 1,
        },
      ],
    },
  },
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
    support: supportTabs(session),
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

/** The tabs the case prefill opens: ids from 41 up, the URLs they were opened at. */
function supportTabs(session?: SessionArea): SupportDeps & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    prefills: createPendingPrefills(session),
    async openTab(url) {
      opened.push(url);
      return 40 + opened.length;
    },
  };
}

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

describe('the case prefill hands its text only to the contact-page tab the background opened', () => {
  const CONTACT = 'https://sellercentral.amazon.fr/help/hub/support';
  const request = { host: 'sellercentral.amazon.fr', lang: 'fr', text: 'Colis perdu', orderId: '402-1' };
  /** The content script of a tab, at a URL, as the browser reports it. */
  const tab = (id: number, url: string): SenderInfo => ({ id: EXTENSION.id, url, tab: { id } });

  it('opens the host’s contact page; another tab, another page or another host gets nothing; the tab gets it once', async () => {
    const { send, deps } = await world();
    const opened = (deps.support as ReturnType<typeof supportTabs>).opened;
    expect(await send('support.prefill', request, DASHBOARD)).toEqual({
      ok: true,
      value: { tabId: 41, url: CONTACT },
    });
    expect(opened).toEqual([CONTACT]);
    // Another tab on a contact page, the opened tab on an order page or on another host: nothing.
    expect(await send('support.pending', {}, tab(42, CONTACT))).toEqual({ ok: true, value: null });
    expect(await send('support.pending', {}, tab(41, ORDER_URL))).toEqual({ ok: true, value: null });
    expect(
      await send('support.pending', {}, tab(41, 'https://sellercentral.amazon.de/help/hub/support')),
    ).toEqual({ ok: true, value: null });
    // The opened tab, on its contact page (a redirect to the older page counts): the text, once.
    expect(
      await send('support.pending', {}, tab(41, 'https://sellercentral.amazon.fr/cu/contact-us?x=1')),
    ).toEqual({ ok: true, value: { lang: 'fr', text: 'Colis perdu', orderId: '402-1' } });
    expect(await send('support.pending', {}, tab(41, CONTACT))).toEqual({ ok: true, value: null });
  });

  it('refuses a host outside the list, and a content script asking to open a tab; no tab opens', async () => {
    const { send, deps } = await world();
    const opened = (deps.support as ReturnType<typeof supportTabs>).opened;
    for (const host of ['evil.example', 'sellercentral.amazon.fr.evil.example', 'amazon.fr']) {
      expect(await send('support.prefill', { ...request, host }, DASHBOARD), host).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
    expect(await send('support.prefill', request, tab(7, CONTACT))).toMatchObject(forbidden);
    expect(await send('support.prefill', request, FR_PAGE)).toMatchObject(forbidden);
    expect(opened).toEqual([]);
  });

  it('a page of another site, even in the opened tab, is refused before anything is handed over', async () => {
    const { send } = await world();
    await send('support.prefill', request, DASHBOARD);
    expect(await send('support.pending', {}, tab(41, 'https://evil.example/help/hub/support'))).toMatchObject(
      forbidden,
    );
    expect(await send('support.pending', {}, tab(41, CONTACT))).toMatchObject({
      ok: true,
      value: { text: 'Colis perdu' },
    });
  });

  it('a page that asks while its tab is still being opened waits for its text', async () => {
    const { deps } = await world();
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tabs = supportTabs();
    const slow: SupportDeps = {
      ...tabs,
      openTab: async (url) => {
        const id = await tabs.openTab(url);
        await gate;
        return id;
      },
    };
    const route = createBackgroundRoute({ ...deps, support: slow }, EXTENSION);
    const opening = route({ tag: ENVELOPE_TAG, type: 'support.prefill', payload: request }, DASHBOARD);
    const asked = route({ tag: ENVELOPE_TAG, type: 'support.pending', payload: {} }, tab(41, CONTACT));
    release();
    expect(await asked).toEqual({ ok: true, value: { lang: 'fr', text: 'Colis perdu', orderId: '402-1' } });
    expect(await opening).toEqual({ ok: true, value: { tabId: 41, url: CONTACT } });
  });

  it('remembers the text across a restart of the worker (session storage)', async () => {
    const saved: Record<string, unknown> = {};
    const session: SessionArea = {
      get: async (key) => (key in saved ? { [key]: structuredClone(saved[key]) } : {}),
      set: async (items) => {
        Object.assign(saved, structuredClone(items));
      },
    };
    const first = await world(session);
    await first.send('support.prefill', request, DASHBOARD);
    const restarted = createBackgroundRoute({ ...first.deps, support: supportTabs(session) }, EXTENSION);
    const reply = await restarted(
      { tag: ENVELOPE_TAG, type: 'support.pending', payload: {} },
      tab(41, CONTACT),
    );
    expect(reply).toEqual({ ok: true, value: { lang: 'fr', text: 'Colis perdu', orderId: '402-1' } });
  });
});
