import { describe, expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// The order's own status and counts against the items' neighbours: a status inside one item's
// card, a count in a table that names no item, the status chip in the title's header, a header
// cell "Shipped" over dates, and the seller's order number labelled by the shop's site.

const NOW = '2024-12-12T09:00:00.000Z';
const ID = '402-3333333-4444444';

async function read(host: string, lang: string, body: string) {
  const url = `https://${host}/orders-v3/order/${ID}`;
  const { document } = await loadPage(`<html lang="${lang}"><body>${body}</body></html>`, url);
  return readOrderPage(document, url, { now: NOW })?.order;
}

describe("statuses inside an item's own card", () => {
  it("en: two item cards' statuses disagree; the header's badge is the order's", async () => {
    const order = await read(
      'sellercentral.amazon.com',
      'en',
      `<header><h1>Order ${ID}</h1><span class="pill">Partially completed</span></header>
       <h2>Items</h2>
       <section><p>Walnut tray</p><p><span>SKU</span> <span>TRAY-WALNUT</span></p>
         <p><span>Quantity</span> <span>1</span></p><p><span>Status</span> <span>Shipped</span></p></section>
       <section><p>Oak board</p><p><span>SKU</span> <span>BOARD-OAK</span></p>
         <p><span>Quantity</span> <span>2</span></p><p><span>Status</span> <span>Unfulfillable</span></p></section>`,
    );
    expect(order?.fulfillmentOrderStatus).toBe('CompletePartialled');
  });
  it("es: an item card's status is still the order's when nothing else says one", async () => {
    const order = await read(
      'sellercentral.amazon.es',
      'es',
      `<h1>Pedido ${ID}</h1><h2>Productos</h2>
       <div><p><span>SKU:</span> <span>TAZA-AZUL</span></p><p><span>Cantidad:</span> <span>1</span></p>
         <p><span>Estado:</span> <span>Enviado</span></p></div>`,
    );
    expect(order?.fulfillmentOrderStatus).toBe('Complete');
  });
});

describe('counts in a table that names no item', () => {
  it("fr: a reimbursements table's quantity beside an FNSKU does not outweigh the items' counts", async () => {
    const order = await read(
      'sellercentral.amazon.fr',
      'fr',
      `<h1>Commande ${ID}</h1>
       <ul><li>Bol en grès — SKU : BOL-GRES-14 — Quantité : 3</li></ul>
       <h2>Remboursements</h2>
       <table><tr><th>Date</th><th>FNSKU</th><th>Motif</th><th>Quantité</th></tr>
         <tr><td>03/12/2024</td><td>X00AB12CDE</td><td>Perdu à l'entrepôt</td><td>1</td></tr></table>`,
    );
    expect(order?.items?.map((i) => [i.sellerSku, i.quantity])).toEqual([['BOL-GRES-14', 3]]);
  });
});

describe("the title's header", () => {
  it("de: the status chip in the header's other column is the order's", async () => {
    const order = await read(
      'sellercentral.amazon.de',
      'de',
      `<div class="head"><div><h1>Bestellung ${ID}</h1><small>Verkaufskanal: Nicht-Amazon</small></div>
         <div class="right"><span class="chip"><svg aria-hidden="true"></svg> Storniert</span><small>01.12.2024</small></div></div>
       <h2>Artikel</h2><p><span>SKU:</span> <span>KANNE-1L</span> <span>Menge:</span> <span>1</span></p>`,
    );
    expect(order?.fulfillmentOrderStatus).toBe('Cancelled');
  });
  it('it: a status cell of a table right under the title is no badge of the title', async () => {
    const order = await read(
      'sellercentral.amazon.it',
      'it',
      `<h1>Ordine ${ID}</h1>
       <table><tr><th>Corriere</th><th>Tracking</th><th>Stato</th></tr>
         <tr><td>BRT</td><td>05201948300124570</td><td>In transito</td></tr></table>
       <p><span>Stato dell'ordine:</span> <span>Spedito</span></p>`,
    );
    expect(order?.fulfillmentOrderStatus).toBe('Complete');
  });
});

describe('a status word heading a column of dates', () => {
  it('it: a Katal table whose head cell "Spedito" is over the ship dates', async () => {
    const order = await read(
      'sellercentral.amazon.it',
      'it',
      `<h1>Ordine ${ID}</h1>
       <kat-table><kat-table-head><kat-table-row><kat-table-cell>Spedito</kat-table-cell>
         <kat-table-cell>Corriere</kat-table-cell><kat-table-cell>Numero di tracking</kat-table-cell></kat-table-row></kat-table-head>
       <kat-table-body><kat-table-row><kat-table-cell>28/11/2024</kat-table-cell><kat-table-cell>SDA</kat-table-cell>
         <kat-table-cell>6184739201554</kat-table-cell></kat-table-row></kat-table-body></kat-table>`,
    );
    expect(order?.shipments?.[0]?.shippingDate).toBe('2024-11-28');
  });
  it('en: a "Shipped" column of counts in an items table is no date', async () => {
    const order = await read(
      'sellercentral.amazon.com',
      'en',
      `<h1>Order ${ID}</h1>
       <table><tr><th>SKU</th><th>Ordered</th><th>Shipped</th></tr><tr><td>CUP-RED</td><td>2</td><td>2</td></tr></table>`,
    );
    expect(order?.shipments?.some((s) => s.shippingDate !== undefined)).toBe(false);
    expect(order?.items?.map((i) => [i.sellerSku, i.quantity])).toEqual([['CUP-RED', 2]]);
  });
});

describe("the seller's order number labelled by the shop's site", () => {
  it.each([
    ['sellercentral.amazon.it', 'it', 'Numero ordine del sito:', 'Stato:', 'Spedito'],
    ['sellercentral.amazon.es', 'es', 'Número de pedido del sitio web:', 'Estado:', 'Enviado'],
  ])('%s: "%s"', async (host, lang, label, statusLabel, status) => {
    const order = await read(
      host,
      lang,
      `<h1>${ID}</h1><p><span>${label}</span> <span>WEB-20931</span></p><p><span>${statusLabel}</span> <span>${status}</span></p>`,
    );
    expect(order?.displayableOrderId).toBe('WEB-20931');
  });
});
