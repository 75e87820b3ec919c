import { describe, expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { matchLabel } from '../../../core/page/vocabulary';
import { loadPage } from './load-fixture';

// Labels as pages stretch them: whom an estimate was shown to after its label, soft hyphens inside
// a Katal label's attribute, and a return authorization named "RMA".
describe('a label followed by whom the page showed the value to', () => {
  it.each([
    ['Estimated delivery date shown to the customer', 'estimatedArrivalDate'],
    ['Fecha de entrega estimada comunicada al cliente:', 'estimatedArrivalDate'],
    ['Data di consegna prevista comunicata al cliente', 'estimatedArrivalDate'],
    // The order's number the buyer sees is the seller's own.
    ['Numéro de commande affiché au client', 'merchantOrderId'],
    ['Order number displayed to the buyer', 'merchantOrderId'],
  ])('%s', (label, key) => {
    expect(matchLabel(label)?.key).toBe(key);
  });

  it('is no label when the words before it are none, or name another field than the estimate', () => {
    expect(matchLabel('Mensaje comunicado al cliente')).toBeUndefined();
    // The carrier shown to the buyer may not be the one carrying; a date promised is no fact.
    expect(matchLabel('Transporteur indiqué au destinataire')).toBeUndefined();
    expect(matchLabel('Ship date promised to the customer')).toBeUndefined();
  });
});

describe('a return authorization by its short name', () => {
  it('takes "RMA" alone, and in brackets after words that are no label', async () => {
    expect(matchLabel('RMA')?.key).toBe('rmaId');
    const id = '408-1122334-4455667';
    const url = `https://sellercentral.amazon.it/orders-v3/order/${id}`;
    const html = `<!DOCTYPE html><html lang="it-IT"><body><main><h1>Dettagli ordine</h1>
      <p>ID ordine: ${id}</p><p>Stato: Spedito</p>
      <table><tr><th>SKU venditore</th><th>Quantità</th></tr><tr><td>LAMPADA-OTTONE</td><td>1</td></tr></table>
      <h2>Resi</h2><table><tr><th>Codice di autorizzazione (RMA)</th><th>Stato del reso</th><th>SKU</th><th>Quantità</th></tr>
      <tr><td>Rk7QmZp2RMA</td><td>Autorizzato</td><td>LAMPADA-OTTONE</td><td>1</td></tr></table>
      </main></body></html>`;
    const { document } = await loadPage(html, url);
    const outcome = readPage(document, url, { now: '2024-12-06T09:00:00.000Z' });
    const returns = outcome.kind === 'order' ? outcome.reading.order.returns : undefined;
    expect(returns?.[0]?.rmaId).toBe('Rk7QmZp2RMA');
  });

  it('takes no bare "authorization" label: a payment has one too', () => {
    for (const label of [
      'Authorization ID',
      'Número de autorización',
      'Genehmigungsnummer',
      "N° d'autorisation",
    ])
      expect(matchLabel(label)).toBeUndefined();
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
