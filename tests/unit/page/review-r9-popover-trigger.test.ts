import { describe, expect, it } from 'vitest';
import { type PageOutcome, readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

const NOW = '2024-12-12T09:00:00.000Z';
const ID = '402-1234567-1234567';
const URL_ = `https://sellercentral.amazon.fr/orders-v3/order/${ID}`;
const page = (
  status: string,
  tracking: string,
) => `<!DOCTYPE html><html lang="fr-FR"><body><div id="MYO-app"><h1>Détails de la commande</h1>
  <div class="a-row"><span>N° de commande :</span> <span>${ID}</span></div>
  <div class="a-row"><span>Statut</span> ${status}</div>
  <h3>Contenu de la commande</h3><table><thead><tr><th>Nom du produit</th><th>Quantité</th></tr></thead>
  <tbody><tr><td>Théière<br>SKU : TEA-POT-12</td><td>2</td></tr></tbody></table>
  <h3>Colis</h3><div class="package-block"><dl>
  <dt>Date d&#39;expédition</dt><dd>mer. 4 déc. 2024</dd><dt>Transporteur</dt><dd>Colissimo</dd>
  <dt>Numéro de suivi</dt><dd>${tracking}</dd></dl></div></div></body></html>`;

async function read(html: string): Promise<PageOutcome> {
  const { document } = await loadPage(html, URL_);
  return readPage(document, URL_, { now: NOW });
}
const order = (o: PageOutcome) => (o.kind === 'order' ? o.reading.order : null);
const trackings = (o: PageOutcome) =>
  (order(o)?.shipments ?? []).flatMap((s) => s.packages ?? []).map((p) => p.trackingNumber);

describe('r9 a tooltip trigger (microtip role=tooltip, data-popover trigger) holding the value', () => {
  it('control: plain span', async () => {
    const o = await read(page('<span>Livré</span>', '<span>6A12345678901</span>'));
    expect(order(o)?.fulfillmentOrderStatus).toBe('Complete');
    expect(trackings(o)).toEqual(['6A12345678901']);
  });
  it('status in a microtip trigger (role=tooltip with aria-label) is still read', async () => {
    const o = await read(
      page(
        '<span role="tooltip" aria-label="Mis à jour le 4 déc." data-microtip-position="up">Livré</span>',
        '<span>6A12345678901</span>',
      ),
    );
    expect(order(o)?.fulfillmentOrderStatus).toBe('Complete');
  });
  it('tracking number in a data-popover trigger is still read', async () => {
    const o = await read(
      page('<span>Livré</span>', '<a href="#" data-popover="tracking-events">6A12345678901</a>'),
    );
    expect(trackings(o)).toEqual(['6A12345678901']);
  });
  it('tracking number in a microtip trigger (role=tooltip aria-label) is still read', async () => {
    const o = await read(
      page(
        '<span>Livré</span>',
        '<span role="tooltip" aria-label="Suivre sur colissimo.fr" data-microtip-position="top">6A12345678901</span>',
      ),
    );
    expect(trackings(o)).toEqual(['6A12345678901']);
  });
  it('status in a data-popover trigger is still read', async () => {
    const o = await read(
      page('<a href="#" data-popover="status-help">En cours de traitement</a>', '<span>6A12345678901</span>'),
    );
    expect(order(o)?.fulfillmentOrderStatus).toBe('Processing');
  });
});
