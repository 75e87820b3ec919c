import { describe, expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

const NOW = '2026-12-05T09:00:00.000Z';
const ID = '402-3333333-4444444';
async function read(host: string, lang: string, body: string) {
  const url = `https://${host}/orders-v3/order/${ID}`;
  const { document } = await loadPage(`<html lang="${lang}"><body>${body}</body></html>`, url);
  return readOrderPage(document, url, { now: NOW });
}

describe('r9 two stacks side by side', () => {
  it('fr: a stepper beside its dates (the last one a forecast) says nothing delivered', async () => {
    const r = await read(
      'sellercentral.amazon.fr',
      'fr',
      `<div><span>N° de commande :</span> <span>${ID}</span></div>
      <div><span>Numéro de suivi :</span> <span>6A12345678901</span></div>
      <div class="progress"><ol><li>Commandé</li><li>Expédié</li><li>En transit</li><li>Livré</li></ol>
      <ol><li>1 déc. 2026</li><li>2 déc. 2026</li><li>3 déc. 2026</li><li>8 déc. 2026</li></ol></div>`,
    );
    const pkg = r?.order.shipments?.[0]?.packages?.[0];
    expect(pkg?.currentStatus).not.toBe('DELIVERED');
    expect(pkg?.deliveredDate).toBeUndefined();
  });
  it('en: a stepper beside its dates, the future step "Expected Dec 8"', async () => {
    const r = await read(
      'sellercentral.amazon.com',
      'en',
      `<div><span>Order ID:</span> <span>${ID}</span></div>
      <div><span>Tracking number:</span> <span>1Z999AA10123456784</span></div>
      <div class="progress"><ul><li>Ordered</li><li>Shipped</li><li>Out for delivery</li><li>Delivered</li></ul>
      <ul><li>Dec 1, 2026</li><li>Dec 2, 2026</li><li>Dec 3, 2026</li><li>Expected Dec 8, 2026</li></ul></div>`,
    );
    const o = r?.order;
    const pkg = o?.shipments?.[0]?.packages?.[0];
    expect(pkg?.currentStatus).not.toBe('DELIVERED');
    expect(pkg?.deliveredDate).toBeUndefined();
  });
  it('de: a real stack whose status box is a status word keeps all its pairs', async () => {
    const r = await read(
      'sellercentral.amazon.de',
      'de',
      `<div><span>Bestellnummer:</span> <span>${ID}</span></div>
      <div class="cols"><div><div>Status</div><div>Versanddatum</div><div>Versanddienst</div><div>Sendungsnummer</div></div>
      <div><div>Versandt</div><div>02.12.2026</div><div>DHL</div><div>00340434161094042557</div></div></div>`,
    );
    const shipment = r?.order.shipments?.[0];
    expect(shipment?.shippingDate).toBe('2026-12-02');
    expect(shipment?.packages?.[0]?.trackingNumber).toBe('00340434161094042557');
  });
  it('de: a header row of boxes over a body box of three shipment rows pairs no header with a whole row', async () => {
    const row = (a: string, b: string, c: string) =>
      `<div class="r"><div>${a}</div><div>${b}</div><div>${c}</div></div>`;
    const r = await read(
      'sellercentral.amazon.de',
      'de',
      `<div><span>Bestellnummer:</span> <span>${ID}</span></div>
      <div><span>Status:</span> <span>Versandt</span></div>
      <div class="grid"><div class="head"><div>Versanddienst</div><div>Sendungsnummer</div><div>Versanddatum</div></div>
      <div class="body">${row('DHL', '00340434161094042557', '02.12.2026')}${row('DPD', '01234567890123', '03.12.2026')}${row('Hermes', 'H1001234567890123456', '04.12.2026')}</div></div>`,
    );
    // Today: one shipment, carrier DHL (row 1) with the ship date of row 3 (Hermes, 04.12.).
    for (const s of r?.order.shipments ?? [])
      if (s.packages?.[0]?.carrierCode === 'DHL') expect(s.shippingDate ?? '2026-12-02').toBe('2026-12-02');
  });
});
