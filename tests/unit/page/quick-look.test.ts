import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayShowOrder, quickLook } from '../../../core/page/quick-look';
import { expectedFileFor, PAGE_FIXTURES } from '../../fixtures/pages';
import { FIXTURE_DIR, loadPage, readFixture } from './load-fixture';

// The content script's quick look (core/page/quick-look.ts): loads the order-page module on a page
// that shows an order-id-shaped text near an order label, whatever its URL.

const hasOrder = (file: string) =>
  (JSON.parse(readFileSync(join(FIXTURE_DIR, expectedFileFor(file)), 'utf8')) as { order: unknown }).order !==
  null;

const look = async (html: string, url = 'https://sellercentral.amazon.fr/some/page') =>
  quickLook((await loadPage(html, url)).document);

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>Seller Central</title></head><body>${body}</body></html>`;

/** Seller Central's navigation menu, on every page: full of order words, without an id. */
const NAV_FR = `<nav><ul>
  <li><a href="/orders-v3">Commandes</a><ul><li><a href="/orders-v3">Gérer les commandes</a></li>
  <li><a href="/order-reports">Rapports sur les commandes</a></li><li><a href="/returns">Gérer les retours</a></li></ul></li>
  <li><a href="/inventory">Stock</a></li><li><a href="/mcf">Ventes Multi-Sites</a></li></ul></nav>`;

const HOME_DASHBOARD = page(
  'fr-FR',
  `${NAV_FR}<main><h1>Accueil</h1>
  <section><h2>Commandes</h2><p>12 commandes en attente · 3 non expédiées · Statut du compte : Sain</p>
  <p>Suivi des performances : taux de commandes défectueuses 0,12 % (objectif &lt; 1 %)</p></section>
  <section><h2>Ventes du jour</h2><p>1 234,56 € · 48 unités</p><p>Mis à jour le 05/12/2024 à 14:32</p></section>
  <section><h2>Actualités</h2><p>Nouveau : expédition Multi-Canal vers 12 pays. Délai de livraison estimé 2 à 4 jours.</p></section>
  </main><script>window.__state = { lastOrderId: "402-9999999-9999999", status: "ok" };</script>`,
);

const INVENTORY_LIST = page(
  'en-US',
  `<nav><a href="/orders-v3">Orders</a> <a href="/inventory">Inventory</a> <a href="/mcf">Multi-Channel Fulfillment</a></nav>
  <main><h1>Manage FBA Inventory</h1><table><thead><tr><th>Status</th><th>SKU</th><th>ASIN</th><th>Available</th><th>Inbound</th></tr></thead><tbody>
  ${Array.from(
    { length: 40 },
    (_, i) =>
      `<tr><td>Active</td><td>SKU-${1000 + i}-BLK</td><td>B0${String(i).padStart(8, '0')}</td><td>${i * 3}</td><td>${i}</td></tr>`,
  ).join('')}
  </tbody></table><p>Order more units before 12/20/2024 to avoid running out. Shipment ID FBA15K7Q9LMP.</p></main>`,
);

const HELP_PAGE = page(
  'de-DE',
  `<main><h1>Hilfe: Multi-Channel-Versand</h1>
  <p>Die Bestellnummer finden Sie auf der Seite „Bestelldetails“. Sie hat das Format XXX-XXXXXXX-XXXXXXX.</p>
  <p>Der Sendungsstatus wird täglich aktualisiert. Die Sendungsnummer des Versanddienstleisters erscheint,
  sobald die Bestellung versandt wurde.</p><p>Artikel 2024-11 der Richtlinien, Stand 3. Dezember 2024.</p></main>`,
);

describe('quickLook on the order fixtures', () => {
  for (const fixture of PAGE_FIXTURES) {
    const expected = hasOrder(fixture.file);
    it(`${expected ? 'looks further on' : 'passes by'} ${fixture.file}`, async () => {
      const { document } = await loadPage(readFixture(fixture.file), fixture.url, {
        runScripts: fixture.lateRendered,
      });
      expect(quickLook(document).mayShowOrder).toBe(expected);
    });
  }

  it('gives its reason: an Amazon id, or a merchant id after its label', async () => {
    const fixture = (file: string) => PAGE_FIXTURES.find((f) => f.file === file)!;
    const load = async (file: string) =>
      quickLook((await loadPage(readFixture(file), fixture(file).url)).document);
    expect((await load('fr-classic-shipped.html')).reason).toBe('amazon-order-id');
    expect(await load('en-us-katal-mcf-multi.html')).toEqual({
      mayShowOrder: true,
      reason: 'labelled-order-id',
    });
    expect((await load('fr-mcf-unfulfillable.html')).reason).toBe('labelled-order-id');
    expect(await load('mcf-create-order-not-order.html')).toEqual({
      mayShowOrder: false,
      reason: 'no-order-id',
    });
  });
});

describe('quickLook on pages that show no order', () => {
  it('passes by the home dashboard (order words everywhere, an id only in a script)', async () => {
    expect(await look(HOME_DASHBOARD, 'https://sellercentral.amazon.fr/home')).toEqual({
      mayShowOrder: false,
      reason: 'no-order-id',
    });
  });

  it('passes by an inventory list (SKUs, ASINs, statuses, a shipment id without order)', async () => {
    expect((await look(INVENTORY_LIST, 'https://sellercentral.amazon.com/inventory/fba')).mayShowOrder).toBe(
      false,
    );
  });

  it('passes by a help page that describes order ids without showing one', async () => {
    expect(
      (await look(HELP_PAGE, 'https://sellercentral.amazon.de/help/hub/reference/G1234')).mayShowOrder,
    ).toBe(false);
  });

  it('passes by an id with no order label near it', async () => {
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(20);
    expect(
      await look(page('en', `<p>Reference</p><p>${filler}</p><p>402-1234567-1234567</p><p>${filler}</p>`)),
    ).toEqual({
      mayShowOrder: false,
      reason: 'no-order-id',
    });
  });

  it('passes by a merchant id whose order-id label is the only label around', async () => {
    expect((await look(page('en', '<h1>Search</h1><p>Order ID SHOP-1234</p>'))).mayShowOrder).toBe(false);
  });

  it('passes by an empty page and a page without body', async () => {
    expect((await look(page('fr', ''))).mayShowOrder).toBe(false);
    const { document } = await loadPage('<html></html>', 'https://sellercentral.amazon.fr/');
    document.body?.remove();
    expect(quickLook(document).mayShowOrder).toBe(false);
  });

  it("never reads MCF Desk's own overlay", async () => {
    const { document } = await loadPage(
      page('fr', '<h1>Accueil</h1>'),
      'https://sellercentral.amazon.fr/home',
    );
    const host = document.createElement('mcf-desk-overlay');
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<section><span>Commande 402-1234567-1234567</span><dl><dt>Statut</dt><dd>Expédié</dd></dl></section>';
    host.textContent = 'Commande 402-1234567-1234567 Statut Expédié';
    document.body.prepend(host);
    expect(mayShowOrder(document)).toBe(false);
  });
});

describe('quickLook on order pages at unknown URLs', () => {
  it('looks further on an old MCF detail page under a legacy /gp/ path', async () => {
    const legacy = page(
      'fr-FR',
      `${NAV_FR}<h1>Détails de la commande multicanal</h1><table>
      <tr><td>ID de commande vendeur :</td><td>VMS-88012</td></tr>
      <tr><td>Statut :</td><td>Terminé</td></tr><tr><td>Transporteur :</td><td>Colissimo</td></tr></table>`,
    );
    expect(
      await look(legacy, 'https://sellercentral.amazon.fr/gp/ssof/order-detail.html?id=VMS-88012'),
    ).toEqual({
      mayShowOrder: true,
      reason: 'labelled-order-id',
    });
  });

  it('looks further on an Amazon id in five languages, label before or after', async () => {
    const pages = [
      page('en', '<dl><dt>Order ID</dt><dd>113-4445556-6667778</dd></dl>'),
      page('fr', '<p>402-1234567-1234567</p><p>Statut : Expédié</p>'),
      page('de', '<div><span>Bestellnummer</span><span>302-7654321-1234567</span></div>'),
      page('es', '<p>Estado del envío: Enviado — 403-2223334-4445556</p>'),
      page('it', '<td>Numero di tracciabilità</td><td>404-9876543-2109876</td>'),
    ];
    for (const html of pages) expect((await look(html)).reason, html).toBe('amazon-order-id');
  });

  it('sees labels in Katal attributes and ids in open shadow roots', async () => {
    const { document } = await loadPage(
      page(
        'en',
        '<kat-label text="Shipment status"></kat-label><kat-badge label="Shipped"></kat-badge><kat-text></kat-text>',
      ),
      'https://sellercentral.amazon.com/mcf/x',
    );
    document
      .querySelector('kat-text')!
      .attachShadow({ mode: 'open' })
      .append(document.createTextNode('Order ID: 112-7654321-7654321'));
    // The light DOM holds no id: the first step lets the page by only when its labels say so.
    expect(quickLook(document).mayShowOrder).toBe(false);
    document.querySelector('kat-label')!.setAttribute('text', 'Order ID');
    expect(quickLook(document).mayShowOrder).toBe(true);
  });
});
