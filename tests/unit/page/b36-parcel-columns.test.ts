import { describe, expect, it } from 'vitest';
import type { OrderInput } from '../../../core/model/order';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Causes found by the blind batch b36 (readings the money depends on), each written here in
// another shape and language than the French page that showed it (parcels as a table's columns,
// each parcel's history under a header naming it again).

const NOW = '2024-12-06T09:00:00.000Z';
const ID = 'S02-3131313-4242424';

async function read(host: string, lang: string, body: string): Promise<OrderInput> {
  const url = `https://${host}/orders-v3/order/${ID}`;
  const { document } = await loadPage(`<html lang="${lang}"><body>${body}</body></html>`, url);
  const outcome = readPage(document, url, { now: NOW });
  if (outcome.kind !== 'order') throw new Error(`not read as an order: ${JSON.stringify(outcome)}`);
  return outcome.reading.order;
}

const parcels = (order: OrderInput) =>
  (order.shipments ?? []).map((s) => ({
    shippingDate: s.shippingDate,
    tracking: (s.packages ?? []).map((p) => `${p.carrierCode} ${p.trackingNumber} ${p.currentStatus ?? '-'}`),
  }));

describe('a table turned sideways, a parcel per column', () => {
  it('es (ARIA grid): "Paquete 1" and "Paquete 2" over rows of fields are two shipments, each with its dates', async () => {
    const order = await read(
      'sellercentral.amazon.es',
      'es',
      `<h1>Pedido ${ID}</h1>
       <div role="table">
         <div role="row"><span role="columnheader"></span><span role="columnheader">Paquete 1</span><span role="columnheader">Paquete 2</span></div>
         <div role="row"><span role="rowheader">Transportista</span><span role="cell">Correos</span><span role="cell">SEUR</span></div>
         <div role="row"><span role="rowheader">Número de seguimiento</span><span role="cell">PQ4B6C0711823520128004M</span><span role="cell">SE7733001122334</span></div>
         <div role="row"><span role="rowheader">Fecha de envío</span><span role="cell">25/11/2024</span><span role="cell">28/11/2024</span></div>
         <div role="row"><span role="rowheader">Estado</span><span role="cell">Entregado</span><span role="cell">En tránsito</span></div>
       </div>`,
    );
    expect(parcels(order)).toEqual([
      { shippingDate: '2024-11-25', tracking: ['Correos PQ4B6C0711823520128004M DELIVERED'] },
      { shippingDate: '2024-11-28', tracking: ['SEUR SE7733001122334 IN_TRANSIT'] },
    ]);
  });
});

describe('a parcel named again further down, over its history', () => {
  it('en: "Package 1/2 · UPS 1Z…" after both shipments\' sections: its "Delivered" is the UPS parcel\'s, not a package more in the USPS shipment', async () => {
    const order = await read(
      'sellercentral.amazon.com',
      'en',
      `<h1>Order ${ID}</h1>
       <h3>Shipment 1</h3>
       <p><span>Carrier:</span> <span>UPS</span></p><p><span>Tracking number:</span> <span>1Z999AA10123456784</span></p>
       <p><span>Ship date:</span> <span>Dec 2, 2024</span></p>
       <h3>Shipment 2</h3>
       <p><span>Carrier:</span> <span>USPS</span></p><p><span>Tracking number:</span> <span>9400111899223197428490</span></p>
       <p><span>Ship date:</span> <span>Dec 3, 2024</span></p>
       <h4>Tracking history</h4>
       <details open><summary>Package 1/2 · UPS 1Z999AA10123456784</summary>
         <ol><li><b>Delivered</b><div>Dec 4, 2024 11:26 AM · Denver, CO</div></li>
         <li>Out for delivery<div>Dec 4, 2024 8:10 AM · Denver, CO</div></li></ol></details>`,
    );
    expect(parcels(order)).toEqual([
      { shippingDate: '2024-12-02', tracking: ['UPS 1Z999AA10123456784 DELIVERED'] },
      { shippingDate: '2024-12-03', tracking: ['USPS 9400111899223197428490 -'] },
    ]);
  });
});
