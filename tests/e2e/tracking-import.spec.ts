import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

// Issue 15, item 1, end to end in Chromium: an MCF order imported from a Fulfilled Shipments
// report (no delivery status: "check on Swiship"), then the carrier's status of its package from a
// getPackageTrackingDetails file (Amazon's example response from the 2020-07-01 model, copied to
// tests/fixtures/sp-api, with its tracking number and status replaced) → the order is claimable.

const DAY = 24 * 60 * 60 * 1000;
const ORDER_ID = 'S01-7777777-0000001';
const TRACKING = 'TBA777000111222';

function report(now: number): string {
  const shipped = new Date(now - 30 * DAY).toISOString();
  const edd = new Date(now - 20 * DAY).toISOString();
  return [
    'amazon-order-id\tmerchant-order-id\tshipment-id\tshipment-date\treporting-date\tsku\tquantity-shipped\tcarrier\ttracking-number\testimated-arrival-date\tsales-channel',
    `${ORDER_ID}\tSHOP-7\tDz7\t${shipped}\t${shipped}\tMUG\t1\tAMZN_FR\t${TRACKING}\t${edd}\tNon-Amazon`,
  ].join('\n');
}

function trackingFile(now: number): string {
  const example = JSON.parse(
    readFileSync(new URL('../fixtures/sp-api/getPackageTrackingDetails.json', import.meta.url), 'utf8'),
  ).payload as { trackingEvents: Record<string, unknown>[] } & Record<string, unknown>;
  const inTransit = {
    ...example,
    trackingNumber: TRACKING,
    currentStatus: 'IN_TRANSIT',
    currentStatusDescription: 'In transit to the destination address',
    trackingEvents: [{ ...example.trackingEvents[1], eventDate: new Date(now - 28 * DAY).toISOString() }],
  };
  // A second package that no stored order holds: counted, never written.
  const stranger = { ...example, packageNumber: 1, trackingNumber: 'NOT-STORED-1' };
  return JSON.stringify([{ payload: inTransit }, { payload: stranger }]);
}

test('an order imported from a report, then its tracking details file, becomes lost-claimable', async ({
  context,
  extensionId,
}) => {
  const now = Date.now();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#import`);
  await expect(page.getByTestId('import-marketplace')).toHaveValue('sellercentral.amazon.fr');

  await page.getByTestId('import-file').setInputFiles({
    name: 'Amazon Fulfilled Shipments.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(report(now), 'utf8'),
  });
  await expect(page.getByTestId('summary-created')).toHaveText('1', { timeout: 30_000 });

  await page.getByTestId('tab-orders').click();
  await page.getByTestId('filter-kind').selectOption('lost-check');
  await expect(page.getByTestId('order-row')).toHaveCount(1);
  await expect(page.getByTestId('order-row')).toContainText(ORDER_ID);
  await expect(page.getByTestId('answer-not-delivered')).toBeVisible();

  await page.getByTestId('tab-import').click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'getPackageTrackingDetails.json',
    mimeType: 'application/json',
    buffer: Buffer.from(trackingFile(now), 'utf8'),
  });
  const summary = page.getByTestId('import-summary');
  await expect(page.getByTestId('summary-updated')).toHaveText('1', { timeout: 30_000 });
  await expect(page.getByTestId('summary-rows-read')).toHaveText('2');
  await expect(summary).toContainText(
    '1 tracking detail for a package no stored order holds, nothing written for it (import the order first): tracking NOT-STORED-1, package 1',
  );

  await page.getByTestId('tab-orders').click();
  await page.getByTestId('filter-kind').selectOption('lost-claimable');
  await expect(page.getByTestId('order-row')).toHaveCount(1);
  await expect(page.getByTestId('order-row')).toContainText(ORDER_ID);
  // The carrier answered the Swiship check: no question left.
  await expect(page.getByTestId('answer-not-delivered')).toHaveCount(0);
  await page.getByTestId('filter-kind').selectOption('lost-check');
  await expect(page.getByTestId('order-row')).toHaveCount(0);
});
