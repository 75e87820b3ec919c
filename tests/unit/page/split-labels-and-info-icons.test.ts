import { describe, expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { matchStatus } from '../../../core/page/vocabulary';
import { loadPage } from './load-fixture';

// Labels as a redesign wraps them: split over inline elements, with an info icon whose tooltip
// explains the label; and carriers' words for a parcel handed over or waiting at a counter.
const NOW = '2024-12-06T09:00:00.000Z';
async function shipmentOf(body: string) {
  const id = '171-5555555-6666666';
  const url = `https://sellercentral.amazon.es/orders-v3/order/${id}`;
  const { document } = await loadPage(
    `<!DOCTYPE html><html lang="es-ES"><body><main><h1>Detalles del pedido</h1><p>ID del pedido: ${id}</p>
    <p>Estado: Enviado</p>${body}
    <table><tr><th>SKU del vendedor</th><th>Cantidad</th></tr><tr><td>VELA-ROJA-3</td><td>1</td></tr></table>
    </main></body></html>`,
    url,
  );
  const outcome = readPage(document, url, { now: NOW });
  return outcome.kind === 'order' ? outcome.reading.order.shipments?.[0] : undefined;
}

describe('a label split over inline elements, or with an info icon', () => {
  it('reads the label whole, not its first word as a label of its own', async () => {
    const shipment = await shipmentOf(`<dl>
      <dt><span>Transportista <small>(última milla)</small></span></dt><dd>SEUR</dd>
      <dt>Número de seguimiento</dt><dd>1234567890123456</dd></dl>`);
    // "Transportista (última milla)" is the carrier's label: its value is the carrier.
    expect(shipment?.packages?.[0]?.carrierCode).toBe('SEUR');
  });

  it("leaves out an info icon's explanation and keeps the label's value", async () => {
    const shipment = await shipmentOf(`<dl>
      <dt><span><span>Fecha de envío</span></span> <i class="a-icon a-icon-info" title="Momento en que el paquete salió del centro logístico"></i></dt>
      <dd>lun, 2 dic 2024</dd></dl>`);
    expect(shipment?.shippingDate).toBe('2024-12-02');
  });
});

describe("carriers' words for a parcel handed over, or waiting to be collected", () => {
  it.each([
    ['Remis au destinataire le 3 déc.', 'delivered'],
    ['Entregado al destinatario', 'delivered'],
    ['Avisé – disponible en bureau de poste', 'inTransit'],
    ['Listo para recoger en oficina', 'inTransit'],
    ['In giacenza presso il punto BRT', 'inTransit'],
    ['Zur Abholung bereit in der Packstation 118', 'inTransit'],
  ])('%s', (text, status) => {
    expect(matchStatus(text)).toBe(status);
  });
});
