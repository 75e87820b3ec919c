import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OrderSchema } from '../../../core/model/order';
import { readOrderPage } from '../../../core/page/read-order-page';
import { expectedFileFor, FIXTURE_READ_AT, PAGE_FIXTURES } from '../../fixtures/pages';
import { FIXTURE_DIR, loadPage, readFixture } from './load-fixture';

interface Expected {
  order: Record<string, unknown> | null;
  provenancePaths?: string[];
  missing?: string[];
}

const expectedFor = (file: string): Expected =>
  JSON.parse(readFileSync(join(FIXTURE_DIR, expectedFileFor(file)), 'utf8')) as Expected;

describe('readOrderPage on the fixtures', () => {
  for (const fixture of PAGE_FIXTURES) {
    it(`reads ${fixture.file} as expected`, async () => {
      const html = readFixture(fixture.file);
      expect(html.trimStart().startsWith('<!--'), 'each fixture says what it imitates').toBe(true);
      const { document } = await loadPage(html, fixture.url, { runScripts: fixture.lateRendered });
      const reading = readOrderPage(document, fixture.url, { now: FIXTURE_READ_AT });
      const expected = expectedFor(fixture.file);
      if (expected.order === null) {
        expect(reading).toBeNull();
        return;
      }
      expect(reading).not.toBeNull();
      const { provenance, ...fields } = reading!.order;
      const { provenance: _none, ...expectedFields } = expected.order;
      expect(fields).toEqual(expectedFields);
      expect(reading!.missing).toEqual(expected.missing);
      expect(Object.keys(provenance ?? {}).sort()).toEqual(expected.provenancePaths);
      for (const stamp of Object.values(provenance ?? {}))
        expect(stamp).toEqual({ source: 'page', seenAt: FIXTURE_READ_AT });
      // The reading is a valid order of the core model.
      expect(OrderSchema.safeParse(reading!.order).success).toBe(true);
    });
  }

  it('covers the five languages, several shipments and the null page', () => {
    const languages = new Set(PAGE_FIXTURES.map((f) => f.file.slice(0, 2)));
    for (const language of ['fr', 'en', 'de', 'es', 'it']) expect(languages).toContain(language);
    const largest = expectedFor('en-us-katal-mcf-multi.html').order as {
      items: unknown[];
      shipments: unknown[];
    };
    expect(largest.items).toHaveLength(30);
    expect(largest.shipments).toHaveLength(3);
    expect(PAGE_FIXTURES.filter((f) => expectedFor(f.file).order === null)).toHaveLength(1);
  });
});

describe('readOrderPage on hostile and odd pages', () => {
  const url = 'https://sellercentral.amazon.fr/orders-v3/order/405-1112223-3334445';

  it('takes nothing from customer text that contains labels', async () => {
    const { document } = await loadPage(readFixture('fr-hostile-comment.html'), url);
    const reading = readOrderPage(document, url, { now: FIXTURE_READ_AT });
    const text = JSON.stringify(reading);
    for (const planted of ['FAKE', 'GIFT', 'Faux Express', 'Chronopost', '1Z999AA10123456784', 'onerror']) {
      expect(text).not.toContain(planted);
    }
    expect(reading?.missing).toContain('trackingNumber');
  });

  it('returns null for a list URL, another site, or an empty order page', async () => {
    const html = readFixture('fr-classic-shipped.html');
    const list = 'https://sellercentral.amazon.fr/orders-v3/fba/all';
    const elsewhere = 'https://www.amazon.fr/orders-v3/order/402-1234567-1234567';
    for (const at of [list, elsewhere]) {
      const { document } = await loadPage(html, at);
      expect(readOrderPage(document, at, { now: FIXTURE_READ_AT })).toBeNull();
    }
    const { document: empty } = await loadPage(
      '<html lang="fr"><body><div id="app"></div></body></html>',
      url,
    );
    expect(readOrderPage(empty, url, { now: FIXTURE_READ_AT })).toBeNull();
  });

  it('takes the order id from a detail URL when the page shows order fields but no id', async () => {
    const html = '<html lang="fr"><body><dl><dt>Transporteur</dt><dd>DPD</dd></dl></body></html>';
    const { document } = await loadPage(html, url);
    const reading = readOrderPage(document, url, { now: FIXTURE_READ_AT });
    expect(reading?.order.sellerFulfillmentOrderId).toBe('405-1112223-3334445');
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.carrierCode).toBe('DPD');
  });

  it('does not read a page of the MCF console that lists two orders', async () => {
    const html = `<html lang="en"><body><table>
      <tr><th>Order ID</th><th>Status</th><th>Estimated arrival date</th></tr>
      <tr><td>SHOP-1</td><td>Shipped</td><td>3 Dec 2024</td></tr>
      <tr><td>SHOP-2</td><td>Pending</td><td>4 Dec 2024</td></tr></table></body></html>`;
    const at = 'https://sellercentral.amazon.co.uk/mcf/orders';
    const { document } = await loadPage(html, at);
    expect(readOrderPage(document, at, { now: FIXTURE_READ_AT })).toBeNull();
  });

  it('reads the page language from <html lang> on the European host', async () => {
    const at = 'https://sellercentral-europe.amazon.com/orders-v3/order/302-7654321-1234567';
    const { document } = await loadPage(readFixture('de-dl-delivered.html'), at);
    const reading = readOrderPage(document, at, { now: FIXTURE_READ_AT });
    expect(reading?.order.marketplace.countryCode).toBe('DE');
    expect(reading?.order.estimatedArrivalDate).toBe('2024-12-03');
  });

  it('takes a product title from its cell, never from a "Label : value" line', async () => {
    const html = `<html lang="fr"><body>
      <div><span>N° de commande :</span> <span>405-1112223-3334445</span></div>
      <table><thead><tr><th>Nom du produit</th><th>Quantité</th></tr></thead><tbody>
      <tr><td><a href="#">Théière en fonte 1,2 L</a><br>ASIN&nbsp;: B08XYZ1234<br>SKU&nbsp;: TEA-POT-12</td><td>2</td></tr>
      <tr><td>ASIN : B07ABC9876<br>SKU : CUP-SET-4<div><span>Tasses</span> en grès</div></td><td>1</td></tr>
      <tr><td>ASIN : B07ABC9999<br>SKU : ONLY-CODES</td><td>3</td></tr>
      </tbody></table></body></html>`;
    const { document } = await loadPage(html, url);
    const reading = readOrderPage(document, url, { now: FIXTURE_READ_AT });
    expect(reading?.order.items).toEqual([
      { title: 'Théière en fonte 1,2 L', asin: 'B08XYZ1234', sellerSku: 'TEA-POT-12', quantity: 2 },
      { title: 'Tasses en grès', asin: 'B07ABC9876', sellerSku: 'CUP-SET-4', quantity: 1 },
      { asin: 'B07ABC9999', sellerSku: 'ONLY-CODES', quantity: 3 },
    ]);
  });

  describe('shipment fields shown in the order summary, outside any shipment section', () => {
    const summary = `<div><span>N° de commande :</span> <span>405-1112223-3334445</span></div>
      <div><span>Statut :</span> <span>Expédiée</span></div>
      <div><span>Date d'expédition :</span> <span>3 déc. 2024</span></div>
      <div><span>Numéro de suivi :</span> <span>6A12345678901</span></div>`;
    const section = (n: number, tracking: string, carrier = 'Colissimo') =>
      `<h2>Expédition ${n}</h2><div><span>Transporteur :</span> <span>${carrier}</span></div>
       <div><span>Numéro de suivi :</span> <span>${tracking}</span></div>`;
    const read = async (body: string) => {
      const { document } = await loadPage(`<html lang="fr"><body>${body}</body></html>`, url);
      return readOrderPage(document, url, { now: FIXTURE_READ_AT });
    };

    it('belong to the only shipment', async () => {
      const reading = await read(summary + section(1, '6A12345678901'));
      expect(reading?.order.shipments).toEqual([
        {
          fulfillmentShipmentStatus: 'SHIPPED',
          shippingDate: '2024-12-03',
          packages: [{ carrierCode: 'Colissimo', trackingNumber: '6A12345678901', events: [] }],
        },
      ]);
      expect(reading?.order.provenance).toHaveProperty(['shipments.0.shippingDate']);
      expect(reading?.missing).not.toContain('shippingDate');
    });

    it('make a shipment when the page shows a section heading but no shipment field', async () => {
      const reading = await read(`${summary}<h2>Expédition 1</h2><p>Rien à afficher</p>`);
      expect(reading?.order.shipments).toEqual([
        {
          fulfillmentShipmentStatus: 'SHIPPED',
          shippingDate: '2024-12-03',
          packages: [{ trackingNumber: '6A12345678901', events: [] }],
        },
      ]);
    });

    it('are attributed among several shipments only through their tracking number', async () => {
      const matched = await read(summary + section(1, 'XY111111111FR', 'DPD') + section(2, '6A12345678901'));
      expect(matched?.order.shipments?.map((s) => s.shippingDate)).toEqual([undefined, '2024-12-03']);
      const unmatched = await read(
        summary.replace('6A12345678901', 'ZZ999999999FR') +
          section(1, 'XY111111111FR') +
          section(2, '6A12345678901'),
      );
      expect(unmatched?.order.shipments?.map((s) => s.shippingDate)).toEqual([undefined, undefined]);
      expect(JSON.stringify(unmatched?.order)).not.toContain('ZZ999999999FR');
      expect(unmatched?.missing).toContain('shippingDate');
    });
  });
});
