import { describe, expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Returns tables as consoles draw them: the return's state as a chip or a named dot in the RMA's
// own cell, states worded as the steps of a return ("Label issued", "Refunded"), a row naming
// another order in its order column, and a history's details naming "Sendung 1".

const NOW = '2024-12-12T09:00:00.000Z';
const ID = '402-3333333-4444444';

async function read(host: string, lang: string, body: string) {
  const url = `https://${host}/orders-v3/order/${ID}`;
  const { document } = await loadPage(`<html lang="${lang}"><body><h1>${ID}</h1>${body}</body></html>`, url);
  return readOrderPage(document, url, { now: NOW })?.order;
}
const returnsOf = (order: Awaited<ReturnType<typeof read>>) =>
  (order?.returns ?? []).map((r) => [
    r.rmaId,
    r.status,
    r.items.map((i) => `${i.sellerSku}×${i.quantity}`).join(),
  ]);

describe("a return's state in its RMA's cell", () => {
  it('es: a badge and a dot named by the state, in an ARIA table with no status column', async () => {
    const order = await read(
      'sellercentral.amazon.es',
      'es',
      `<div role="table"><div role="row"><span role="columnheader">RMA</span><span role="columnheader">SKU</span>
         <span role="columnheader">Cantidad</span></div>
       <div role="row"><span role="cell">Pq4rTy7uRMA<kat-badge label="Reembolsada"></kat-badge></span>
         <span role="cell">VELA-SOJA-200</span><span role="cell">1</span></div>
       <div role="row"><span role="cell"><a href="/returns/Zx8cVb2nRMA">Zx8cVb2nRMA</a><span role="img"
         aria-label="Recibida en el centro logístico de Madrid"></span></span>
         <span role="cell">VELA-CERA-300</span><span role="cell">2</span></div></div>`,
    );
    expect(returnsOf(order)).toEqual([
      ['Pq4rTy7uRMA', 'closed', 'VELA-SOJA-200×1'],
      ['Zx8cVb2nRMA', 'received', 'VELA-CERA-300×2'],
    ]);
  });
  it('en: a status column worded as a step, with more after it', async () => {
    const order = await read(
      'sellercentral.amazon.com',
      'en',
      `<table><tr><th>RMA</th><th>SKU</th><th>Qty</th><th>Status</th></tr>
         <tr><td>Hh2jKk3lRMA</td><td>LAMP-BRASS</td><td>1</td><td>Label issued, waiting for the customer's parcel</td></tr>
         <tr><td>Mm4nBb5vRMA</td><td>LAMP-SHADE</td><td>2</td><td>On its way back</td></tr></table>`,
    );
    expect(returnsOf(order)).toEqual([
      ['Hh2jKk3lRMA', 'authorized', 'LAMP-BRASS×1'],
      ['Mm4nBb5vRMA', 'in-transit', 'LAMP-SHADE×2'],
    ]);
  });
});

describe("a returns table's row naming another order", () => {
  it("it: the row whose order column is the replacement order's is not this order's return", async () => {
    const order = await read(
      'sellercentral.amazon.it',
      'it',
      `<table><tr><th>RMA</th><th>Ordine</th><th>SKU</th><th>Quantità</th><th>Stato</th></tr>
         <tr><td>Aa1sDd2fRMA</td><td>${ID}</td><td>TAZZA-BLU</td><td>1</td><td>Autorizzato</td></tr>
         <tr><td>Gg3hJj4kRMA</td><td><a href="/orders-v3/order/405-7777777-8888888">405-7777777-8888888</a></td>
           <td>TAZZA-BLU</td><td>1</td><td>Autorizzato</td></tr></table>`,
    );
    expect(returnsOf(order).map(([rma]) => rma)).toEqual(['Aa1sDd2fRMA']);
  });
});

describe("a history's details naming a shipment by its number", () => {
  it('fr: "Envoi 1 – remis au voisin" in an event row opens no section over the parcels table', async () => {
    const order = await read(
      'sellercentral.amazon.fr',
      'fr',
      `<table><tr><th>Envoi</th><th>Transporteur</th><th>Numéro de suivi</th><th>Date d'expédition</th></tr>
         <tr><td>1</td><td>Colissimo</td><td>6A23847561209</td><td>02/12/2024</td></tr></table>
       <h2>Historique</h2>
       <table><tr><th>Date</th><th>Événement</th><th>Détails</th></tr>
         <tr><td>02/12/2024 16:20</td><td>Expédié</td><td>Envoi 1 – remis à Colissimo</td></tr>
         <tr><td>04/12/2024 11:02</td><td>Livré</td><td>Envoi 1 – remis au voisin</td></tr></table>`,
    );
    const pkg = order?.shipments?.[0]?.packages?.[0];
    expect([pkg?.carrierCode, pkg?.trackingNumber, order?.shipments?.[0]?.shippingDate]).toEqual([
      'Colissimo',
      '6A23847561209',
      '2024-12-02',
    ]);
  });
});
