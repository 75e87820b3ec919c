import { expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Rule 6a (facts/columns.ts, "the cell's first text is the RMA, the others its state"): an RMA
// cell with a timestamp line under the id ("Etichetta creata il 03/12/2024") has that line read
// as a second return status ("Etichetta creata" → authorized), which disagrees with the status
// column ("Ricevuto"): the return's status conflicts and the whole return is lost.

const ID = '402-3333333-4444444';
const NOW = '2024-12-10T09:00:00.000Z';

it("it: a date line under the RMA is not the return's state", async () => {
  const url = `https://sellercentral.amazon.it/orders-v3/order/${ID}`;
  const html = `<html lang="it"><body><h1>Ordine ${ID}</h1>
    <table><tr><th>RMA</th><th>SKU</th><th>Quantità</th><th>Stato</th></tr>
      <tr><td><a href="#">Aa1sDd2fRMA</a><br><small>Etichetta creata il 03/12/2024</small></td>
        <td>TAZZA-BLU</td><td>1</td><td>Ricevuto</td></tr></table></body></html>`;
  const { document } = await loadPage(html, url);
  const order = readOrderPage(document, url, { now: NOW })?.order;
  expect(order?.returns?.map((r) => [r.rmaId, r.status])).toEqual([['Aa1sDd2fRMA', 'received']]);
});
