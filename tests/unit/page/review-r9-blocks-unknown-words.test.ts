import { describe, expect, it } from 'vitest';
import { type PageOutcome, readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

const NOW = '2024-12-12T09:00:00.000Z';
const ID = '402-1234567-1234567';
const URL_ = `https://sellercentral.amazon.fr/orders-v3/order/${ID}`;
const head = `<!DOCTYPE html><html lang="fr-FR"><body><div id="MYO-app"><h1>Détails de la commande</h1>
  <div class="a-row"><span>N° de commande :</span> <span>${ID}</span></div>
  <div class="a-row"><span>Livraison estimée :</span> <span>mar. 10 déc. 2024</span></div>
  <div class="a-row"><span>Statut</span><span>Expédié</span></div>`;
const items = `<h3>Contenu de la commande</h3><table><thead><tr><th>Nom du produit</th><th>Quantité</th></tr></thead>
  <tbody><tr><td>Théière<br>SKU : TEA-POT-12</td><td>2</td></tr></tbody></table>`;
const pkg = `<h3>Colis</h3><div class="package-block"><dl>
  <dt>Date d&#39;expédition</dt><dd>mer. 4 déc. 2024</dd><dt>Transporteur</dt><dd>Colissimo</dd>
  <dt>Numéro de suivi</dt><dd>6A12345678901</dd></dl></div>`;
const end = '</div></body></html>';
const OTHER = '171-1111111-1111111';

async function read(html: string): Promise<PageOutcome> {
  const { document } = await loadPage(html, URL_);
  return readPage(document, URL_, { now: NOW });
}
const order = (o: PageOutcome) => (o.kind === 'order' ? o.reading.order : null);
const trackings = (o: PageOutcome) =>
  (order(o)?.shipments ?? []).flatMap((s) => s.packages ?? []).map((p) => p.trackingNumber);

describe('r9 other order card with id after unknown words', () => {
  it.each([
    [`Réexpédition ${OTHER}`],
    [`Échange ${OTHER}`],
    [`Reship ${OTHER}`],
    [`Umtausch ${OTHER}`],
    [`Nachlieferung ${OTHER}`],
    [`Reenvío ${OTHER}`],
    [`Autre achat ${OTHER}`],
    [`2 déc. – ${OTHER} – Livré`],
    [`Placed Dec 2 ${OTHER}`],
    [`Bestellt am 2.12. ${OTHER}`],
  ])('"%s" over its own tracking: none of it read as this order', async (line) => {
    const other = `<div class="card"><div>${line}</div><dl><dt>Transporteur</dt><dd>Chronopost</dd><dt>Numéro de suivi</dt><dd>XW246813579FR</dd></dl></div>`;
    const outcome = await read(head + items + pkg + other + end);
    expect(trackings(outcome)).toEqual(['6A12345678901']);
  });
});
