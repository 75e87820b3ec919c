import { describe, expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Carrier histories grouped by day: the day printed once (a heading above the list, an item of
// its own, or the day's first event) and only a time beside each event; and carriers that send
// only the final "delivered" event, a history of one.

const NOW = '2024-12-12T09:00:00.000Z';
const ID = '402-3333333-4444444';

async function read(host: string, lang: string, head: string, history: string) {
  const url = `https://${host}/orders-v3/order/${ID}`;
  const html = `<html lang="${lang}"><body>
  <h1>${ID}</h1>
  <table><tr><th>${head}</th></tr><tr><td>Hermes</td><td>H1003440219871234567</td></tr></table>
  <section>${history}</section></body></html>`;
  const { document } = await loadPage(html, url);
  return readOrderPage(document, url, { now: NOW })?.order.shipments?.[0]?.packages?.[0];
}

describe('a history grouped by day', () => {
  it('de: one event, its time under a day heading, read delivered on that day', async () => {
    const pkg = await read(
      'sellercentral.amazon.de',
      'de',
      'Versanddienstleister</th><th>Sendungsnummer',
      '<h3>Sendungsverlauf</h3><div>Mittwoch, 04.12.2024</div><ul><li><b>14:32</b> — Zugestellt</li></ul>',
    );
    expect(pkg?.currentStatus).toBe('DELIVERED');
    expect(pkg?.deliveredDate).toBe('2024-12-04');
  });
  it('en: day items inside the list, times below them; the delivered event takes its own day', async () => {
    const pkg = await read(
      'sellercentral.amazon.com',
      'en',
      'Carrier</th><th>Tracking ID',
      `<ol><li>Friday, December 6</li><li><span>2:05 PM</span><span>Delivered</span></li>
       <li>Thursday, December 5</li><li><span>8:10 AM</span><span>Out for delivery</span></li>
       <li><span>6:42 AM</span><span>Arrived at facility</span></li></ol>`,
    );
    expect(pkg?.deliveredDate).toBe('2024-12-06');
  });
  it('fr: the day printed with the first event only, the later times of that day below it', async () => {
    const pkg = await read(
      'sellercentral.amazon.fr',
      'fr',
      'Transporteur</th><th>Numéro de suivi',
      `<ul><li><span>mardi 3 décembre 2024, 08:10</span><span>En cours de livraison</span></li>
       <li><span>13:55</span><span>Livré</span></li></ul>`,
    );
    expect(pkg?.deliveredDate).toBe('2024-12-03');
  });
  it('it: a time alone with no day printed anywhere is no date (nothing delivered read)', async () => {
    const pkg = await read(
      'sellercentral.amazon.it',
      'it',
      'Corriere</th><th>Numero di tracciabilità',
      '<ul><li><span>14:32</span><span>Consegnato</span></li></ul>',
    );
    expect(pkg?.deliveredDate).toBeUndefined();
  });
  it('es: a one-item list whose part is no date (a legend) says nothing', async () => {
    const pkg = await read(
      'sellercentral.amazon.es',
      'es',
      'Transportista</th><th>Número de seguimiento',
      '<ul><li><span>Entregado</span><span>1 paquete</span></li></ul>',
    );
    expect(pkg?.currentStatus).not.toBe('DELIVERED');
  });
});
