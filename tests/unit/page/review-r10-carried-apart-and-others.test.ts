import { describe, expect, it } from 'vitest';
import { type PageOutcome, readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

const NOW = '2024-12-12T09:00:00.000Z';
const ID = '402-1234567-1234567';
const OTHER = '171-1111111-1111111';
const head = (lang: string, label: string) => `<!DOCTYPE html><html lang="${lang}"><body><div id="app">
  <div class="a-row"><span>${label}</span> <span>${ID}</span></div>`;
const end = '</div></body></html>';
const URLS: Record<string, string> = {
  fr: `https://sellercentral.amazon.fr/orders-v3/order/${ID}`,
  de: `https://sellercentral.amazon.de/orders-v3/order/${ID}`,
  es: `https://sellercentral.amazon.es/orders-v3/order/${ID}`,
  en: `https://sellercentral.amazon.com/orders-v3/order/${ID}`,
  it: `https://sellercentral.amazon.it/orders-v3/order/${ID}`,
};
const LABEL: Record<string, string> = {
  fr: 'N° de commande :',
  de: 'Bestellnummer:',
  es: 'N.º de pedido:',
  en: 'Order ID:',
  it: 'Numero ordine:',
};
async function read(lang: string, body: string, url = URLS[lang] as string): Promise<PageOutcome> {
  const { document } = await loadPage(head(lang, LABEL[lang] as string) + body + end, url);
  return readPage(document, url, { now: NOW });
}
const order = (o: PageOutcome) => (o.kind === 'order' ? o.reading.order : null);
const pkgs = (o: PageOutcome) => (order(o)?.shipments ?? []).flatMap((s) => s.packages ?? []);

describe('carriedApart', () => {
  it.each([
    [
      'de',
      'Paket 1 von 2',
      'Paket 2 von 2',
      'DHL',
      'DHL Paket',
      'Versanddatum',
      '3. Dez. 2024',
      'Sendungsnummer',
      '00340434161234567890',
      '00340434161234567891',
      'Versanddienst',
    ],
    [
      'fr',
      'Colis 1 sur 2',
      'Colis 2 sur 2',
      'Colissimo',
      'La Poste Colissimo',
      'Date d’expédition',
      '3 déc. 2024',
      'Numéro de suivi',
      '6A12345678901',
      '6A12345678918',
      'Transporteur',
    ],
    [
      'en',
      'Package 1 of 2',
      'Package 2 of 2',
      'UPS',
      'UPS Ground',
      'Ship date',
      'Dec 3, 2024',
      'Tracking ID',
      '1Z999AA10123456784',
      '1Z999AA10123456791',
      'Carrier',
    ],
  ])(
    '%s: one shipment, two parcels "%s"/"%s" of one carrier written differently',
    async (lang, h1, h2, c1, c2, dl, d, tl, t1, t2, cl) => {
      const o = await read(
        lang,
        `<dl><dt>${dl}</dt><dd>${d}</dd></dl>
      <h4>${h1}</h4><dl><dt>${cl}</dt><dd>${c1}</dd><dt>${tl}</dt><dd>${t1}</dd></dl>
      <h4>${h2}</h4><dl><dt>${cl}</dt><dd>${c2}</dd><dt>${tl}</dt><dd>${t2}</dd></dl>`,
      );
      expect(order(o)?.shipments).toHaveLength(1);
    },
  );
  it('fr: a carrier logo then a carrier text in the next parcel', async () => {
    const o = await read(
      'fr',
      `<dl><dt>Date d’expédition</dt><dd>3 déc. 2024</dd></dl>
      <h4>Colis 1 sur 2</h4><img src="/logos/dhl.png" alt="DHL"><dl><dt>Numéro de suivi</dt><dd>JJD000390007812345678</dd></dl>
      <h4>Colis 2 sur 2</h4><dl><dt>Transporteur</dt><dd>DHL Express</dd><dt>Numéro de suivi</dt><dd>JJD000390007812345679</dd></dl>`,
    );
    expect(order(o)?.shipments).toHaveLength(1);
  });
});

describe('header separators', () => {
  it.each([
    ['es', 'Paquete 1 de 2 · Correos de Bolsa Vintage', 'Paquete 2 de 2 · Funda'],
    ['fr', 'Colis 1 sur 2 · UPS-compatible', 'Colis 2 sur 2 · Chargeur'],
  ])('%s: "%s" makes no carrier of a product title', async (lang, s1, s2) => {
    const o = await read(
      lang,
      `<details><summary>${s1}</summary><p>x</p></details><details><summary>${s2}</summary><p>y</p></details>
      <dl><dt>${lang === 'es' ? 'Transportista' : 'Transporteur'}</dt><dd>GLS</dd><dt>${lang === 'es' ? 'Número de seguimiento' : 'Numéro de suivi'}</dt><dd>GLS123456789</dd></dl>`,
    );
    const carriers = pkgs(o).map((p) => p.carrierCode);
    expect(carriers.filter((c) => c && c !== 'GLS')).toEqual([]);
  });
  it.each([
    ['es', 'Paquete 1 de 2 · Entrega fallida · SEUR'],
    ['es', 'Paquete 1 de 2 · SEUR · No entregado'],
    ['de', 'Paket 1 von 2 · DHL · Nicht zugestellt'],
    ['de', 'Paket 1 von 2 · DHL · Zustellung fehlgeschlagen'],
    ['en', 'Package 1 of 2 · UPS · Not delivered'],
    ['en', 'Package 1 of 2 · UPS · Delivery attempted'],
    ['fr', 'Colis 1 sur 2 · Colissimo · Non livré'],
    ['it', 'Pacco 1 di 2 · BRT · Non consegnato'],
    ['en', 'Package 1 of 2 · Delivered-to-door kit · UPS · In transit'],
  ])('%s "%s": not delivered', async (lang, s1) => {
    const o = await read(lang, `<details><summary>${s1}</summary><p>x</p></details>`);
    expect(pkgs(o).map((p) => p.currentStatus)).not.toContain('DELIVERED');
  });
});

describe('time holding a whole value', () => {
  it('de: a UTC instant across midnight, shown "vor 3 Tagen" with a title', async () => {
    const o = await read(
      'de',
      `<dl><dt>Versanddatum</dt><dd><time datetime="2024-12-08T23:30:00Z" title="9. Dezember 2024, 00:30">vor 3 Tagen</time></dd>
      <dt>Versanddienst</dt><dd>DHL</dd></dl>`,
    );
    expect(order(o)?.shipments?.[0]?.shippingDate).toBe('2024-12-09');
  });
  it('fr: a time-only datetime beside a title', async () => {
    const o = await read(
      'fr',
      `<dl><dt>Date d’expédition</dt><dd><time datetime="14:30" title="lundi 9 décembre 2024 à 14:30">il y a 3 jours</time></dd>
      <dt>Transporteur</dt><dd>Colissimo</dd></dl>`,
    );
    expect(order(o)?.shipments?.[0]?.shippingDate).toBe('2024-12-09');
  });
  it('en: a duration datetime on an estimate', async () => {
    const o = await read(
      'en',
      `<dl><dt>Estimated delivery</dt><dd><time datetime="P3D" title="3 days">in 3 days</time></dd>
      <dt>Carrier</dt><dd>UPS</dd></dl>`,
    );
    const e = order(o)?.estimatedArrivalDate ?? order(o)?.shipments?.[0]?.estimatedArrivalDate;
    expect(e === undefined || e === '2024-12-15').toBe(true);
  });
  it('fr: a delivered-date label whose time holds a promise, not a delivery', async () => {
    const o = await read(
      'fr',
      `<div class="a-row"><span>Statut</span><span>Expédié</span></div><dl><dt>Date de livraison</dt><dd><time datetime="2024-12-16">prévue lundi</time></dd>
      <dt>Transporteur</dt><dd>Colissimo</dd></dl>`,
    );
    const s = order(o)?.shipments?.[0];
    expect(s?.packages?.[0]?.currentStatus).not.toBe('DELIVERED');
    expect(JSON.stringify(o)).not.toContain('"deliveredDate":"2024-12-16');
  });
});

describe('MCF console path', () => {
  it('path names an order, page shows another: not read as the path order with its sidebar', async () => {
    const url = `https://sellercentral.amazon.es/mcf/orders/${OTHER}`;
    const html = `<html lang="es"><body><h1>Pedido ${ID}</h1>
      <div><span>Transportista</span> <span>SEUR</span></div><div><span>Número de seguimiento</span> <span>SEUR111111111</span></div>
      <aside><h3>Otros pedidos</h3><ul><li><a href="/mcf/orders/${OTHER}">${OTHER}</a> · Entregado · Correos PQ7Y8Z9000000</li></ul></aside></body></html>`;
    const { document } = await loadPage(html, url);
    const o = readPage(document, url, { now: NOW });
    if (o.kind === 'order') {
      expect(
        o.reading.order.shipments?.flatMap((s) => s.packages ?? []).map((p) => p.trackingNumber) ?? [],
      ).not.toContain('SEUR111111111');
    }
  });
  it('mcf path with an Amazon id of the order and a seller order id shown', async () => {
    const url = `https://sellercentral.amazon.es/mcf/orders/${ID}/edit`;
    const html = `<html lang="es"><body><h1>Pedido ${ID}</h1>
      <div><span>Transportista</span> <span>SEUR</span></div><div><span>Número de seguimiento</span> <span>SEUR111111111</span></div></body></html>`;
    const { document } = await loadPage(html, url);
    const o = readPage(document, url, { now: NOW });
    expect(o.kind).toBe('order');
  });
});
