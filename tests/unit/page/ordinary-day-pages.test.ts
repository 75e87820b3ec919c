import { describe, expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Ordinary pages (blind batch b33): a box of recently viewed orders under its own heading, a
// carrier's service printed apart in its cell, the seller's reference labelled "your …".

const NOW = '2024-12-06T09:00:00.000Z';
const ID = 'S01-4444444-5555555';

async function read(host: string, lang: string, body: string) {
  const url = `https://${host}/orders-v3/order/${ID}`;
  const { document } = await loadPage(`<html lang="${lang}"><body>${body}</body></html>`, url);
  const outcome = readPage(document, url, { now: NOW });
  return outcome.kind === 'order' ? outcome.reading.order : outcome;
}

describe('a box of other orders under its own heading', () => {
  it('de: "Zuletzt angesehene Bestellungen" in the side column is cut, the order is read', async () => {
    const order = await read(
      'sellercentral.amazon.de',
      'de',
      `<header><h1>Bestellung</h1><p>Bestellnummer: ${ID}</p></header>
       <div class="row"><main><section><h2>Sendung</h2>
         <p><span>Versanddienstleister:</span> <span>DHL</span></p>
         <p><span>Sendungsnummer:</span> <span>00340434161094015902</span></p>
         <p><span>Versandt am:</span> <span>03.12.2024</span></p></section></main>
       <aside><div><div><h3>Zuletzt angesehene Bestellungen</h3><ul>
         <li><a href="/orders-v3/order/S01-1111111-2222222">S01-1111111-2222222</a><br><span>Zugestellt am 28.11.2024</span></li>
         <li><a href="/orders-v3/order/302-3333333-4444444">302-3333333-4444444</a><br><span>Versandt am 29.11.2024</span></li>
       </ul></div></div></aside></div>`,
    );
    expect('kind' in order ? order.kind : 'order').toBe('order');
    const shipments = 'kind' in order ? [] : (order.shipments ?? []);
    expect(shipments.map((s) => s.shippingDate)).toEqual(['2024-12-03']);
    expect(JSON.stringify(order)).not.toContain('2024-11-28');
  });
});

describe("a carrier's service printed apart in its cell", () => {
  it('es: "GLS <small>Express</small>" under "Transportista" is GLS', async () => {
    const order = await read(
      'sellercentral.amazon.es',
      'es',
      `<h1>Pedido ${ID}</h1><table><tr><th>Transportista</th><th>Número de seguimiento</th></tr>
         <tr><td>GLS <small>Express</small></td><td>51248937015</td></tr></table>`,
    );
    expect('kind' in order ? null : order.shipments?.[0]?.packages?.[0]?.carrierCode).toBe('GLS');
  });
});

describe("the seller's reference labelled as theirs", () => {
  it.each([
    ['sellercentral.amazon.fr', 'fr', 'Votre numéro de commande Ventes Multi-Sites :'],
    ['sellercentral.amazon.es', 'es', 'Tu referencia:'],
    ['sellercentral.amazon.com', 'en', 'Your reference:'],
  ])('%s: "%s"', async (host, lang, label) => {
    const order = await read(host, lang, `<h1>${ID}</h1><p>${label} <b>SHOP-20931</b></p>`);
    expect('kind' in order ? null : order.displayableOrderId).toBe('SHOP-20931');
  });
});
