import { describe, expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

const NOW = '2026-12-05T09:00:00.000Z';
const ID = '402-3333333-4444444';
const URL_FR = `https://sellercentral.amazon.fr/orders-v3/order/${ID}`;
async function read(body: string) {
  const { document } = await loadPage(
    `<html lang="fr"><body>
  <div><span>N° de commande</span> <span>${ID}</span></div>
  <div><span>Statut</span> <span>Livré</span></div>${body}</body></html>`,
    URL_FR,
  );
  return readOrderPage(document, URL_FR, { now: NOW });
}
const items = `<h3>Articles</h3><table><thead><tr><th>Produit</th><th>SKU</th><th>Quantité</th></tr></thead>
  <tbody><tr><td>Tasse</td><td>MUG-1</td><td>3</td></tr></tbody></table>`;

describe('r9 a number box that is not the order quantity', () => {
  it('a return form under the items ("Quantité" box defaulting to 1) leaves the order at 3', async () => {
    const r = await read(`${items}
      <h3>Demander un retour</h3><form><table><thead><tr><th>Produit</th><th>SKU</th><th>Quantité</th><th>Motif</th></tr></thead>
      <tbody><tr><td>Tasse</td><td>MUG-1</td><td><input type="number" min="1" max="3" value="1"></td>
      <td><select><option>Article défectueux</option></select></td></tr></tbody></table></form>`);
    expect(r?.order.items?.map((i) => [i.sellerSku, i.quantity])).toEqual([['MUG-1', 3]]);
  });
  it('a refund form alone ("Quantité" box defaulting to 1) gives no order quantity', async () => {
    const r = await read(`
      <h3>Rembourser la commande</h3><form><table><thead><tr><th>Produit</th><th>SKU</th><th>Quantité</th><th>Montant</th></tr></thead>
      <tbody><tr><td>Tasse</td><td>MUG-1</td><td><input type="number" min="1" max="3" value="1"></td>
      <td><input type="text" value="12,90"></td></tr></tbody></table></form>`);
    const q = r?.order.items?.[0]?.quantity;
    expect(q).toBeUndefined();
  });
  it('a filter row of boxes under the header is no item', async () => {
    const r =
      await read(`<h3>Articles</h3><table><thead><tr><th>Produit</th><th>SKU</th><th>Quantité</th></tr>
      <tr><td><input type="search" placeholder="Filtrer"></td><td><input type="text"></td><td><input type="number" min="1" value="1"></td></tr></thead>
      <tbody><tr><td>Tasse</td><td>MUG-1</td><td>3</td></tr></tbody></table>`);
    expect(r?.order.items?.map((i) => [i.sellerSku, i.quantity])).toEqual([['MUG-1', 3]]);
  });
  it('a hidden number box in an empty quantity cell gives no quantity', async () => {
    const r =
      await read(`<h3>Articles</h3><table><thead><tr><th>Produit</th><th>SKU</th><th>Quantité</th></tr></thead>
      <tbody><tr><td>Tasse</td><td>MUG-1</td><td><input type="number" value="1" style="display:none"></td></tr></tbody></table>`);
    expect(r?.order.items?.[0]?.quantity).toBeUndefined();
  });
});
