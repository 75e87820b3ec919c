import { DEMO_ORDER_URL, renderDemoPage, todayInParis } from '../../scripts/demo/render-demo-page.mjs';
import { expect, test } from './fixtures';

// "No network requests of our own": record every request of the browser context (pages, the
// content script, the service worker) while the extension reads an order page, stores it and
// shows its popup. The fixture page loads nothing itself, so anything beyond its own navigation
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

  const outside = requests.filter((url) => !url.startsWith('chrome-extension://'));
  expect(outside.length).toBeGreaterThan(0); // the recorder works: it saw the page itself
  expect([...new Set(outside)]).toEqual([DEMO_ORDER_URL]);
});
