import { expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Found by the blind batch b39 (parcels re-shipped under a new number): Seller Central's pages
// strike a replaced value with a class of their stylesheet, not with <del>. Written here in
// another language and shape than the pages that showed it.

const NOW = '2024-12-06T09:00:00.000Z';
const ID = '112-3939393-1010101';

it('en (.com): a value struck through by a stylesheet class or an inline style is not read', async () => {
  const url = `https://sellercentral.amazon.com/orders-v3/order/${ID}`;
  const html = `<html lang="en"><head><style>.kx-was { color: #999; text-decoration: line-through }</style></head>
    <body><h1>Order ${ID}</h1>
    <table>
      <tr><th>Carrier</th><td>UPS</td></tr>
      <tr><th>Tracking ID</th><td>1Z999AA10123456784 <span class="kx-was">1Z999AA10199999990</span> (replaced)</td></tr>
      <tr><th>Ship date</th><td><span style="text-decoration: line-through">Nov 28, 2024</span> Dec 2, 2024</td></tr>
      <tr><th>Estimated delivery</th><td><span class="kx-was">Dec 3, 2024</span> Dec 6, 2024</td></tr>
    </table></body></html>`;
  const { document } = await loadPage(html, url);
  const outcome = readPage(document, url, { now: NOW });
  if (outcome.kind !== 'order') throw new Error('not read as an order');
  const shipment = outcome.reading.order.shipments?.[0];
  expect(shipment?.packages?.map((p) => p.trackingNumber)).toEqual(['1Z999AA10123456784']);
  expect(shipment?.shippingDate).toBe('2024-12-02');
  expect(shipment?.estimatedArrivalDate).toBe('2024-12-06');
});
