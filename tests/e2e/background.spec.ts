import type { Page } from '@playwright/test';
import {
  DEMO_ORDER_ID,
  DEMO_ORDER_URL,
  renderDemoPage,
  todayInParis,
} from '../../scripts/demo/render-demo-page.mjs';
import { expect, test } from './fixtures';

// The background as MV3 runs it: Chromium stops idle service workers whenever it likes, so the
// badge, the stored orders and the alarms must all outlive the worker.

const KEY = `-/FR/${DEMO_ORDER_ID}`;
const MARKETPLACE = {
  host: 'sellercentral.amazon.fr',
  countryCode: 'FR',
  locale: 'fr-FR',
  timeZone: 'Europe/Paris',
};

function daysAgo(n: number): string {
  return new Date(todayInParis().getTime() - n * 86_400_000).toISOString().slice(0, 10);
}

/** The demo order in full: shipped 16 days ago, expected 12 days ago, still in transit (R4). */
const fullReading = () => ({
  sellerFulfillmentOrderId: DEMO_ORDER_ID,
  marketplace: MARKETPLACE,
  items: [{ sellerSku: 'MUG-BLUE', quantity: 1 }],
  shipments: [
    {
      amazonShipmentId: 'DkQxkR7Nm',
      fulfillmentShipmentStatus: 'SHIPPED',
      shippingDate: daysAgo(16),
      estimatedArrivalDate: daysAgo(12),
      packages: [{ carrierCode: 'Colissimo', trackingNumber: '6A12345678901', currentStatus: 'IN_TRANSIT' }],
    },
  ],
});

interface Reply {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

/** Sends one message to the background from an extension page, as the popup does. */
async function send(page: Page, type: string, payload: unknown): Promise<Reply> {
  return page.evaluate(
    ([type, payload]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }
      ).chrome.runtime.sendMessage({ tag: 'mcf-desk/1', type, payload }),
    [type, payload] as const,
  );
}

async function badgeFrom(page: Page): Promise<string> {
  return page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
    ).chrome.action.getBadgeText({}),
  );
}

async function stopWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

test('the badge, the stored order and a later alarm outlive the service worker', async ({
  context,
  serve,
  openPopup,
}) => {
  await serve({ [DEMO_ORDER_URL]: renderDemoPage(todayInParis()) });
  const ext = await openPopup();

  const stored = await send(ext, 'reading.store', {
    url: DEMO_ORDER_URL,
    reading: { order: fullReading(), missing: [] },
  });
  expect(stored).toMatchObject({ ok: true, value: { key: KEY, changed: true } });
  await expect.poll(() => badgeFrom(ext)).toBe('1');

  await stopWorkers(ext);
  expect(await badgeFrom(ext)).toBe('1');
  const detail = await send(ext, 'order.get', { key: KEY });
  expect(detail).toMatchObject({
    ok: true,
    value: {
      order: { shipments: [{ packages: [{ trackingNumber: '6A12345678901' }] }] },
      assessment: { findings: expect.arrayContaining([expect.objectContaining({ kind: 'lost-claimable' })]) },
    },
  });

  // A snooze of a few seconds: the badge empties, the worker is stopped, and the review alarm
  // set for the end of the snooze must wake it to bring the order back.
  const until = new Date(Date.now() + 4_000).toISOString();
  expect(await send(ext, 'finding.snooze', { key: KEY, kind: 'lost-claimable', until })).toMatchObject({
    ok: true,
  });
  expect(await badgeFrom(ext)).toBe('');
  await stopWorkers(ext);
  await expect.poll(() => badgeFrom(ext), { timeout: 30_000, intervals: [500] }).toBe('1');

  // A second visit with fewer fields (today's content script sends only the id) loses nothing.
  const page = await context.newPage();
  await page.goto(DEMO_ORDER_URL);
  const sparse = await send(ext, 'reading.store', {
    url: DEMO_ORDER_URL,
    reading: {
      order: { sellerFulfillmentOrderId: DEMO_ORDER_ID, marketplace: MARKETPLACE },
      missing: ['shipments'],
    },
  });
  expect(sparse).toMatchObject({ ok: true, value: { changed: false } });
  await stopWorkers(ext);
  const after = await send(ext, 'order.get', { key: KEY });
  // The page visit may add what the page reader found (more items, say); what was known stays.
  expect(after).toMatchObject({
    ok: true,
    value: {
      order: {
        items: expect.arrayContaining([expect.objectContaining({ sellerSku: 'MUG-BLUE' })]),
        shipments: expect.arrayContaining([
          expect.objectContaining({
            shippingDate: daysAgo(16),
            packages: expect.arrayContaining([expect.objectContaining({ trackingNumber: '6A12345678901' })]),
          }),
        ]),
      },
    },
  });
  expect(await badgeFrom(ext)).toBe('1');
});

test('a bad request is refused with nothing stored; an extension page may change settings', async ({
  openPopup,
}) => {
  const ext = await openPopup();
  const bad = await send(ext, 'reading.store', {
    url: DEMO_ORDER_URL,
    reading: { order: { marketplace: {} } },
  });
  expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  expect(await send(ext, 'orders.attention', { offset: 0, limit: 10 })).toMatchObject({
    ok: true,
    value: { total: 0 },
  });
  expect(await send(ext, 'settings.update', { notifications: 'digest' })).toMatchObject({
    ok: true,
    value: { notifications: 'digest', claimWindowDays: 90 },
  });
});
