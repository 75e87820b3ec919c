import { describe, expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

const NOW = '2026-12-05T09:00:00.000Z';
const ID = '402-3333333-4444444';
const URL_FR = `https://sellercentral.amazon.fr/orders-v3/order/${ID}`;
const page = (body: string) => `<html lang="fr"><body>
  <div><span>N° de commande</span> <span>${ID}</span></div>
  <div><span>Statut</span> <span>Expédié</span></div>
  ${body}
</body></html>`;
async function read(body: string, url = URL_FR) {
  const { document } = await loadPage(page(body), url);
  return readOrderPage(document, url, { now: NOW });
}
const table = (qty: string, date = '<td>4 déc. 2026</td>') =>
  `<table><thead><tr><th>Produit</th><th>SKU</th><th>Quantité</th><th>Date d'expédition</th></tr></thead>
   <tbody><tr><td>Tasse</td><td>MUG-1</td><td>${qty}</td>${date}</tr></tbody></table>`;

describe('r9 a cell whose parts are not the same value twice', () => {
  it.each([
    ['<del>3</del> 2', 2],
    ['<s>3</s> <b>2</b>', 2],
    ['<span class="a-text-strike">3</span> <span>2</span>', 2],
    ['4 <small>(1 retourné)</small>', 4],
    ['<small>Retourné : 1</small><br>4', 4],
    ['<span>1 remboursé</span> <span>4</span>', 4],
    ['<span>1 returned</span> <span>4</span>', 4],
    ['<span>1 storniert</span> <span>3</span>', 3],
  ])('quantity cell %s reads %d (or nothing), never another part', async (cell, qty) => {
    const r = await read(table(cell));
    const q = r?.order.items?.[0]?.quantity;
    expect(q === undefined || q === qty).toBe(true);
  });
  it.each([
    ['<s>1 déc. 2026</s> 4 déc. 2026', '2026-12-04'],
    ['<small>Prévue le 1 déc. 2026</small> 4 déc. 2026', '2026-12-04'],
  ])('ship date cell %s reads %s', async (cell, day) => {
    const r = await read(table('2', `<td>${cell}</td>`));
    expect(r?.order.shipments?.[0]?.shippingDate ?? r?.order.items).toBe(day);
  });
  it.each([
    ['<span>Nov 3, 2026</span><span>Rescheduled to Nov 5, 2026</span>'],
    ['<span class="a-text-strike">Nov 3, 2026</span> <span>Nov 5, 2026</span>'],
  ])('en: estimated delivery cell %s never reads the superseded Nov 3', async (cell) => {
    const url = `https://sellercentral.amazon.com/orders-v3/order/${ID}`;
    const html = `<html lang="en"><body><div><span>Order ID:</span> <span>${ID}</span></div><div><span>Order status:</span> <span>Shipped</span></div>
    <table><tr><th>Carrier</th><th>Tracking ID</th><th>Ship date</th><th>Estimated delivery</th></tr><tr><td>UPS</td><td>1Z999AA10123456784</td><td>Nov 1, 2026</td><td>${cell}</td></tr></table></body></html>`;
    const { document } = await loadPage(html, url);
    const r = readOrderPage(document, url, { now: '2026-11-02T09:00:00.000Z' });
    expect(r?.order.shipments?.[0]?.estimatedArrivalDate).not.toBe('2026-11-03');
  });
});
