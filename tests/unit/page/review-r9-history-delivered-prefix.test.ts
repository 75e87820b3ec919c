import { describe, expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

const NOW = '2024-12-12T09:00:00.000Z';
const ID = '402-3333333-4444444';

async function read(
  host: string,
  lang: string,
  labels: [string, string, string],
  events: [string, string][],
) {
  const url = `https://${host}/orders-v3/order/${ID}`;
  const list = events.map(([t, e]) => `<li><time>${t}</time><b>${e}</b></li>`).join('');
  const html = `<html lang="${lang}"><body>
  <div><span>${labels[0]}</span> <span>${ID}</span></div>
  <div><span>${labels[1]}</span> <span>${labels[2]}</span></div>
  <div><span>Tracking</span> <span>9261290100130435082498</span></div>
  <ol>${list}</ol></body></html>`;
  const { document } = await loadPage(html, url);
  return readOrderPage(document, url, { now: NOW });
}
const pkgOf = (r: Awaited<ReturnType<typeof read>>) => r?.order.shipments?.[0]?.packages?.[0];

describe('r9 time-first history events that are not deliveries', () => {
  it('en: DHL eCommerce "Delivered to USPS" (handed over for final delivery) is not delivered', async () => {
    const r = await read(
      'sellercentral.amazon.com',
      'en',
      ['Order ID:', 'Order status:', 'Shipped'],
      [
        ['Dec 6, 2024, 3:47 PM', 'Delivered to USPS'],
        ['Dec 5, 2024, 10:02 AM', 'Arrived at DHL facility'],
        ['Dec 4, 2024, 11:05 PM', 'Shipped'],
      ],
    );
    expect(pkgOf(r)?.currentStatus).not.toBe('DELIVERED');
    expect(pkgOf(r)?.deliveredDate).toBeUndefined();
  });
  it('en: "Delivered to local post office" is not delivered', async () => {
    const r = await read(
      'sellercentral.amazon.com',
      'en',
      ['Order ID:', 'Order status:', 'Shipped'],
      [
        ['Dec 6, 2024, 3:47 PM', 'Delivered to local post office'],
        ['Dec 4, 2024, 11:05 PM', 'Shipped'],
      ],
    );
    expect(pkgOf(r)?.currentStatus).not.toBe('DELIVERED');
  });
  it('it: "Consegnato al centro di smistamento" is not delivered', async () => {
    const r = await read(
      'sellercentral.amazon.it',
      'it',
      ['Numero ordine:', 'Stato:', 'Spedito'],
      [
        ['6 dic 2024, 15:47', 'Consegnato al centro di smistamento'],
        ['4 dic 2024, 23:05', 'Spedito'],
      ],
    );
    expect(pkgOf(r)?.currentStatus).not.toBe('DELIVERED');
  });
  it('de: "Zugestellt an Paketzentrum" (hub handover) is not delivered', async () => {
    const r = await read(
      'sellercentral.amazon.de',
      'de',
      ['Bestellnummer:', 'Status:', 'Versandt'],
      [
        ['06.12.2024, 15:47', 'Zugestellt an Paketzentrum'],
        ['04.12.2024, 23:05', 'Versandt'],
      ],
    );
    expect(pkgOf(r)?.currentStatus).not.toBe('DELIVERED');
  });
  it('fr: "Livré avant le 10 déc." (a promise) is not delivered', async () => {
    const r = await read(
      'sellercentral.amazon.fr',
      'fr',
      ['N° de commande :', 'Statut :', 'Expédié'],
      [
        ['6 déc. 2024, 15:47', 'Livré avant le 10 déc.'],
        ['4 déc. 2024, 23:05', 'Expédié'],
      ],
    );
    expect(pkgOf(r)?.currentStatus).not.toBe('DELIVERED');
  });
  it('en: "Delivered to the wrong address? Contact us" is not delivered', async () => {
    const r = await read(
      'sellercentral.amazon.com',
      'en',
      ['Order ID:', 'Order status:', 'Shipped'],
      [
        ['Dec 6, 2024', 'Delivered to wrong address?'],
        ['Dec 4, 2024', 'Shipped'],
      ],
    );
    expect(pkgOf(r)?.currentStatus).not.toBe('DELIVERED');
  });
  it('control from the commit: time first, then Delivery attempted / Zustellung fehlgeschlagen / Livraison prévue', async () => {
    const r = await read(
      'sellercentral.amazon.com',
      'en',
      ['Order ID:', 'Order status:', 'Shipped'],
      [
        ['Dec 6, 2024, 3:47 PM', 'Delivery attempted – recipient not home'],
        ['Dec 5, 2024', 'Zustellung fehlgeschlagen'],
        ['Dec 5, 2024', 'Livraison prévue'],
        ['Dec 4, 2024, 11:05 PM', 'Shipped'],
      ],
    );
    expect(pkgOf(r)?.currentStatus).not.toBe('DELIVERED');
  });
});
