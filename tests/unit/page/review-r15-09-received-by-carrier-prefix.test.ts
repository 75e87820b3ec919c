import { expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Rule 6c (candidates.ts, "a status column's state opening a longer text in a row of its own
// RMA"): "Recibido por el transportista, de camino al centro logístico" opens with "Recibido"
// and is read as the return RECEIVED — the parcel was only handed to the carrier by the buyer
// (in transit). Return words used as prefixes need the same care as `matchStatus` gives
// "received" (whole values only).

const ID = '402-3333333-4444444';
const NOW = '2024-12-04T09:00:00.000Z';

it('es: a return "Recibido por el transportista, de camino…" is in transit, not received', async () => {
  const url = `https://sellercentral.amazon.es/orders-v3/order/${ID}`;
  const html = `<html lang="es"><body><h1>Pedido ${ID}</h1>
    <table><tr><th>RMA</th><th>SKU</th><th>Cantidad</th><th>Estado</th></tr>
      <tr><td>Pq4rTy7uRMA</td><td>VELA-SOJA-200</td><td>1</td>
        <td>Recibido por el transportista, de camino al centro logístico</td></tr></table></body></html>`;
  const { document } = await loadPage(html, url);
  const returns = readOrderPage(document, url, { now: NOW })?.order.returns ?? [];
  // In transit, or no status read (no return then); never received.
  expect(returns.filter((r) => r.status === 'received')).toEqual([]);
});
