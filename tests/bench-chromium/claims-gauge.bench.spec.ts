import { test } from '@playwright/test';
import {
  builtExtensionDir,
  extensionIdOf,
  launchWithExtension,
  serviceWorkerOf,
} from '../../scripts/chromium.mjs';

// The claim-rate gauge at 100,000 orders, in a real Chromium (issue 15 item 6): the shipped MCF
// orders of a region's 180 days are COUNTED on the `orders.shipped` index (`<region>|<ship day>`,
// schema v10), never read. Seeds 100,000 rows that carry only what the index needs (their key and
// mark: the other indexes skip them), then times the count the Claims tab issues and the tab
// opening until its gauge shows. Prints figures; asserts nothing about time.
//   MCF_DESK_OUT_DIR=<dir> npx wxt build
//   MCF_DESK_OUT_DIR=<dir> npx playwright test -c playwright.bench.config.ts claims-gauge

const TOTAL = 100_000;

test('claim-rate gauge over 100,000 orders', async () => {
  const context = await launchWithExtension({ extensionDir: builtExtensionDir(), headless: true });
  const id = extensionIdOf(await serviceWorkerOf(context));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/dashboard.html#backup`);
  await page.getByTestId('tab-backup').waitFor();
  const figures = await page.evaluate(async (TOTAL) => {
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('mcf-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await open();
    const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
    for (let start = 0; start < TOTAL; start += 10_000) {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('orders', 'readwrite');
        const store = tx.objectStore('orders');
        for (let i = start; i < start + 10_000; i++) {
          // One year of orders: about half inside the 180 days.
          store.put({ key: `-/FR/BENCH-${String(i).padStart(7, '0')}`, shipped: `EU|${day(i % 365)}` });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    const range = IDBKeyRange.bound(`EU|${day(179)}`, `EU|${day(0)}`);
    const times: number[] = [];
    let count = 0;
    for (let run = 0; run < 11; run++) {
      const t0 = performance.now();
      count = await new Promise<number>((resolve, reject) => {
        const request = db.transaction('orders').objectStore('orders').index('shipped').count(range);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      times.push(performance.now() - t0);
    }
    db.close();
    times.sort((a, b) => a - b);
    return { count, median: times[5], max: times[10] };
  }, TOTAL);
  const t0 = Date.now();
  await page.getByTestId('tab-claims').click();
  await page.locator('[data-testid="gauge-region"][data-region="EU"]').waitFor();
  const tabMs = Date.now() - t0;
  console.log(
    `gauge count over ${TOTAL} orders: ${figures.count} shipped in 180 days, median ${figures.median?.toFixed(1)} ms, max ${figures.max?.toFixed(1)} ms; Claims tab opened with its gauge in ${tabMs} ms`,
  );
  await context.close();
});
