// Review R14 of the b30 rules and of the later-part status rule: each probe a page or a text
// that broke them (the order's items taken for a return's, a promise or a pickup point read as
// delivered, a pack size read as a count, a remark counting returned units dropped).
import { describe, expect, it } from 'vitest';
import type { OrderInput } from '../../../core/model/order';
import { readPage } from '../../../core/page/read-order-page';
import { matchReturnStatus, matchStatus } from '../../../core/page/vocabulary';
import { loadPage } from './load-fixture';

const NOW = '2024-12-06T09:00:00.000Z';
const id = '402-5555555-6666666';
async function orderOf(lang: string, host: string, body: string) {
  const url = `https://${host}/orders-v3/order/${id}`;
  const { document } = await loadPage(
    `<!DOCTYPE html><html lang="${lang}"><body><main>${body}</main></body></html>`,
    url,
  );
  const o = readPage(document, url, { now: NOW });
  return o.kind === 'order' ? o.reading.order : undefined;
}
const items = (o: OrderInput | undefined) =>
  (o?.items ?? []).map((i: { sellerSku: string; quantity: number }) => `${i.sellerSku} × ${i.quantity}`);
const _rItems = (o: OrderInput | undefined) =>
  (o?.returns ?? []).flatMap((r: { items?: { sellerSku: string; quantity: number }[] }) =>
    (r.items ?? []).map((i: { sellerSku: string; quantity: number }) => `${i.sellerSku} × ${i.quantity}`),
  );

describe('r14 more', () => {
  it('replacement order inside the return record with its own shipment', async () => {
    const o = await orderOf(
      'en-US',
      'sellercentral.amazon.com',
      `<h1>Order details</h1><p>Order ID: ${id}</p><p>Status: Shipped</p>
      <dl><dt>Carrier</dt><dd>UPS</dd><dt>Tracking ID</dt><dd>1Z999AA10123456784</dd><dt>Package status</dt><dd>In transit</dd></dl>
      <table><tr><th>SKU</th><th>Quantity</th></tr><tr><td>MUG-TEAL-11OZ</td><td>2</td></tr></table>
      <section><h2>Return</h2><div>RMA ID: DhT5nR2kRMA</div><div>Return status: Received</div><div>Items: MUG-TEAL-11OZ — Qty 1</div>
      <div class="repl"><div>Replacement order: <a href="/orders-v3/order/402-9999999-1111111">402-9999999-1111111</a></div>
      <div>Carrier: USPS</div><div>Tracking ID: 9400111899223197428490</div><div>Status: Delivered</div></div></section>`,
    );
    expect(JSON.stringify(o?.shipments ?? [])).not.toContain('9400111899223197428490');
    expect(JSON.stringify(o?.shipments ?? [])).not.toContain('DELIVERED');
  });
  it('returns table plus a card: the card status is the order status', async () => {
    const o = await orderOf(
      'fr-FR',
      'sellercentral.amazon.fr',
      `<h1>Détails de la commande</h1>
      <div class="card"><p>N° de retour : DxK4mP9qRMA</p><p>Statut du retour : Remboursé</p></div>
      <div class="card"><p>N° de commande : ${id}</p><p>Statut : Expédié</p>
      <dl><dt>SKU vendeur</dt><dd>BOUGIE-12</dd><dt>Quantité</dt><dd>3</dd></dl></div>`,
    );
    expect(items(o)).toEqual(['BOUGIE-12 × 3']);
  });
  it('RMA card first with order status after it in the same card', async () => {
    const o = await orderOf(
      'es-ES',
      'sellercentral.amazon.es',
      `<h1>Detalles del pedido</h1>
      <div class="card"><p>ID de devolución: DxK4mP9qRMA</p><p>Estado de la devolución: Reembolsado</p>
      <p>N.º de pedido: ${id}</p><p>Estado: Enviado</p>
      <p>SKU: TAZA-AZUL</p><p>Cantidad: 3</p></div>`,
    );
    expect(items(o)).toEqual(['TAZA-AZUL × 3']);
  });
  it.each([
    ['Received: 0 of 2 units', undefined],
    ['Erstattet: nein', undefined],
  ])('return status %s', (t, want) => {
    expect(matchReturnStatus(t)).toBe(want);
  });
  it.each([['Shipped: awaiting carrier pickup'], ['Versendet: Abholung ausstehend']])(
    '%s not shipped',
    (t) => {
      expect(matchStatus(t)).not.toBe('shipped');
    },
  );
});
