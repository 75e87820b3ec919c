import { describe, expect, it } from 'vitest';
import { type PageOutcome, readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

const NOW = '2024-12-12T09:00:00.000Z';
const ID = '402-1234567-1234567';
const OTHER = '171-1111111-1111111';
const URL_FR = `https://sellercentral.amazon.fr/orders-v3/order/${ID}`;
const head = (
  lang = 'fr',
) => `<!DOCTYPE html><html lang="${lang}"><body><div id="MYO-app"><h1>Détails de la commande</h1>
  <div class="a-row"><span>N° de commande :</span> <span>${ID}</span></div>`;
const end = '</div></body></html>';

async function read(html: string, url = URL_FR): Promise<PageOutcome> {
  const { document } = await loadPage(html, url);
  return readPage(document, url, { now: NOW });
}
const order = (o: PageOutcome) => (o.kind === 'order' ? o.reading.order : null);
const pkgs = (o: PageOutcome) => (order(o)?.shipments ?? []).flatMap((s) => s.packages ?? []);
const trackings = (o: PageOutcome) => pkgs(o).map((p) => p.trackingNumber);

describe('stale blocks', () => {
  it('S1 a second shipment whose tracking widget says "last synced" keeps its tracking', async () => {
    const html =
      head() +
      `
      <section><h3>Expédition 1</h3><dl><dt>Transporteur</dt><dd>Colissimo</dd><dt>Numéro de suivi</dt><dd>6A12345678901</dd></dl></section>
      <section><h3>Expédition 2</h3><p>Suivi transporteur · dernière synchronisation il y a 2 h</p>
        <dl><dt>Transporteur</dt><dd>Chronopost</dd><dt>Numéro de suivi</dt><dd>XW246813579FR</dd></dl></section>` +
      end;
    const o = await read(html);
    expect(trackings(o).sort()).toEqual(['6A12345678901', 'XW246813579FR']);
  });
  it('S2 the only shipment block with a disclaimer: its delivered status still read over nothing', async () => {
    const html =
      head() +
      `<div class="a-row"><span>Statut</span><span>Expédié</span></div>
      <section><h3>Suivi du colis</h3><p>Les informations de suivi peuvent ne pas être à jour.</p>
        <dl><dt>Transporteur</dt><dd>Colissimo</dd><dt>Numéro de suivi</dt><dd>6A12345678901</dd><dt>Date de livraison</dt><dd>10 déc. 2024</dd></dl></section>` +
      end;
    const o = await read(html);
    expect(trackings(o)).toEqual(['6A12345678901']);
    expect(pkgs(o)[0]?.carrierCode).toBe('Colissimo');
  });
  it('S3 items table beside a footer note: item quantities kept', async () => {
    const html =
      head() +
      `
      <div><table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>MUG-1</td><td>2</td></tr></table>
      <p>Les données peuvent ne pas être à jour.</p></div>
      <section><table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>TEA-2</td><td>1</td></tr></table></section>` +
      end;
    const o = await read(html);
    expect(order(o)?.items).toEqual([
      { sellerSku: 'MUG-1', quantity: 2 },
      { sellerSku: 'TEA-2', quantity: 1 },
    ]);
  });
  it('S4 a help text quoting "last synced" beside the live status', async () => {
    const html = `<!DOCTYPE html><html lang="en"><body><div id="app">
      <div><span>Order ID:</span> <span>${ID}</span></div>
      <div><div><span>Status:</span> <span>Delivered</span></div><div><span>Delivered on:</span> <span>Dec 10, 2024</span></div>
        <p>Tip: "Last synced" shows when the carrier last updated this parcel.</p></div>
      <div><span>Estimated delivery:</span> <span>Dec 9, 2024</span></div>
      <aside><span>Shipping status</span> <span>Shipped</span></aside>
      </div></body></html>`;
    const o = await read(html, `https://sellercentral.amazon.com/orders-v3/order/${ID}`);
    expect(order(o)?.fulfillmentOrderStatus).toBe('Complete');
    expect(pkgs(o)[0]?.currentStatus ?? 'DELIVERED').toBe('DELIVERED');
  });
});
