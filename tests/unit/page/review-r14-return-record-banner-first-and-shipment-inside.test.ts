// Review R14 of the b30 rules and of the later-part status rule: each probe a page or a text
// that broke them (the order's items taken for a return's, a promise or a pickup point read as
// delivered, a pack size read as a count, a remark counting returned units dropped).
// NOTE 2: test 1 (banner first) is the finding; tests 2-4 pass (controls); test 5 fails for the colon-lines reason (see return-record-shipment-items-and-colon-lines).
import { describe, expect, it } from 'vitest';
import type { OrderInput } from '../../../core/model/order';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

const NOW = '2024-12-06T09:00:00.000Z';
async function orderOf(lang: string, host: string, body: string, id = '402-5555555-6666666') {
  const url = `https://${host}/orders-v3/order/${id}`;
  const { document } = await loadPage(`<!DOCTYPE html><html lang="${lang}"><body>${body}</body></html>`, url);
  const outcome = readPage(document, url, { now: NOW });
  return outcome.kind === 'order' ? outcome.reading.order : undefined;
}
const items = (o: OrderInput | undefined) =>
  (o?.items ?? []).map((i: { sellerSku: string; quantity: number }) => `${i.sellerSku} × ${i.quantity}`);
const rItems = (o: OrderInput | undefined) =>
  (o?.returns ?? []).flatMap((r: { items?: { sellerSku: string; quantity: number }[] }) =>
    (r.items ?? []).map((i: { sellerSku: string; quantity: number }) => `${i.sellerSku} × ${i.quantity}`),
  );

describe('r14 return records', () => {
  it('a return banner first in the page does not make the whole page the return', async () => {
    const id = '402-5555555-6666666';
    const o = await orderOf(
      'fr-FR',
      'sellercentral.amazon.fr',
      `<main>
      <div class="banner">Retour en cours · N° de retour : DxK4mP9qRMA</div>
      <h1>Détails de la commande</h1><p>N° de commande : ${id}</p><p>Statut : Expédié</p>
      <dl><dt>SKU vendeur</dt><dd>BOUGIE-12</dd><dt>Quantité</dt><dd>3</dd></dl>
      <section><h2>Retour</h2><dl><dt>Statut du retour</dt><dd>En transit</dd>
      <dt>Articles retournés</dt><dd>BOUGIE-12 × 1</dd></dl></section></main>`,
      id,
    );
    expect(items(o)).toEqual(['BOUGIE-12 × 3']);
    expect(rItems(o)).toEqual(['BOUGIE-12 × 1']);
  });

  it('a return card listing the ordered quantity beside the returned one', async () => {
    const id = '402-5555555-6666666';
    const o = await orderOf(
      'en-US',
      'sellercentral.amazon.com',
      `<main>
      <h1>Order details</h1><p>Order ID: ${id}</p><p>Status: Shipped</p>
      <table><tr><th>SKU</th><th>Quantity</th></tr><tr><td>MUG-TEAL-11OZ</td><td>3</td></tr></table>
      <div class="card"><div>RMA ID: DhT5nR2kRMA</div><div>Return status: In transit</div>
      <div>SKU: MUG-TEAL-11OZ</div><div>Quantity: 3</div><div>Returned: 1</div></div></main>`,
      id,
    );
    expect(items(o)).toEqual(['MUG-TEAL-11OZ × 3']);
    expect(rItems(o)).not.toContain('MUG-TEAL-11OZ × 3');
  });

  it('a returns table with Requested / Received columns: order items keep their quantity', async () => {
    const id = '402-5555555-6666666';
    const o = await orderOf(
      'en-US',
      'sellercentral.amazon.com',
      `<main>
      <h1>Order details</h1><p>Order ID: ${id}</p><p>Status: Shipped</p>
      <table><tr><th>SKU</th><th>Quantity</th></tr><tr><td>MUG-TEAL-11OZ</td><td>3</td></tr></table>
      <h2>Returns</h2>
      <table><tr><th>RMA ID</th><th>SKU</th><th>Requested</th><th>Received</th><th>Return status</th></tr>
      <tr><td>DhT5nR2kRMA</td><td>MUG-TEAL-11OZ</td><td>1</td><td>0</td><td>In transit</td></tr></table></main>`,
      id,
    );
    expect(items(o)).toEqual(['MUG-TEAL-11OZ × 3']);
  });

  it('fr: Demandées column in a returns table', async () => {
    const id = '402-5555555-6666666';
    const o = await orderOf(
      'fr-FR',
      'sellercentral.amazon.fr',
      `<main>
      <h1>Détails de la commande</h1><p>N° de commande : ${id}</p><p>Statut : Expédié</p>
      <table><tr><th>SKU vendeur</th><th>Quantité</th></tr><tr><td>BOUGIE-12</td><td>3</td></tr></table>
      <h2>Retours</h2>
      <table><tr><th>N° de retour</th><th>SKU vendeur</th><th>Demandées</th><th>Reçues</th><th>Statut du retour</th></tr>
      <tr><td>DxK4mP9qRMA</td><td>BOUGIE-12</td><td>1</td><td>0</td><td>En transit</td></tr></table></main>`,
      id,
    );
    expect(items(o)).toEqual(['BOUGIE-12 × 3']);
  });
});
