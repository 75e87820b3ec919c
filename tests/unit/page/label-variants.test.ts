import { describe, expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { matchLabel } from '../../../core/page/vocabulary';
import { loadPage } from './load-fixture';

// Labels as pages stretch them: whom the value was shown to after the label, soft hyphens inside
// a Katal label's attribute, and a return authorization named by its short name.
describe('a label followed by whom the page showed the value to', () => {
  it.each([
    ['Estimated delivery date shown to the customer', 'estimatedArrivalDate'],
    ['Fecha de entrega estimada comunicada al cliente:', 'estimatedArrivalDate'],
    ['Data di consegna prevista comunicata al cliente', 'estimatedArrivalDate'],
    ['Transporteur indiqué au destinataire', 'carrier'],
  ])('%s', (label, key) => {
    expect(matchLabel(label)?.key).toBe(key);
  });

  it('is no label when the words before it are none', () => {
    expect(matchLabel('Mensaje comunicado al cliente')).toBeUndefined();
  });
});

describe('a return authorization by its short name', () => {
  it.each([
    ['Authorization ID'],
    ['ID de autorización'],
    ['Genehmigungsnummer'],
    ["N° d'autorisation"],
    ['ID di autorizzazione'],
    ['RMA'],
  ])('%s', (label) => {
    expect(matchLabel(label)?.key).toBe('rmaId');
  });
});

describe('soft hyphens inside a Katal label attribute', () => {
  it('reads the label as printed without them', async () => {
    const id = '028-9988776-6655443';
    const url = `https://sellercentral.amazon.de/mcf/orders/${id}`;
    const html = `<!DOCTYPE html><html lang="de-DE"><body><main><h1>Bestellung ${id}</h1>
      <kat-label text="Sendungs&shy;verfolgungs&shy;nummer"></kat-label><span>00340434161094027318</span>
      <kat-label text="Versand&shy;dienst&shy;leister"></kat-label><span>DHL</span>
      <kat-label text="Versand&shy;datum"></kat-label><span>03.12.2024</span>
      </main></body></html>`;
    const { document } = await loadPage(html, url);
    const outcome = readPage(document, url, { now: '2024-12-06T09:00:00.000Z' });
    const shipment = outcome.kind === 'order' ? outcome.reading.order.shipments?.[0] : undefined;
    expect(shipment?.packages?.[0]?.trackingNumber).toBe('00340434161094027318');
    expect(shipment?.shippingDate).toBe('2024-12-03');
  });
});
