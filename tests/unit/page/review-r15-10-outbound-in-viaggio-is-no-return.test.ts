import { expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Rule 6b (labels/it.ts returnStatuses.inTransit "In viaggio"): "In viaggio" is also how Italian
// carriers word an OUTBOUND parcel on its way. In a shipments table's status column it is not an
// order status word, so candidates turn it into a return status; it then disagrees with the
// return's own "Ricevuto" and the customer return disappears from the reading.

const ID = '402-3333333-4444444';
const NOW = '2024-12-10T09:00:00.000Z';

it('it: a replacement parcel "In viaggio" is no return\'s state', async () => {
  const url = `https://sellercentral.amazon.it/orders-v3/order/${ID}`;
  const html = `<html lang="it"><body><h1>Ordine ${ID}</h1>
    <h2>Resi</h2>
    <table><tr><th>RMA</th><th>SKU</th><th>Quantità</th><th>Stato</th></tr>
      <tr><td>Aa1sDd2fRMA</td><td>TAZZA-BLU</td><td>1</td><td>Ricevuto</td></tr></table>
    <h2>Spedizione sostitutiva</h2>
    <table><tr><th>Corriere</th><th>Numero di tracciabilità</th><th>Stato</th></tr>
      <tr><td>BRT</td><td>05201948300124570</td><td>In viaggio</td></tr></table></body></html>`;
  const { document } = await loadPage(html, url);
  const order = readOrderPage(document, url, { now: NOW })?.order;
  expect(order?.returns?.map((r) => [r.rmaId, r.status])).toEqual([['Aa1sDd2fRMA', 'received']]);
});
