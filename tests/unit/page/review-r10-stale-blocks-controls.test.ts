import { describe, expect, it } from 'vitest';
import { type PageOutcome, readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

const NOW = '2024-12-12T09:00:00.000Z';
const ID = '402-1234567-1234567';
const URL_FR = `https://sellercentral.amazon.fr/orders-v3/order/${ID}`;
const head = `<!DOCTYPE html><html lang="fr"><body><div id="MYO-app"><h1>Détails de la commande</h1>
  <div class="a-row"><span>N° de commande :</span> <span>${ID}</span></div>`;
const end = '</div></body></html>';
async function read(html: string): Promise<PageOutcome> {
  const { document } = await loadPage(html, URL_FR);
  return readPage(document, URL_FR, { now: NOW });
}
const order = (o: PageOutcome) => (o.kind === 'order' ? o.reading.order : null);
describe('controls', () => {
  it('C1 without note', async () => {
    const o = await read(
      head +
        `
      <section><h3>Expédition 1</h3><dl><dt>Transporteur</dt><dd>Colissimo</dd><dt>Numéro de suivi</dt><dd>6A12345678901</dd></dl></section>
      <section><h3>Expédition 2</h3><p>Suivi transporteur · mis à jour il y a 2 h</p>
        <dl><dt>Transporteur</dt><dd>Chronopost</dd><dt>Numéro de suivi</dt><dd>XW246813579FR</dd></dl></section>` +
        end,
    );
    expect(
      (order(o)?.shipments ?? [])
        .flatMap((s) => s.packages ?? [])
        .map((p) => p.trackingNumber)
        .sort(),
    ).toEqual(['6A12345678901', 'XW246813579FR']);
  });
  it('C3 without note', async () => {
    const o = await read(
      head +
        `
      <div><table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>MUG-1</td><td>2</td></tr></table>
      <p>Les données sont fournies par le transporteur.</p></div>
      <section><table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>TEA-2</td><td>1</td></tr></table></section>` +
        end,
    );
    expect(order(o)?.items).toEqual([
      { sellerSku: 'MUG-1', quantity: 2 },
      { sellerSku: 'TEA-2', quantity: 1 },
    ]);
  });
});
