import { describe, expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Pages that show an order's data without being that order's page: another page linking to the
// order's own page, and the MCF console's create-order form (a draft). And a tracking number
// printed after its carrier's name.
const NOW = '2024-12-06T09:00:00.000Z';
async function read(html: string, url: string) {
  const { document } = await loadPage(html, url);
  return readPage(document, url, { now: NOW });
}

describe('an order shown elsewhere than on its own page', () => {
  it('is not read from a link to its page on a page naming no order', async () => {
    const outcome = await read(
      `<!DOCTYPE html><html lang="it-IT"><body><main><h1>Spedizioni in entrata</h1>
      <table><tr><th>SKU</th><th>Quantità</th><th>Corriere</th><th>Tracking</th><th>Consegna prevista</th></tr>
      <tr><td>LAMPADA-OTTONE</td><td>40</td><td>BRT</td><td>084512345678901</td><td>10/12/2024</td></tr></table>
      <h2>Ordini visti di recente</h2>
      <p><a href="/orders-v3/order/406-1111111-2222222">406-1111111-2222222</a> · Spedito</p>
      </main></body></html>`,
      'https://sellercentral.amazon.it/fba/inbound-shipments',
    );
    expect(outcome.kind).toBe('none');
  });

  it('is not read from the create-order form, a draft not yet submitted', async () => {
    const outcome = await read(
      `<!DOCTYPE html><html lang="fr-FR"><body><main><h1>Créer une commande multicanal — Vérifier</h1>
      <dl><dt>Référence de la commande vendeur</dt><dd>BOUT-FR-1201</dd>
      <dt>Date de livraison estimée</dt><dd>12 déc. 2024</dd></dl>
      <table><tr><th>SKU vendeur</th><th>Quantité</th></tr><tr><td>BOUGIE-12</td><td>2</td></tr></table>
      </main></body></html>`,
      'https://sellercentral.amazon.fr/mcf/orders/create-order?step=review',
    );
    expect(outcome.kind).toBe('none');
  });
});

describe("a tracking number printed after its carrier's name", () => {
  it('is the number alone', async () => {
    const id = '202-3333333-4444444';
    const url = `https://sellercentral.amazon.co.uk/orders-v3/order/${id}`;
    const outcome = await read(
      `<!DOCTYPE html><html lang="en-GB"><body><main><h1>Order details</h1><p>Order ID: ${id}</p>
      <dl><dt>Carrier</dt><dd>Royal Mail</dd><dt>Tracking number</dt><dd>Royal Mail JD 0001 2345 6789 GB</dd>
      <dt>Status</dt><dd>Dispatched</dd></dl>
      <table><tr><th>Seller SKU</th><th>Quantity</th></tr><tr><td>TEAPOT-2L</td><td>1</td></tr></table>
      </main></body></html>`,
      url,
    );
    const packages = outcome.kind === 'order' ? (outcome.reading.order.shipments?.[0]?.packages ?? []) : [];
    expect(packages.map((p) => p.trackingNumber)).toEqual(['JD000123456789GB']);
  });
});
