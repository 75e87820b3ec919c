import { expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Rule 7 (order-blocks.ts inOrderColumn + table-grid.columnHeaderOf): a returns table with a
// two-row header, "Sostituzione" spanning "Ordine | Spedito". columnHeaderOf takes the narrowest
// header, "Ordine", so the replacement order named in that sub-column makes the whole row
// "that order's": this order's own return (RMA, state, item) is cut away and lost.

const ID = '402-3333333-4444444';
const NOW = '2024-12-10T09:00:00.000Z';

it('it: a return whose replacement is named under "Sostituzione › Ordine" stays this order\'s', async () => {
  const url = `https://sellercentral.amazon.it/orders-v3/order/${ID}`;
  const html = `<html lang="it"><body><h1>Ordine ${ID}</h1>
    <p><span>Stato dell'ordine:</span> <span>Spedito</span></p>
    <p><span>Corriere:</span> <span>BRT</span></p><p><span>Numero di tracciabilità:</span> <span>05201948300124570</span></p>
    <h2>Resi</h2>
    <table>
      <tr><th rowspan="2">RMA</th><th rowspan="2">SKU</th><th rowspan="2">Quantità</th><th rowspan="2">Stato</th>
        <th colspan="2">Sostituzione</th></tr>
      <tr><th>Ordine</th><th>Spedito</th></tr>
      <tr><td>Aa1sDd2fRMA</td><td>TAZZA-BLU</td><td>1</td><td>Ricevuto</td>
        <td><a href="/orders-v3/order/405-7777777-8888888">405-7777777-8888888</a></td><td>05/12/2024</td></tr>
    </table></body></html>`;
  const { document } = await loadPage(html, url);
  const order = readOrderPage(document, url, { now: NOW })?.order;
  expect(
    order?.returns?.map((r) => [r.rmaId, r.status, r.items.map((i) => `${i.sellerSku}×${i.quantity}`)]),
  ).toEqual([['Aa1sDd2fRMA', 'received', ['TAZZA-BLU×1']]]);
});
