import { expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Rule 4 (facts/columns.ts, "a header cell that is a status word over dates labels that date"):
// a returns table's "Shipped" / "Delivered" columns date the RETURN parcel (sent back by the
// buyer, delivered to the warehouse). They are read as a second shipment of the order, shipped on
// Dec 2 and DELIVERED on Dec 3.

const ID = '402-3333333-4444444';
const NOW = '2024-12-04T09:00:00.000Z';

it("en: a returns table's Shipped/Delivered columns are the return's dates, not the order's", async () => {
  const url = `https://sellercentral.amazon.com/orders-v3/order/${ID}`;
  const html = `<html lang="en"><body><h1>Order ${ID}</h1>
    <p><span>Order status:</span> <span>Shipped</span></p>
    <table><tr><th>Carrier</th><th>Tracking ID</th><th>Ship date</th></tr>
      <tr><td>UPS</td><td>1Z999AA10123456784</td><td>Nov 25, 2024</td></tr></table>
    <h2>Returns</h2>
    <table><tr><th>RMA</th><th>SKU</th><th>Qty</th><th>Shipped</th><th>Delivered</th><th>Status</th></tr>
      <tr><td>Hh2jKk3lRMA</td><td>LAMP-BRASS</td><td>1</td><td>Dec 2, 2024</td><td>Dec 3, 2024</td><td>Received</td></tr></table>
    </body></html>`;
  const { document } = await loadPage(html, url);
  const order = readOrderPage(document, url, { now: NOW })?.order;
  expect(order?.shipments?.map((s) => s.shippingDate)).toEqual(['2024-11-25']);
  const packages = (order?.shipments ?? []).flatMap((s) => s.packages ?? []);
  expect(packages.some((p) => p.deliveredDate === '2024-12-03' || p.currentStatus === 'DELIVERED')).toBe(
    false,
  );
  expect(order?.returns?.map((r) => [r.rmaId, r.status])).toEqual([['Hh2jKk3lRMA', 'received']]);
});
