import { expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Rule 1 (facts/events.ts, "one event alone is a history when its date names a day"): a progress
// stepper "Pedido realizado → Enviado → Entregado", each step an icon then its name, whose last
// step (not yet reached) shows the expected day. That step is the list's only dated "event", so
// it is read as the parcel DELIVERED on Friday 6 — two days after the page was read.
// (Before a10b628 a lone dated item was never a history: nothing delivered was read.)

const ID = '402-3333333-4444444';
const NOW = '2024-12-04T09:00:00.000Z';

it('es: a stepper showing the expected day under its "Entregado" step says nothing delivered', async () => {
  const url = `https://sellercentral.amazon.es/orders-v3/order/${ID}`;
  const html = `<html lang="es"><body><h1>Pedido ${ID}</h1>
    <p><span>Estado del pedido:</span> <span>Enviado</span></p>
    <table><tr><th>Transportista</th><th>Número de seguimiento</th><th>Fecha de envío</th></tr>
      <tr><td>SEUR</td><td>PQ4B7C0123456789</td><td>02/12/2024</td></tr></table>
    <ol class="pasos">
      <li class="hecho"><span class="icono">●</span><span>Pedido realizado</span></li>
      <li class="hecho"><span class="icono">●</span><span>Enviado</span></li>
      <li class="pendiente"><span class="icono">○</span><span>Entregado</span><span>viernes, 6 de diciembre</span></li>
    </ol></body></html>`;
  const { document } = await loadPage(html, url);
  const pkg = readOrderPage(document, url, { now: NOW })?.order.shipments?.[0]?.packages?.[0];
  expect(pkg?.trackingNumber).toBe('PQ4B7C0123456789');
  expect(pkg?.currentStatus).not.toBe('DELIVERED');
  expect(pkg?.deliveredDate).toBeUndefined();
});
