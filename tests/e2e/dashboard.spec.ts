import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { DASHBOARD_TEXTS } from '../../components/dashboard/texts';
import { makeReport, orderIdOf, trackingOf } from '../fixtures/reports/make-report';
import { expect, test } from './fixtures';

// The dashboard end to end in Chromium with the built extension: a 1,000-row "Amazon Fulfilled
// Shipments" report goes in through the page's file input, the orders reach the background's
// database, the table and the badge; the table comes back out as CSV.

test('a 1,000-row report imported through the dashboard reaches the table and the badge, and exports as CSV', async ({
  context,
  extensionId,
  badgeText,
}) => {
  const { text, mcfOrders } = makeReport(1000);
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
  // A report says only that the parcel shipped: in words, not Amazon's "SHIPPED".
  await expect(page.getByTestId('order-row').first().locator('.cell.status')).toHaveText('colis expédié');
  expect(await page.getByTestId('orders-scroll').textContent()).not.toMatch(/SHIPPED|[A-Z]+_[A-Z]+/);
  // Virtualized: far fewer rows in the DOM than orders.
  expect(await page.getByTestId('order-row').count()).toBeLessThan(100);
  // The rows' time zone is remembered for the next opening (remembered-zones.ts).
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('mcf-desk:time-zones')))
    .toBe(JSON.stringify(['Europe/Paris']));

  // Search by tracking number finds exactly that order.
  await page.getByTestId('search').fill(trackingOf(2));
  await expect(page.getByTestId('order-row')).toHaveCount(1);
  await expect(page.getByTestId('order-row')).toContainText(orderIdOf(2));

  // "Not delivered" answers the Swiship check: the order becomes claimable.
  await page.getByTestId('answer-not-delivered').click();
  await expect(page.getByTestId('order-row')).toContainText('Perdue : réclamer');

  // Its claim text, then the claim filed with its case id.
  await page.getByTestId('select-all').check();
  const [claims] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-claims').click(),
  ]);
  const claimText = readFileSync((await claims.path()) as string, 'utf8');
  expect(claimText.startsWith('\uFEFF')).toBe(true);
  expect(claimText).toContain(orderIdOf(2));
  expect(claimText).toContain(trackingOf(2));
  await page.getByTestId('case-id').fill('12345678901');
  await page.getByTestId('mark-claim').click();
  await expect(page.getByTestId('order-row')).toContainText('✓ 12345678901');
  await page.getByTestId('select-all').uncheck();
  await page.getByTestId('search').fill('');

  // The summary strip: "À réclamer maintenant" counts that one order; clicking it filters the table.
  const claimNow = page.getByTestId('figure-claimNow');
  await expect(page.getByTestId('figure-claimNow-count')).toHaveText('1');
  await claimNow.click();
  await expect(claimNow).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('order-row')).toHaveCount(1);
  await expect(page.getByTestId('order-row')).toContainText(orderIdOf(2));
  await claimNow.click();
  await expect(claimNow).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('order-row').nth(1)).toBeVisible();

  // The keyboard: Tab from the last column header reaches the first row, ArrowDown the second,
  // Space selects it (and unselects it again).
  await page.getByTestId('sort-claimDeadline').focus();
  await page.keyboard.press('Tab');
  const firstRow = page.getByTestId('order-row').first();
  await expect(firstRow).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const secondRow = page.getByTestId('order-row').nth(1);
  await expect(secondRow).toBeFocused();
  await page.keyboard.press('Space');
  await expect(secondRow.getByRole('checkbox')).toBeChecked();
  await expect(firstRow.getByRole('checkbox')).not.toBeChecked();
  await expect(page.getByTestId('selected-count')).toContainText('1');
  await page.keyboard.press('Space');
  await expect(secondRow.getByRole('checkbox')).not.toBeChecked();

  // Only lost-check orders, then export them.
  await page.getByTestId('filter-kind').selectOption('lost-check');
  // The table reads its pages from the database: the filter's rows first ("50+ … (faites défiler
  // …)"), then its exact count ("N commandes sur M").
  const exactCount = async () => {
    const text = (await page.getByTestId('shown-count').textContent()) ?? '';
    return /[+(…]/.test(text) ? null : Number(text.split(' ')[0]?.replace(/\D/g, ''));
  };
  let checkCount = 0;
  await expect
    .poll(async () => {
      checkCount = (await exactCount()) ?? mcfOrders;
      return checkCount;
    })
    .not.toBe(mcfOrders);
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

test('the interface language chosen in the settings holds when the dashboard is opened again', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  await page.getByTestId('setting-language').selectOption('de');
  await page.getByTestId('settings-save').click();
  await expect(page.getByRole('tab', { name: DASHBOARD_TEXTS.de.tabs.orders })).toBeVisible();
  // Opened again on the orders: German from its first render (the remembered choice; the
  // settings themselves are read after the table's first rows) and still once they are read.
  await page.goto('about:blank');
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#orders`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('tab', { name: DASHBOARD_TEXTS.de.tabs.settings })).toBeVisible();
  await page.getByRole('tab', { name: DASHBOARD_TEXTS.de.tabs.settings }).click();
  await expect(page.getByTestId('setting-language')).toHaveValue('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('backup, delete all, restore: the orders and settings come back', async ({
  context,
  extensionId,
  badgeText,
}) => {
  const { text, mcfOrders } = makeReport(300);
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#import`);
  await page.getByTestId('import-file').setInputFiles({
    name: 'report.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(text, 'utf8'),
  });
  await expect(page.getByTestId('summary-created')).toHaveText(String(mcfOrders));
  await expect.poll(badgeText).not.toBe('');
  const badge = await badgeText();

  await page.getByTestId('tab-settings').click();
  await page.getByTestId('setting-claim-window').fill('45');
  await page.getByTestId('settings-save').click();
  await expect(page.getByText('Réglages enregistrés.')).toBeVisible();

  await page.getByTestId('tab-backup').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('backup-download').click(),
  ]);
  const backup = readFileSync((await download.path()) as string, 'utf8');
  expect(JSON.parse(backup)).toMatchObject({ format: 'mcf-desk-backup', version: 1 });

  await page.getByTestId('tab-settings').click();
  await page.getByTestId('delete-all').click();
  await expect(page.getByText('Toutes les données ont été supprimées.')).toBeVisible();
  await expect(page.getByTestId('setting-claim-window')).toHaveValue('90');
  await expect.poll(badgeText).toBe('');

  // A newer backup is refused and changes nothing.
  await page.getByTestId('tab-backup').click();
  await page.getByTestId('backup-restore').setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...JSON.parse(backup), version: 2 })),
  });
  await expect(page.getByTestId('backup-error')).toContainText('newer MCF Desk');

  await page.getByTestId('backup-restore').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  await expect(page.getByTestId('backup-message')).toContainText(String(mcfOrders));
  await expect.poll(badgeText).toBe(badge);
  await page.getByTestId('tab-orders').click();
  await expect(page.getByTestId('shown-count')).toContainText(`sur ${mcfOrders}`);
  await page.getByTestId('tab-settings').click();
  await expect(page.getByTestId('setting-claim-window')).toHaveValue('45');
});
