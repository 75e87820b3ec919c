import { describe, expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Review R13: a tracking number printed after its carrier's name and service ("UPS Ground 1Z…").

const NOW = '2024-12-06T09:00:00.000Z';
async function orderOf(lang: string, host: string, body: string, id = '402-5555555-6666666', url?: string) {
  const u = url ?? `https://${host}/orders-v3/order/${id}`;
  const { document } = await loadPage(
    `<!DOCTYPE html><html lang="${lang}"><body><main>${body}
    </main></body></html>`,
    u,
  );
  const outcome = readPage(document, u, { now: NOW });
  return outcome;
}

describe('tracking after carrier name', () => {
  it('UPS Ground 1Z… is the 1Z number alone', async () => {
    const id = '112-3333333-4444444';
    const o = await orderOf(
      'en-US',
      'sellercentral.amazon.com',
      `<h1>Order details</h1><p>Order ID: ${id}</p>
      <dl><dt>Carrier</dt><dd>UPS</dd><dt>Tracking ID</dt><dd>UPS Ground 1Z999AA10123456784</dd><dt>Status</dt><dd>Shipped</dd></dl>
      <table><tr><th>Seller SKU</th><th>Quantity</th></tr><tr><td>TEAPOT-2L</td><td>1</td></tr></table>`,
      id,
    );
    const p = o.kind === 'order' ? (o.reading.order.shipments ?? []).flatMap((s) => s.packages ?? []) : [];
    expect(p.map((x) => x.trackingNumber)).toEqual(['1Z999AA10123456784']);
  });
  it('DHL Paket 0034… (grouped) is the number alone', async () => {
    const id = '302-3333333-4444444';
    const o = await orderOf(
      'de-DE',
      'sellercentral.amazon.de',
      `<h1>Bestelldetails</h1><p>Bestellnummer: ${id}</p>
      <dl><dt>Versanddienstleister</dt><dd>DHL</dd><dt>Sendungsnummer</dt><dd>DHL Paket 0034 0434 1612 3456 7890</dd><dt>Status</dt><dd>Versandt</dd></dl>
      <table><tr><th>Händler-SKU</th><th>Menge</th></tr><tr><td>KERZE-1</td><td>1</td></tr></table>`,
      id,
    );
    const p = o.kind === 'order' ? (o.reading.order.shipments ?? []).flatMap((s) => s.packages ?? []) : [];
    expect(p.map((x) => x.trackingNumber)).toEqual(['00340434161234567890']);
  });
});
