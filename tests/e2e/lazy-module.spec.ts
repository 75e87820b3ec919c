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

// The content decides, not the URL: an old MCF detail page under a legacy path, a page whose
// order is drawn seconds later, and an order reached by in-app navigation from the home page.
const LEGACY_URL = 'https://sellercentral.amazon.fr/gp/ssof/order-detail.html?id=VMS-88012';
const orderMarkup = (id: string) =>
  `<h1>Détails de la commande multicanal</h1><table>
  <tr><th>N° de commande</th><td>${id}</td></tr><tr><th>Statut</th><td>Expédié</td></tr>
  <tr><th>Canal de vente</th><td>Non-Amazon</td></tr><tr><th>Date d'expédition</th><td>02/12/2024</td></tr>
  <tr><th>Date de livraison estimée</th><td>5 déc. 2024</td></tr><tr><th>Transporteur</th><td>Chronopost</td></tr>
  <tr><th>Numéro de suivi</th><td>XY123456789FR</td></tr><tr><th>SKU</th><td>BOUGIE-VAN</td></tr>
  <tr><th>Quantité</th><td>3</td></tr></table>`;
const page = (body: string) => `<!doctype html><html lang="fr"><body>${body}</body></html>`;

test('loads the module by content: a legacy path, late rendering, in-app navigation', async ({
  context,
  serve,
}) => {
  const loads: string[] = [];
  context.on('request', (request) => {
    if (request.url().endsWith('/order-page.js')) loads.push(request.url());
  });
  const LATE_URL = 'https://sellercentral.amazon.fr/gp/ssof/late.html';
  await serve({
    [LEGACY_URL]: page(orderMarkup('402-3333333-4444444')),
    [LATE_URL]: page(
      `<div id="app">Chargement…</div><script>setTimeout(() => { document.getElementById('app').innerHTML = ${JSON.stringify(
        orderMarkup('402-5555555-6666666'),
      )}; }, 2500);</script>`,
    ),
    [HOME]: homePage,
  });

  const legacy = await context.newPage();
  await legacy.goto(LEGACY_URL);
  await expect(legacy.locator('mcf-desk-overlay section.mcf')).toContainText('402-3333333-4444444');

  const late = await context.newPage();
  await late.goto(LATE_URL);
  await expect(late.locator('mcf-desk-overlay section.mcf')).toContainText('402-5555555-6666666');

  const spa = await context.newPage();
  await spa.goto(HOME);
  await spa.waitForTimeout(800);
  const before = loads.length;
  await spa.evaluate((markup) => {
    document.body.innerHTML = markup;
    history.pushState({}, '', '/gp/ssof/order-detail.html?id=402-7777777-8888888');
  }, orderMarkup('402-7777777-8888888'));
  await expect(spa.locator('mcf-desk-overlay section.mcf')).toContainText('402-7777777-8888888');
  expect(loads.length).toBeGreaterThan(before);
});
