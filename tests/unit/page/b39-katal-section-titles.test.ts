import { expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Found by the blind batch b39: a parcel's history in a Katal accordion whose item's title is an
// attribute (`<kat-accordion-item label="Paket 3 · DHL JJD…">`), after the shipments' sections.
// Written here with another component and language: the title names the parcel, so its
// "delivered" is that parcel's, not a new one's in the last section.

const NOW = '2024-12-06T09:00:00.000Z';
const ID = 'S02-3939393-2020202';

it('es: a kat-expander titled by its heading attribute naming a parcel carries that parcel’s history', async () => {
  const url = `https://sellercentral.amazon.es/orders-v3/order/${ID}`;
  const html = `<html lang="es"><body><h1>Pedido ${ID}</h1>
    <h2>Envío 1 de 2</h2>
    <dl><dt>Fecha de envío</dt><dd>02/12/2024</dd><dt>Transportista</dt><dd>SEUR</dd>
      <dt>Número de seguimiento</dt><dd>70049821357602</dd></dl>
    <h2>Envío 2 de 2</h2>
    <dl><dt>Fecha de envío</dt><dd>04/12/2024</dd><dt>Transportista</dt><dd>Correos</dd>
      <dt>Número de seguimiento</dt><dd>PQ4F6H0712345670128003</dd></dl>
    <h2>Seguimiento</h2>
    <kat-expander heading="Bulto 1 · SEUR 70049821357602" expanded>
      <ul><li>05/12/2024 12:10 – Entregado</li><li>03/12/2024 08:00 – En reparto</li></ul>
    </kat-expander></body></html>`;
  const { document } = await loadPage(html, url);
  const outcome = readPage(document, url, { now: NOW });
  if (outcome.kind !== 'order') throw new Error('not read as an order');
  const shipments = outcome.reading.order.shipments ?? [];
  expect(shipments.map((s) => s.packages?.map((p) => [p.trackingNumber, p.currentStatus]))).toEqual([
    [['70049821357602', 'DELIVERED']],
    [['PQ4F6H0712345670128003', undefined]],
  ]);
});
