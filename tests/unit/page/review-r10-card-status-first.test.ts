import { describe, expect, it } from 'vitest';
import { type PageOutcome, readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

const NOW = '2024-12-12T09:00:00.000Z';
const ID = '402-1234567-1234567';
const URL_ = `https://sellercentral.amazon.fr/orders-v3/order/${ID}`;
const head = `<!DOCTYPE html><html lang="fr-FR"><body><div id="MYO-app"><h1>Détails de la commande</h1>
  <div class="a-row"><span>N° de commande :</span> <span>${ID}</span></div>
  <div class="a-row"><span>Statut</span><span>Expédié</span></div>`;
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

describe('recent-orders card opening with a date line', () => {
  it.each([
    [`<div>Commandé le 2 déc. 2024</div><div>Réexpédition ${OTHER}</div>`],
    [`<div>2 déc. 2024</div><div>Commande ${OTHER} · Livré</div>`],
    [`<div><span>Date de commande :</span> <span>2 déc. 2024</span></div><div>Réexpédition ${OTHER}</div>`],
    [`<div><span>Statut :</span> <span>Livré</span></div><div>Échange ${OTHER}</div>`],
    [`<div><span>Date de commande :</span> <span>2 déc. 2024</span></div><div>Autre achat ${OTHER}</div>`],
  ])('%s', async (lines) => {
    const other = `<div class="card">${lines}<dl><dt>Transporteur</dt><dd>Chronopost</dd><dt>Numéro de suivi</dt><dd>XW246813579FR</dd></dl></div>`;
    const o = await read(head + pkg + `<aside>${other}</aside>` + end);
    expect(trackings(o)).toEqual(['6A12345678901']);
  });
});
describe('status-first card: this order not delivered', () => {
  it.each([
    [`<div><span>Statut :</span> <span>Livré</span></div><div>Échange ${OTHER}</div>`],
    [
      `<div><span>Statut :</span> <span>Livré le 3 déc. 2024</span></div><div>Commande précédente ${OTHER}</div>`,
    ],
  ])('%s', async (lines) => {
    const other = `<div class="card">${lines}<dl><dt>Transporteur</dt><dd>Chronopost</dd><dt>Numéro de suivi</dt><dd>XW246813579FR</dd></dl></div>`;
    const o = await read(head + pkg + `<aside>${other}</aside>` + end);
    expect(JSON.stringify(order(o))).not.toMatch(/DELIVERED|deliveredDate/);
  });
});
