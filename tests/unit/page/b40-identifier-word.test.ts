import { expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Found by the blind batch b40 (a French page, "Identifiant de commande vendeur : …" in its
// header): "ID" spelled out as a word is still "ID" in a label, so the seller's own order id was
// not read. Written here in another language and shape than the page that showed it.

const NOW = '2024-12-06T09:00:00.000Z';
const ID = '404-1112223-3334445';

it('es: "Identificador de pedido del vendedor" is "ID de pedido del vendedor"', async () => {
  const url = `https://sellercentral.amazon.es/orders-v3/order/${ID}`;
  const html = `<html lang="es"><body><h1>Pedido</h1>
    <table><tr><th>Identificador de pedido</th><td>${ID}</td></tr>
      <tr><th>Identificador de pedido del vendedor</th><td>TND-55120</td></tr>
      <tr><th>Estado</th><td>Enviado</td></tr>
      <tr><th>Transportista</th><td>SEUR</td></tr></table>
    </body></html>`;
  const { document } = await loadPage(html, url);
  const outcome = readPage(document, url, { now: NOW });
  if (outcome.kind !== 'order') throw new Error('not read as an order');
  expect(outcome.reading.order.displayableOrderId).toBe('TND-55120');
});
