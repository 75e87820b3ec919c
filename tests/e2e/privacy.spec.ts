import { DEMO_ORDER_URL, renderDemoPage, todayInParis } from '../../scripts/demo/render-demo-page.mjs';
import { expect, test } from './fixtures';

// "No network requests of our own": record every request of the browser context (pages, the
// content script, the service worker) while the extension reads an order page, stores it and
// shows its popup, and while the seller saves the page from the overlay (page capture; teach
// mode has its own recorder in teach.spec.ts). The fixture page loads nothing itself, so anything beyond its own navigation
// and our own packaged files would be the extension talking to the outside world.
test('the extension sends no request of its own while it works on an order page', async ({
  context,
  serve,
  badgeText,
  openPopup,
}) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await serve({ [DEMO_ORDER_URL]: renderDemoPage(todayInParis()) });

  const page = await context.newPage();
  await page.goto(DEMO_ORDER_URL);
  await expect.poll(badgeText).not.toBe('');
  const popup = await openPopup();
  await popup.waitForLoadState('networkidle');
  await page.reload();
  await page.waitForLoadState('networkidle');

  // Page capture from the overlay: the file is built in the page and downloaded from memory.
  const overlay = page.locator('mcf-desk-overlay');
  await overlay.locator('[data-testid="capture-page"]').click();
  await expect(overlay.locator('[data-testid="capture-removed"]')).toBeVisible();
  const download = page.waitForEvent('download');
  await overlay.locator('[data-testid="capture-confirm"]').click();
  expect((await download).suggestedFilename()).toMatch(/^mcf-desk-capture-.*\.html$/);
  await page.waitForLoadState('networkidle');

  // A capture's object URL (blob:) is the page's own memory, not the network.
  const outside = requests.filter(
    (url) => !url.startsWith('chrome-extension://') && !url.startsWith('blob:'),
  );
  expect(outside.length).toBeGreaterThan(0); // the recorder works: it saw the page itself
  expect([...new Set(outside)]).toEqual([DEMO_ORDER_URL]);
});
