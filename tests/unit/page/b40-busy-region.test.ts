import { expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Found by the blind batch b40 (a Spanish page caught loading): a region marked `aria-busy`
// is being replaced, and what it still shows is what it held before (the previously viewed
// order's "delivered", greyed under a spinner). It is not read. A busy container whose own
// parts say which of them are loading (busy parts of its own) is loaded elsewhere: only those
// parts are left out. Written here in another language and shape than the page that showed it.

const NOW = '2024-12-06T09:00:00.000Z';
const ID = '302-1234567-7654321';

it('de: a busy region’s stale status and dates are not read as this order’s', async () => {
  const url = `https://sellercentral.amazon.de/orders-v3/order/${ID}`;
  const html = `<html lang="de"><body><h1>Bestellung ${ID}</h1>
    <dl><dt>Versanddatum</dt><dd>02.12.2024</dd>
      <dt>Voraussichtliche Zustellung</dt><dd>05.12.2024</dd>
      <dt>Versanddienstleister</dt><dd>DHL</dd>
      <dt>Sendungsnummer</dt><dd>00340434161094011111</dd></dl>
    <section aria-busy="true">
      <h3>Sendungsverfolgung</h3>
      <ul class="alt"><li>Status: Zugestellt</li><li>Zugestellt am: 28.11.2024</li></ul>
      <div class="spinner">Wird aktualisiert…</div>
    </section>
    </body></html>`;
  const { document } = await loadPage(html, url);
  const outcome = readPage(document, url, { now: NOW });
  if (outcome.kind !== 'order') throw new Error('not read as an order');
  const order = outcome.reading.order;
  const packages = (order.shipments ?? []).flatMap((s) => s.packages ?? []);
  expect(packages.map((p) => p.trackingNumber)).toEqual(['00340434161094011111']);
  expect(packages.some((p) => p.currentStatus === 'DELIVERED')).toBe(false);
  expect(JSON.stringify(order)).not.toContain('2024-11-28');
});

it('de: a busy page whose busy parts carry their own flag is read outside those parts', async () => {
  const url = `https://sellercentral.amazon.de/orders-v3/order/${ID}`;
  const html = `<html lang="de"><body><main aria-busy="true"><h1>Bestellung ${ID}</h1>
    <dl><dt>Versanddatum</dt><dd>02.12.2024</dd><dt>Versanddienstleister</dt><dd>DHL</dd>
      <dt>Sendungsnummer</dt><dd>00340434161094011111</dd></dl>
    <div aria-busy="true"><p>Status: Zugestellt</p></div>
    </main></body></html>`;
  const { document } = await loadPage(html, url);
  const outcome = readPage(document, url, { now: NOW });
  if (outcome.kind !== 'order') throw new Error('not read as an order');
  const shipment = outcome.reading.order.shipments?.[0];
  expect(shipment?.shippingDate).toBe('2024-12-02');
  expect(shipment?.packages?.some((p) => p.currentStatus === 'DELIVERED')).toBe(false);
});
