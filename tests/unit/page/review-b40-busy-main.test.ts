import { expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Review (ninth session) (a5528e3, core/page/reader/visibility.ts isStale): a page that marks its whole
// order container aria-busy while ONE small part loads (a spinner with role="progressbar", not
// itself aria-busy) shows this order's values: the h1 names the very order in the URL. The new
// rule hides the whole container as "stale", so this order's carrier and tracking are lost.

const NOW = '2024-12-06T09:00:00.000Z';
const ID = '171-4455667-8899001';

it('en: a busy container that names this page’s own order is read (only its spinner loads)', async () => {
  const url = `https://sellercentral.amazon.co.uk/orders-v3/order/${ID}`;
  const html = `<html lang="en"><body><main id="order-root" aria-busy="true">
    <h1>Order ${ID}</h1>
    <dl><dt>Ship date</dt><dd>2 Dec 2024</dd>
      <dt>Carrier</dt><dd>Royal Mail</dd>
      <dt>Tracking ID</dt><dd>QF123456785GB</dd></dl>
    <section><h2>Tracking events</h2><div role="progressbar" class="spinner">Loading tracking events…</div></section>
    </main></body></html>`;
  const { document } = await loadPage(html, url);
  const outcome = readPage(document, url, { now: NOW });
  expect(outcome.kind).toBe('order');
  if (outcome.kind !== 'order') return;
  const packages = (outcome.reading.order.shipments ?? []).flatMap((s) => s.packages ?? []);
  expect(packages.map((p) => p.trackingNumber)).toEqual(['QF123456785GB']);
});
