import { describe, expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

const NOW = '2026-12-05T09:00:00.000Z';
const ID = '402-3333333-4444444';
const URL_FR = `https://sellercentral.amazon.fr/orders-v3/order/${ID}`;
const URL_EN = `https://sellercentral.amazon.com/orders-v3/order/${ID}`;
async function read(body: string, url = URL_FR, lang = 'fr') {
  const { document } = await loadPage(`<html lang="${lang}"><body>${body}</body></html>`, url);
  return readOrderPage(document, url, { now: NOW });
}

describe('r9 a share "1 of 4" that is not a return', () => {
  it('fr: a split shipment package "Articles : MUG-BLUE (2 sur 4)" does not make the order 2 units', async () => {
    const r = await read(`
      <div><span>N° de commande</span> <span>${ID}</span></div>
      <div><span>Statut</span> <span>Partiellement expédié</span></div>
      <h3>Colis 1</h3>
      <dl><dt>Transporteur</dt><dd>Colissimo</dd><dt>Numéro de suivi</dt><dd>6A12345678901</dd>
      <dt>Articles</dt><dd>MUG-BLUE (2 sur 4)</dd></dl>`);
    const q = r?.order.items?.find((i) => i.sellerSku === 'MUG-BLUE')?.quantity;
    expect(q === undefined || q === 4).toBe(true);
  });
  it('en: shipment "Items: MUG-BLUE – 1 of 3, PLATE-XL – 2 of 2" beside the items table saying 3 and 2', async () => {
    const r = await read(
      `
      <div><span>Order ID:</span> <span>${ID}</span></div>
      <div><span>Order status:</span> <span>Partially shipped</span></div>
      <table><tr><th>SKU</th><th>Quantity</th></tr><tr><td>MUG-BLUE</td><td>3</td></tr><tr><td>PLATE-XL</td><td>2</td></tr></table>
      <h3>Shipment 1</h3>
      <dl><dt>Carrier</dt><dd>UPS</dd><dt>Tracking number</dt><dd>1Z999AA10123456784</dd>
      <dt>Items</dt><dd>MUG-BLUE – 1 of 3, PLATE-XL – 2 of 2</dd></dl>`,
      URL_EN,
      'en',
    );
    expect(r?.order.items?.map((i) => [i.sellerSku, i.quantity])).toEqual([
      ['MUG-BLUE', 3],
      ['PLATE-XL', 2],
    ]);
  });
  it('en: a split shipment alone "Items: MUG-BLUE – 1 of 3": the order is not 1 unit', async () => {
    const r = await read(
      `
      <div><span>Order ID:</span> <span>${ID}</span></div>
      <div><span>Order status:</span> <span>Partially shipped</span></div>
      <h3>Shipment 1</h3>
      <dl><dt>Carrier</dt><dd>UPS</dd><dt>Tracking number</dt><dd>1Z999AA10123456784</dd>
      <dt>Items</dt><dd>MUG-BLUE – 1 of 3</dd></dl>`,
      URL_EN,
      'en',
    );
    const q = r?.order.items?.find((i) => i.sellerSku === 'MUG-BLUE')?.quantity;
    expect(q === undefined || q === 3).toBe(true);
  });
});
