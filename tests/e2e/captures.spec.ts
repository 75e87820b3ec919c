import { readdirSync, readFileSync } from 'node:fs';
import { parseCaptureHeader } from '../../core/capture/header';
import type { OrderInput } from '../../core/model/order';
import { orderKey } from '../../core/model/order-key';
import type { ExpectedReading } from '../unit/capture/expected-reading';
import { expect, test, waitForStoredOrder } from './fixtures';

// Every capture in tests/fixtures/captures/ served at the URL its header records, in Chromium
// with the built extension: the order it stores is the capture's expected reading (the unit test
// tests/unit/capture/captures.test.ts checks the same file in happy-dom, field by field).

const DIR = new URL('../fixtures/captures/', import.meta.url);
const captures = readdirSync(DIR).filter((name) => name.endsWith('.html'));

/** What the page shows of an order, without what the database adds (provenance, defaults). */
function shown(order: OrderInput) {
  return {
    sellerFulfillmentOrderId: order.sellerFulfillmentOrderId,
    displayableOrderId: order.displayableOrderId,
    fulfillmentOrderStatus: order.fulfillmentOrderStatus,
    estimatedArrivalDate: order.estimatedArrivalDate,
    salesChannel: order.salesChannel,
    items: (order.items ?? []).map((i) => ({ sellerSku: i.sellerSku, quantity: i.quantity, asin: i.asin })),
    shipments: (order.shipments ?? []).map((s) => ({
      shippingDate: s.shippingDate,
      estimatedArrivalDate: s.estimatedArrivalDate,
      packages: (s.packages ?? []).map((p) => ({
        carrierCode: p.carrierCode,
        trackingNumber: p.trackingNumber,
        currentStatus: p.currentStatus,
      })),
    })),
  };
}

test('the capture folder holds at least one capture', () => {
  expect(captures.length).toBeGreaterThan(0);
});

for (const name of captures) {
  test(`capture ${name} served at its recorded URL reads as expected`, async ({
    context,
    serve,
    askBackground,
  }) => {
    const html = readFileSync(new URL(name, DIR), 'utf8');
    const header = parseCaptureHeader(html);
    if (!header) throw new Error(`${name} has no capture header`);
    const expected = JSON.parse(
      readFileSync(new URL(name.replace(/\.html$/, '.expected.json'), DIR), 'utf8'),
    ) as ExpectedReading;
    await serve({ [header.url]: html });
    const page = await context.newPage();
    await page.goto(header.url);
    if (expected.kind === 'refused') {
      await expect(page.locator('mcf-desk-overlay [data-testid="overlay-refused"]')).toBeVisible();
      return;
    }
    if (expected.kind === 'none') {
      await page.waitForTimeout(1_500);
      await expect(page.locator('mcf-desk-overlay section.mcf')).toHaveCount(0);
      return;
    }
    const want = expected.order as unknown as OrderInput;
    const key = orderKey(want);
    await waitForStoredOrder(askBackground, key);
    const reply = await askBackground('order.get', { key });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(shown((reply.value as { order: OrderInput }).order)).toEqual(shown(want));
  });
}
