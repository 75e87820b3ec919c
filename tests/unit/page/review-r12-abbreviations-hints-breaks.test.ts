import { describe, expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Review R12 of the b27 rules, each probe a page that broke them: a shortened label of another
// language or another field, words after a value that are its rest, a break between two values.

const NOW = '2024-12-06T09:00:00.000Z';
async function orderOf(html: string, url: string) {
  const { document } = await loadPage(html, url);
  const outcome = readPage(document, url, { now: NOW });
  if (outcome.kind !== 'order') throw new Error(`refused: ${outcome.kind}`);
  return outcome.reading.order;
}
const fr = (body: string) =>
  [
    `<!DOCTYPE html><html lang="fr-FR"><body><main><h1>Détails de la commande</h1>
  <p>N° de commande : 171-1234567-7654321</p>${body}</main></body></html>`,
    'https://sellercentral.amazon.fr/orders-v3/order/171-1234567-7654321',
  ] as const;
const frItems = `<table><tr><th>SKU vendeur</th><th>Quantité</th></tr><tr><td>BOUGIE-12</td><td>2</td></tr></table>`;

describe('review R12: byAbbreviation', () => {
  it('A1 "Exp." on an English page is an expiry, not the French "Expédié le"', async () => {
    const id = '203-1234567-7654321';
    const order = await orderOf(
      `<!DOCTYPE html><html lang="en-GB"><body><main><h1>Order details</h1>
      <p>Order ID: ${id}</p><p>Status: Shipped</p>
      <table><tr><th>Seller SKU</th><th>Qty.</th></tr><tr><td>VITD-60</td><td>2</td></tr></table>
      <dl><dt>Lot</dt><dd>L2411</dd><dt>Exp.</dt><dd>30 Nov 2024</dd></dl>
      </main></body></html>`,
      `https://sellercentral.amazon.co.uk/orders-v3/order/${id}`,
    );
    expect(order.shipments?.[0]?.shippingDate).toBeUndefined();
  });

  it.each([
    [
      'fr',
      'sellercentral.amazon.fr',
      '171',
      'Détails de la commande',
      'N° de commande',
      'Statut',
      'Expédiée',
      'Liv.',
      '9 déc. 2024',
    ],
    [
      'it',
      'sellercentral.amazon.it',
      '406',
      'Dettagli ordine',
      'ID ordine',
      'Stato',
      'Spedito',
      'Cons.',
      '9 dic 2024',
    ],
    [
      'es',
      'sellercentral.amazon.es',
      '405',
      'Detalles del pedido',
      'ID del pedido',
      'Estado',
      'Enviado',
      'Entr.',
      '9 dic 2024',
    ],
  ])(
    'A2 %s (%s): a bare delivery abbreviation with a future day is no delivered date',
    async (lang, host, prefix, h1, idLabel, statusLabel, status, label, date) => {
      const id = `${prefix}-1234567-7654321`;
      const order = await orderOf(
        `<!DOCTYPE html><html lang="${lang}"><body><main><h1>${h1}</h1>
      <p>${idLabel}: ${id}</p><p>${statusLabel}: ${status}</p>
      <dl><dt>${label}</dt><dd>${date}</dd></dl></main></body></html>`,
        `https://${host}/orders-v3/order/${id}`,
      );
      const pkg = order.shipments?.[0]?.packages?.[0];
      expect(pkg?.currentStatus).not.toBe('DELIVERED');
      expect(pkg?.deliveredDate).toBeUndefined();
    },
  );
});

describe('review R12: withoutHint', () => {
  it('H1 a status whose qualifier is in a span: "Expédiée<span> Partiellement (1 colis sur 2)</span>"', async () => {
    const order = await orderOf(
      ...fr(`${frItems}<dl><dt>Statut</dt><dd>Expédiée<span> Partiellement (1 colis sur 2)</span></dd></dl>`),
    );
    expect(order.fulfillmentOrderStatus).not.toBe('Complete');
  });

  it('H2 a return condition whose cause is in a span: "Endommagé<span> Par le transporteur</span>"', async () => {
    const order = await orderOf(
      ...fr(`${frItems}<h2>Retour</h2><dl><dt>ID de retour (RMA)</dt><dd>DmR8tV4cRMA</dd>
      <dt>État de l'article</dt><dd>Endommagé<span> Par le transporteur</span></dd><dt>Statut du retour</dt><dd>Reçu</dd></dl>`),
    );
    expect(order.returns?.[0]?.receivedCondition).toBe('CarrierDamaged');
  });

  it('H3 a carrier name continued in a span: "Amazon<span> Shipping via Evri</span>" is not "Amazon"', async () => {
    const id = '203-1234567-7654321';
    const order = await orderOf(
      `<!DOCTYPE html><html lang="en-GB"><body><main><h1>Order details</h1>
      <p>Order ID: ${id}</p>
      <table><tr><th>Seller SKU</th><th>Quantity</th></tr><tr><td>VITD-60</td><td>2</td></tr></table>
      <dl><dt>Carrier</dt><dd>Amazon<span> Shipping via Evri</span></dd><dt>Tracking ID</dt><dd>H01HYA0012345678</dd></dl>
      </main></body></html>`,
      `https://sellercentral.amazon.co.uk/orders-v3/order/${id}`,
    );
    expect(order.shipments?.[0]?.packages?.[0]?.carrierCode).not.toBe('Amazon');
  });
});

describe('review R12: continuationAfterBreak', () => {
  it('B1 two tracking numbers, the first ending in a hyphen, are not glued into one', async () => {
    const order = await orderOf(
      ...fr(
        `${frItems}<dl><dt>Transporteur</dt><dd>Colissimo</dd><dt>N° de suivi</dt><dd>6A12345678901-<br>6A12345678902</dd></dl>`,
      ),
    );
    const tracking = order.shipments?.flatMap((s) => s.packages?.map((p) => p.trackingNumber) ?? []) ?? [];
    expect(tracking).not.toContain('6A12345678901-6A12345678902');
  });

  it('B2 a SKU line ending in a hyphen does not swallow the next line', async () => {
    const order = await orderOf(
      ...fr(
        `<table><tr><th>Article</th><th>Quantité</th></tr><tr><td>Bougie parfumée<br>SKU : BOUGIE-12-<br>2 unités</td><td>2</td></tr></table>`,
      ),
    );
    expect(order.items?.[0]?.sellerSku).not.toBe('BOUGIE-12-2 unités');
  });
});
