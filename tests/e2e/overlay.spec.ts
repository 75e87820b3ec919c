import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { OrderInput } from '../../core/model/order';
import { orderKey } from '../../core/model/order-key';
import { expectedFileFor, PAGE_FIXTURES } from '../fixtures/pages/index';
import { expect, test, waitForStoredOrder } from './fixtures';

// The content script on real Seller Central URLs: it reads each kind of page, stores the order
// through the background and shows the overlay in its shadow root.

const FIXTURES_DIR = new URL('../fixtures/pages/', import.meta.url);
const html = (file: string) => readFileSync(new URL(file, FIXTURES_DIR), 'utf8');
const expected = (file: string) =>
  JSON.parse(readFileSync(new URL(expectedFileFor(file), FIXTURES_DIR), 'utf8')) as {
    order: OrderInput;
    missing: string[];
  } | null;
const fixture = (file: string) => {
  const found = PAGE_FIXTURES.find((f) => f.file === file);
  if (!found) throw new Error(`no fixture ${file}`);
  return found;
};

const overlay = (page: Page) => page.locator('mcf-desk-overlay section.mcf');

const REPRESENTATIVE = [
  'fr-classic-shipped.html', // data-test-id hooks, French dates
  'en-us-katal-mcf-multi.html', // Katal components, shadow roots, 3 shipments
  'de-dl-delivered.html', // dl layout, German dates, delivered
  'fr-late-rendered.html', // built by a script after load, on the European host
  'es-grid-unshipped.html', // div grid, unshipped
];

for (const file of REPRESENTATIVE) {
  test(`reads ${file}, stores the order and shows the overlay`, async ({ context, serve, askBackground }) => {
    const { url } = fixture(file);
    const want = expected(file);
    if (!want) throw new Error(`${file} is expected to be an order page`);
    await serve({ [url]: html(file) });
    const page = await context.newPage();
    await page.goto(url);

    const id = want.order.sellerFulfillmentOrderId ?? want.order.displayableOrderId ?? '';
    await expect(overlay(page)).toContainText(id);
    await expect(page.locator('mcf-desk-overlay [data-testid="overlay-findings"]')).toBeVisible();

    const key = orderKey({ ...want.order, marketplace: want.order.marketplace });
    await waitForStoredOrder(askBackground, key);
    const reply = await askBackground('order.get', { key });
    if (!reply.ok) throw new Error(reply.error.message);
    const stored = (reply.value as { order: OrderInput }).order;
    expect(stored.estimatedArrivalDate).toBe(want.order.estimatedArrivalDate);
    expect(stored.fulfillmentOrderStatus).toBe(want.order.fulfillmentOrderStatus);
    const tracking = (o: OrderInput) =>
      (o.shipments ?? []).flatMap((s) => (s.packages ?? []).map((p) => p.trackingNumber)).sort();
    expect(tracking(stored)).toEqual(tracking(want.order));
    expect((stored.items ?? []).map((i) => [i.sellerSku, i.quantity])).toEqual(
      (want.order.items ?? []).map((i) => [i.sellerSku, i.quantity]),
    );
    expect(Object.values(stored.provenance ?? {}).every((p) => p.source === 'page')).toBe(true);
  });
}

test('shows nothing and stores nothing on a page that is not an order', async ({
  context,
  serve,
  badgeText,
}) => {
  const { url } = fixture('mcf-create-order-not-order.html');
  await serve({ [url]: html('mcf-create-order-not-order.html') });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(1_500);
  await expect(page.locator('mcf-desk-overlay')).toHaveCount(0);
  expect(await badgeText()).toBe('');
});

test('renders hostile page text as text and runs none of it', async ({ context, serve }) => {
  const file = 'fr-hostile-comment.html';
  const { url } = fixture(file);
  await serve({ [url]: html(file) });
  const page = await context.newPage();
  await page.goto(url);
  await expect(overlay(page)).toContainText('405-1112223-3334445');
  expect(await page.locator('mcf-desk-overlay img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
});

test('a field typed by the seller is stored as theirs and survives the next page reading', async ({
  context,
  serve,
  askBackground,
}) => {
  const file = 'it-table-missing-edd.html';
  const { url } = fixture(file);
  const want = expected(file);
  if (!want) throw new Error('order page expected');
  await serve({ [url]: html(file) });
  const page = await context.newPage();
  await page.goto(url);

  const input = page.locator('mcf-desk-overlay #mcf-field-estimatedArrivalDate');
  await input.fill('2024-12-09');
  await page
    .locator('mcf-desk-overlay .mcf-field')
    .filter({ has: page.locator('#mcf-field-estimatedArrivalDate') })
    .getByRole('button')
    .click();
  await expect(page.locator('mcf-desk-overlay .mcf-field [role="status"]').first()).not.toHaveText('');

  const key = orderKey(want.order);
  const read = async () => {
    const reply = await askBackground('order.get', { key });
    if (!reply.ok) throw new Error(reply.error.message);
    return (reply.value as { order: OrderInput }).order;
  };
  await expect.poll(async () => (await read()).estimatedArrivalDate).toBe('2024-12-09');
  expect((await read()).provenance?.estimatedArrivalDate?.source).toBe('user');

  await page.reload();
  await expect(overlay(page)).toBeVisible();
  await page.waitForTimeout(800);
  expect((await read()).estimatedArrivalDate).toBe('2024-12-09');
  expect((await read()).provenance?.estimatedArrivalDate?.source).toBe('user');
});

test('collapsing is remembered across pages and works from the keyboard', async ({ context, serve }) => {
  const file = 'fr-classic-shipped.html';
  const { url } = fixture(file);
  await serve({ [url]: html(file) });
  const page = await context.newPage();
  await page.goto(url);
  const toggle = page.locator('mcf-desk-overlay button.mcf-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('mcf-desk-overlay [data-testid="overlay-findings"]')).toHaveCount(0);

  await page.reload();
  await expect(page.locator('mcf-desk-overlay button.mcf-toggle')).toHaveAttribute('aria-expanded', 'false');
});

test('re-reads after in-app navigation to another order', async ({ context, serve }) => {
  const first = fixture('fr-classic-shipped.html');
  const second = fixture('fr-mcf-unfulfillable.html'); // same origin: pushState allows no other
  await serve({ [first.url]: html(first.file) });
  const page = await context.newPage();
  await page.goto(first.url);
  await expect(overlay(page)).toContainText('402-1234567-1234567');

  // A single-page app swaps its content and pushes the new URL, with no page load.
  await page.evaluate(
    ({ markup, url }) => {
      const next = new DOMParser().parseFromString(markup, 'text/html');
      document.documentElement.lang = next.documentElement.lang;
      document.body.replaceChildren(...[...next.body.childNodes].map((n) => document.importNode(n, true)));
      history.pushState({}, '', url);
    },
    { markup: html(second.file), url: second.url },
  );
  await expect(overlay(page)).toContainText('VMS-2024-0042');
});
