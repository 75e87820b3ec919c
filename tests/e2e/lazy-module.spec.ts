import { DEMO_ORDER_URL, renderDemoPage, todayInParis } from '../../scripts/demo/render-demo-page.mjs';
import { expect, test } from './fixtures';

// The content script runs on every Seller Central page and stays tiny; the order-page module
// (reader, overlay, return-form relay) loads only where an order may be shown.
const HOME = 'https://sellercentral.amazon.fr/home';
const homePage = '<!doctype html><html lang="fr"><body><h1>Accueil</h1><p>Ventes du jour</p></body></html>';

test('loads the order-page module on an order page, not on the home page', async ({ context, serve }) => {
  const loads: string[] = [];
  context.on('request', (request) => {
    if (request.url().endsWith('/order-page.js')) loads.push(new URL(request.url()).pathname);
  });
  await serve({ [HOME]: homePage, [DEMO_ORDER_URL]: renderDemoPage(todayInParis()) });

  const page = await context.newPage();
  await page.goto(HOME);
  await page.waitForTimeout(1_500);
  expect(loads).toEqual([]);
  await expect(page.locator('mcf-desk-overlay')).toHaveCount(0);

  await page.goto(DEMO_ORDER_URL);
  await expect(page.locator('mcf-desk-overlay section.mcf')).toBeVisible();
  expect(loads.length).toBeGreaterThan(0);
});
