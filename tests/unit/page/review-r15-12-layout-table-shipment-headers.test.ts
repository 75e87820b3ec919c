import { expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Rule 8 (facts/prose.ts inDataCell): older consoles lay out each shipment's header bar as a
// one-row table, "Sendung 1 – Zugestellt" in one cell and the "Sendung verfolgen" link in the
// next. Those headers no longer open shipment sections: the second parcel (Hermes) is put into
// the first shipment (shipped 02.12) and both statuses are lost.

const ID = '402-3333333-4444444';
const NOW = '2024-12-04T09:00:00.000Z';

it('de: shipment header bars drawn as layout tables still open their shipments', async () => {
  const url = `https://sellercentral.amazon.de/orders-v3/order/${ID}`;
  const html = `<html lang="de"><body><h1>Bestellung ${ID}</h1>
    <table class="bar"><tr><td><b>Sendung 1 – Zugestellt</b></td><td><a href="#">Sendung verfolgen</a></td></tr></table>
    <p><span>Versanddienstleister:</span> <span>DHL</span></p>
    <p><span>Sendungsnummer:</span> <span>00340434161234567890</span></p>
    <p><span>Versanddatum:</span> <span>02.12.2024</span></p>
    <table class="bar"><tr><td><b>Sendung 2 – Unterwegs</b></td><td><a href="#">Sendung verfolgen</a></td></tr></table>
    <p><span>Versanddienstleister:</span> <span>Hermes</span></p>
    <p><span>Sendungsnummer:</span> <span>H1003440219871234567</span></p>
    <p><span>Versanddatum:</span> <span>03.12.2024</span></p></body></html>`;
  const { document } = await loadPage(html, url);
  const order = readOrderPage(document, url, { now: NOW })?.order;
  expect(
    order?.shipments?.map((s) => [
      s.shippingDate,
      (s.packages ?? []).map((p) => `${p.carrierCode} ${p.trackingNumber} ${p.currentStatus}`),
    ]),
  ).toEqual([
    ['2024-12-02', ['DHL 00340434161234567890 DELIVERED']],
    ['2024-12-03', ['Hermes H1003440219871234567 IN_TRANSIT']],
  ]);
});
