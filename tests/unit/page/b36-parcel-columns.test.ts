import { describe, expect, it } from 'vitest';
import type { OrderInput } from '../../../core/model/order';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// A cause found by the blind batch b36 (readings the money depends on), written here in another
// shape and language than the page that showed it (a French table, parcels as columns).

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
