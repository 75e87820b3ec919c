import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from './fixtures';

// The dashboard end to end in Chromium with the built extension: a 1,000-row "Amazon Fulfilled
// Shipments" report goes in through the page's file input, the orders reach the background's
// database, the table and the badge; the table comes back out as CSV.

const HEADER = [
  'amazon-order-id',
  'merchant-order-id',
  'shipment-id',
  'shipment-item-id',
  'shipment-date',
  'sku',
  'product-name',
  'quantity-shipped',
  'item-price',
  'carrier',
  'tracking-number',
  'estimated-arrival-date',
  'fulfillment-center-id',
  'sales-channel',
];

function isoDaysAgo(days: number): string {
  return `${new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 19)}+00:00`;
}

/** 1,000 rows: 800 MCF orders (every 4th has a second item row) and 50 Amazon rows left out. */
function report(): { text: string; mcfOrders: number } {
  const lines = [HEADER.join('\t')];
  let order = 0;
  while (lines.length < 1001) {
    const id = `402-${String(1_000_000 + order).slice(0, 7)}-${String(order).padStart(7, '0')}`;
    const amazon = order % 17 === 16;
    // Old orders (EDD 20+ days ago) need a Swiship check; recent ones are only late or on time.
    const age = order % 2 === 0 ? 25 : 3;
    const row = (item: number) =>
      [
        id,
        `SHOP-${order}`,
        `Dk${order}`,
        `SI-${order}-${item}`,
        isoDaysAgo(age + 4),
        `SKU-${item}`,
        `Produit ${order}`,
        '1',
        '12,50',
        'COLISSIMO',
        `6A${String(order).padStart(11, '0')}`,
        isoDaysAgo(age),
        'ORY1',
        amazon ? 'Amazon.fr' : 'Non-Amazon',
      ].join('\t');
    lines.push(row(1));
    if (order % 4 === 0 && lines.length < 1001) lines.push(row(2));
    order++;
  }
  const mcfOrders = new Set(
    lines
      .slice(1)
      .filter((l) => l.endsWith('Non-Amazon'))
      .map((l) => l.split('\t')[0]),
  ).size;
  return { text: `${lines.join('\n')}\n`, mcfOrders };
}

test('a 1,000-row report imported through the dashboard reaches the table and the badge, and exports as CSV', async ({
  context,
  extensionId,
  badgeText,
}) => {
  const { text, mcfOrders } = report();
  expect(await badgeText()).toBe('');
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#import`);
  await expect(page.getByTestId('import-marketplace')).toHaveValue('sellercentral.amazon.fr');

  await page.getByTestId('import-file').setInputFiles({
    name: 'Amazon Fulfilled Shipments.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(text, 'utf8'),
  });
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('summary-rows-read')).toHaveText('1\u202f000');
  await expect(page.getByTestId('summary-created')).toHaveText(String(mcfOrders));
  await expect(page.getByTestId('summary-rejected')).toHaveText('0');
  expect(Number(await page.getByTestId('summary-not-mcf').textContent())).toBeGreaterThan(0);

  // Old report orders need a Swiship check: the badge shows them.
  await expect.poll(badgeText).not.toBe('');

  await page.getByTestId('tab-orders').click();
  await expect(page.getByTestId('shown-count')).toContainText(String(mcfOrders).slice(0, 1));
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  // Virtualized: far fewer rows in the DOM than orders.
  expect(await page.getByTestId('order-row').count()).toBeLessThan(100);

  // Search by tracking number finds exactly that order.
  await page.getByTestId('search').fill('6A00000000002');
  await expect(page.getByTestId('order-row')).toHaveCount(1);
  await expect(page.getByTestId('order-row')).toContainText('402-1000002-0000002');

  // "Not delivered" answers the Swiship check: the order becomes claimable.
  await page.getByTestId('answer-not-delivered').click();
  await expect(page.getByTestId('order-row')).toContainText('Perdue : réclamer');
  await page.getByTestId('search').fill('');

  // Only lost-check orders, then export them.
  await page.getByTestId('filter-kind').selectOption('lost-check');
  const shown = await page.getByTestId('shown-count').textContent();
  const checkCount = Number((shown ?? '').split(' ')[0]?.replace(/\D/g, ''));
  expect(checkCount).toBeGreaterThan(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-csv').click(),
  ]);
  const csv = readFileSync((await download.path()) as string, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  expect(rows[0]?.[0]).toBe('Commande');
  expect(rows.length - 1).toBe(checkCount);
  expect(rows.slice(1).every((r) => r[9] === 'lost-check')).toBe(true);
  expect(rows[1]?.[8]).toMatch(/^https:\/\/www\.swiship\.com\/track\?id=6A\d{11}&loc=fr-FR$/);

  // The same file again changes nothing.
  await page.getByTestId('tab-import').click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'Amazon Fulfilled Shipments.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(text, 'utf8'),
  });
  await expect(page.getByTestId('summary-unchanged')).toHaveText(String(mcfOrders), { timeout: 30_000 });
  await expect(page.getByTestId('summary-created')).toHaveText('0');
});

test('a malformed file is refused with a clear message and writes nothing', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#import`);
  await page.getByTestId('import-file').setInputFiles({
    name: 'statement.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('date,description,amount\n2024-12-01,Frais,12.50\n'),
  });
  await expect(page.getByTestId('import-error')).toContainText(
    'no "amazon-order-id" or "merchant-order-id" column',
  );
  await page.getByTestId('tab-orders').click();
  await expect(page.getByTestId('shown-count')).toContainText('0');
});

test('the extension options open the dashboard on its settings', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page).toHaveURL(new RegExp(`chrome-extension://${extensionId}/dashboard.html#settings$`));
  await expect(page.getByTestId('setting-claim-window')).toHaveValue('90');
  await page.getByTestId('setting-claim-window').fill('60');
  await page.getByTestId('settings-save').click();
  await expect(page.getByText('Réglages enregistrés.')).toBeVisible();
});
