import {
  DEMO_ORDER_ID,
  DEMO_ORDER_URL,
  renderDemoPage,
  todayInParis,
} from '../../scripts/demo/render-demo-page.mjs';
import { expect, test } from './fixtures';

// The whole path: order page → content script reads it → background stores it in IndexedDB →
// badge → popup lists it.
test('an order page visited on Seller Central reaches the database, the badge and the popup', async ({
  context,
  serve,
  badgeText,
  openPopup,
  serviceWorker,
}) => {
  await serve({ [DEMO_ORDER_URL]: renderDemoPage(todayInParis()) });
  expect(await badgeText()).toBe('');

  const page = await context.newPage();
  await page.goto(DEMO_ORDER_URL);

  await expect.poll(badgeText).not.toBe('');
  const stored = await serviceWorker.evaluate(
    (id) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('mcf-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('orders').objectStore('orders').getAllKeys();
          request.onsuccess = () => resolve((request.result as string[]).filter((key) => key.endsWith(id)));
        };
      }),
    DEMO_ORDER_ID,
  );
  expect(stored).toHaveLength(1);

  const popup = await openPopup();
  await expect(popup.getByTestId('order-list')).toContainText(DEMO_ORDER_ID);
});
