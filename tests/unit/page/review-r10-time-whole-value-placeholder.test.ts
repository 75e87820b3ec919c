import { describe, expect, it } from 'vitest';
import { type PageOutcome, readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

const NOW = '2024-12-12T09:00:00.000Z';
const ID = '402-1234567-1234567';
const LBL: Record<string, string> = {
  fr: 'N° de commande :',
  de: 'Bestellnummer:',
  es: 'N.º de pedido:',
  en: 'Order ID:',
  it: 'Numero ordine:',
};
const HOST: Record<string, string> = { fr: 'fr', de: 'de', es: 'es', en: 'com', it: 'it' };
async function read(lang: string, body: string): Promise<PageOutcome> {
  const url = `https://sellercentral.amazon.${HOST[lang]}/orders-v3/order/${ID}`;
  const { document } = await loadPage(
    `<html lang="${lang}"><body><div><span>${LBL[lang]}</span> <span>${ID}</span></div>${body}</body></html>`,
    url,
  );
  return readPage(document, url, { now: NOW });
}
const order = (o: PageOutcome) => (o.kind === 'order' ? o.reading.order : null);
const pkgs = (o: PageOutcome) => (order(o)?.shipments ?? []).flatMap((s) => s.packages ?? []);
describe('separator: a status made of a product title', () => {
  it.each([
    ['es', 'Paquete 1 de 2 · Pack "Entregado a domicilio" · SEUR'],
    ['en', 'Package 1 of 2 · Delivered Fresh Coffee Beans · UPS'],
    ['fr', 'Colis 1 sur 2 | Livré avec housse | Colissimo'],
    ['de', 'Paket 1 von 2 · Zugestellt-Set Geschenkbox · DHL'],
    ['en', 'Package 1 of 2 · 2 items · Shipped|Delivered soon'],
  ])('%s "%s"', async (lang, s) => {
    const o = await read(
      lang,
      `<details><summary>${s}</summary><p>x</p></details><details><summary>${s.replace(/1/, '2')}</summary><p>y</p></details>`,
    );
    expect(pkgs(o).map((p) => p.currentStatus)).not.toContain('DELIVERED');
  });
});
describe('time: machine date another moment than shown', () => {
  it('fr: a <time> showing a placeholder keeps no delivered date', async () => {
    const o = await read(
      'fr',
      `<div><span>Statut</span> <span>Expédié</span></div><dl><dt>Livré le</dt><dd><time datetime="2024-12-10">—</time></dd><dt>Transporteur</dt><dd>Colissimo</dd></dl>`,
    );
    console.log(JSON.stringify(order(o)?.shipments), order(o)?.fulfillmentOrderStatus);
    expect(JSON.stringify(order(o))).not.toMatch(/deliveredDate|DELIVERED/);
  });
  it('en: "Not yet delivered" in a time with the promised date', async () => {
    const o = await read(
      'en',
      `<div><span>Status:</span> <span>Shipped</span></div><dl><dt>Delivered on</dt><dd><time datetime="2024-12-14">Not yet delivered</time></dd><dt>Carrier</dt><dd>UPS</dd></dl>`,
    );
    console.log(JSON.stringify(order(o)?.shipments), order(o)?.fulfillmentOrderStatus);
    expect(JSON.stringify(order(o))).not.toMatch(/deliveredDate|DELIVERED/);
  });
  it('de: "in 3 Tagen" shipping date in a time is no shipping date yet', async () => {
    const o = await read(
      'de',
      `<dl><dt>Versanddatum</dt><dd><time datetime="2024-12-15">in 3 Tagen</time></dd><dt>Versanddienst</dt><dd>DHL</dd></dl>`,
    );
    expect(order(o)?.shipments?.[0]?.shippingDate ?? null).toBeNull();
  });
});
