import { expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Rule 2 (reader/item-records.ts, "an item card's own status weakened"): a one-item order's
// overview, written as a <dl> ("Bestellstatus / SKU / Bestellte Menge", no order id inside), is
// taken for that item's record; its "Bestellstatus: Teilweise versandt" drops to strength 0 and
// the shipment section's heading badge "Versandt" (strength 1) becomes the order's status.

const ID = '402-3333333-4444444';
const NOW = '2024-12-04T09:00:00.000Z';

it('de: the labelled "Bestellstatus" of a one-item overview outweighs a shipment heading badge', async () => {
  const url = `https://sellercentral.amazon.de/orders-v3/order/${ID}`;
  const html = `<html lang="de"><body><h1>Bestellung ${ID}</h1>
    <section><h2>Übersicht</h2>
      <dl><dt>Bestellstatus</dt><dd>Teilweise versandt</dd><dt>SKU</dt><dd>KANNE-1L</dd>
        <dt>Bestellte Menge</dt><dd>3</dd></dl></section>
    <section><h2>Sendung <span class="badge">Versandt</span></h2>
      <dl><dt>Versanddienstleister</dt><dd>DHL</dd><dt>Sendungsnummer</dt><dd>00340434161234567890</dd>
        <dt>Menge</dt><dd>1</dd></dl></section></body></html>`;
  const { document } = await loadPage(html, url);
  const order = readOrderPage(document, url, { now: NOW })?.order;
  // "Teilweise versandt": still being fulfilled (Processing), never Complete.
  expect(order?.fulfillmentOrderStatus).toBe('Processing');
});
