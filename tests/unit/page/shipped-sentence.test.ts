import { describe, expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { shippedSentence } from '../../../core/page/reader/facts/shipped-sentence';
import { loadPage } from './load-fixture';

// A shipment told in a sentence (a browser's translation turns labelled fields into such
// sentences): its ship date and carrier, never from a forecast.
describe('a sentence saying when and with whom the order shipped', () => {
  it.each([
    ['Colis 1 sur 2 expédié le 26 nov. 2024 par Colissimo depuis ORY4.', '26 nov. 2024', 'Colissimo'],
    ['El paquete fue enviado el 02/12/2024 con SEUR desde MAD4', '02/12/2024', 'SEUR'],
    ['Pacco spedito il 27/11/2024 tramite Poste Italiane', '27/11/2024', 'Poste Italiane'],
    ['Your parcel was dispatched on 3 Dec 2024 via Royal Mail.', '3 Dec 2024', 'Royal Mail'],
  ])('%s', (text, date, carrier) => {
    expect(shippedSentence(text)).toEqual({ date, carrier });
  });

  it.each([
    ['Das Paket wird voraussichtlich versandt am 09.12.2024 mit DHL'],
    ['Your order will be shipped on Dec 9, 2024 with UPS'],
    ['Expédié le 26 nov. 2024 par notre entrepôt'],
  ])('refuses a forecast or a sentence naming no carrier: %s', (text) => {
    expect(shippedSentence(text)).toBeNull();
  });

  it('gives the order its ship date and carrier on a page without labels for them', async () => {
    const id = '171-2233445-5566778';
    const url = `https://sellercentral.amazon.es/orders-v3/order/${id}`;
    const html = `<!DOCTYPE html><html lang="es-ES"><body><main><h1>Detalles del pedido</h1>
      <p>ID del pedido: ${id}</p><p>Estado: Enviado</p>
      <section><h2>Envío</h2><p>El paquete 1 de 1 fue enviado el 02/12/2024 con SEUR desde el centro MAD4.</p>
      <p>Número de seguimiento: 1234567890123456</p></section>
      <table><tr><th>SKU del vendedor</th><th>Cantidad</th></tr><tr><td>VELA-ROJA-3</td><td>2</td></tr></table>
      </main></body></html>`;
    const { document } = await loadPage(html, url);
    const outcome = readPage(document, url, { now: '2024-12-06T09:00:00.000Z' });
    const shipment = outcome.kind === 'order' ? outcome.reading.order.shipments?.[0] : undefined;
    expect(shipment?.shippingDate).toBe('2024-12-02');
    expect(shipment?.packages?.[0]?.carrierCode).toBe('SEUR');
  });
});
