import { describe, expect, it } from 'vitest';
import { type PageOutcome, readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Another order's id in text a buyer or a listing writes (review R8): mentioned inside other words
// it opens no block of another order (this order's rows stay), and a buyer's message naming
// several orders does not make the page a list. Standing as an order's id, it still does.

const NOW = '2024-12-12T09:00:00.000Z';
const ID = '402-1234567-1234567';
const URL_ = `https://sellercentral.amazon.fr/orders-v3/order/${ID}`;
const head = `<!DOCTYPE html><html lang="fr-FR"><body><div id="MYO-app"><h1>Détails de la commande</h1>
  <div class="a-row"><span>N° de commande :</span> <span>${ID}</span></div>
  <div class="a-row"><span>Livraison estimée :</span> <span>mar. 10 déc. 2024</span></div>
  <div class="a-row"><span>Statut</span><span>Expédié</span></div>`;
const items = (
  title: string,
) => `<h3>Contenu de la commande</h3><table><thead><tr><th>Nom du produit</th><th>Quantité</th></tr></thead>
  <tbody><tr><td>${title}<br>SKU : TEA-POT-12</td><td>2</td></tr><tr><td>Tasses en grès<br>SKU : CUP-4</td><td>1</td></tr></tbody></table>`;
const pkg = (contents: string) => `<h3>Colis</h3><div class="package-block"><dl>
  <dt>Date d&#39;expédition</dt><dd>mer. 4 déc. 2024</dd><dt>Transporteur</dt><dd>Colissimo</dd>
  <dt>Numéro de suivi</dt><dd>6A12345678901</dd></dl><div>${contents}</div></div>`;
const end = '</div></body></html>';
const OTHER = '171-1111111-1111111';

async function read(html: string): Promise<PageOutcome> {
  const { document } = await loadPage(html, URL_);
  return readPage(document, URL_, { now: NOW });
}
const order = (o: PageOutcome) => (o.kind === 'order' ? o.reading.order : null);
const skus = (o: PageOutcome) => order(o)?.items?.map((i) => [i.sellerSku, i.quantity]);
const trackings = (o: PageOutcome) =>
  (order(o)?.shipments ?? []).flatMap((s) => s.packages ?? []).map((p) => p.trackingNumber);

describe('an order id mentioned inside a product title', () => {
  it('keeps the item whose title holds it', async () => {
    expect(skus(await read(head + items(`Théière ${OTHER}`) + pkg('') + end))).toEqual([
      ['TEA-POT-12', 2],
      ['CUP-4', 1],
    ]);
  });

  it('does not refuse the page for six of them in one title', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => `171-111111${i}-111111${i}`).join(' ');
    expect((await read(head + items(`Théière ${ids}`) + pkg('') + end)).kind).toBe('order');
  });

  it('keeps the package whose contents line holds it ("Théière 171-… ×2")', async () => {
    expect(trackings(await read(head + items('Théière') + pkg(`Théière ${OTHER} ×2`) + end))).toEqual([
      '6A12345678901',
    ]);
  });

  it('keeps the shipments table row whose items cell holds it', async () => {
    const table = `<table><tr><th>Expédition</th><th>Statut</th><th>Articles</th><th>Transporteur</th><th>N° de suivi</th></tr>
      <tr><td>1</td><td>Expédié</td><td>Théière ${OTHER}</td><td>Colissimo</td><td>6A12345678901</td></tr></table>`;
    expect(trackings(await read(head + items('Théière') + table + end))).toEqual(['6A12345678901']);
  });
});

describe('a buyer message naming seven orders', () => {
  const ids = Array.from({ length: 7 }, (_, i) => `171-111111${i}-111111${i}`).join(', ');
  it.each([
    ['fr', 'Message de l’acheteur'],
    ['en', 'Buyer-Seller Messages'],
    ['de', 'Käufer-Verkäufer-Nachrichten'],
    ['es', 'Mensajes entre compradores y vendedores'],
    ['it', 'Messaggi acquirente-venditore'],
  ])('%s "%s": the order is still read', async (_lang, heading) => {
    const outcome = await read(
      `${head + items('Théière') + pkg('')}<h3>${heading}</h3><div>Mes commandes : ${ids}</div>${end}`,
    );
    expect(outcome.kind).toBe('order');
    expect(trackings(outcome)).toEqual(['6A12345678901']);
  });

  it('seven order ids shown outside any customer text still make the page a list', async () => {
    const list = Array.from({ length: 7 }, (_, i) => `<li>171-111111${i}-111111${i}</li>`).join('');
    const outcome = await read(`${head + items('Théière') + pkg('')}<ul>${list}</ul>${end}`);
    expect(outcome).toMatchObject({ kind: 'refused', reason: 'several-orders' });
  });
});

describe('another order named as one (its block is cut away)', () => {
  it.each([[`Commande précédente ${OTHER}`], [`Remplacement de ${OTHER}`], [`Réf. : ${OTHER}`], [OTHER]])(
    '"%s" over its own tracking: none of it read as this order',
    async (line) => {
      const other = `<div class="card"><div>${line}</div><dl><dt>Transporteur</dt><dd>Chronopost</dd><dt>Numéro de suivi</dt><dd>XW246813579FR</dd></dl></div>`;
      const outcome = await read(head + items('Théière') + pkg('') + other + end);
      expect(trackings(outcome)).toEqual(['6A12345678901']);
    },
  );
});

describe("another order's popover inside this order's fields", () => {
  const popover = `Dieser Kunde hat bereits ein Paket erhalten: Bestellung ${OTHER}, DHL 00340434161094042557, zugestellt`;
  it.each([
    ['an open tooltip beside the label', `<span role="tooltip">${popover}</span>`],
    ['an open popover', `<span data-popover='{"name":"history"}'>${popover}</span>`],
  ])('%s: only the popover is cut, the shipment stays', async (_shape, tip) => {
    const html = `${head + items('Théière')}<h3>Colis</h3><dl><dt>Date d&#39;expédition</dt><dd>mer. 4 déc. 2024</dd>
      <dt>Transporteur</dt><dd>Colissimo</dd><dt>Numéro de suivi : ${tip}</dt><dd>6A12345678901</dd></dl>${end}`;
    const outcome = await read(html);
    expect(trackings(outcome)).toEqual(['6A12345678901']);
    expect(order(outcome)?.shipments?.[0]?.shippingDate).toBe('2024-12-04');
  });
});

describe("the MCF console's order page", () => {
  it('takes the Amazon order id in the path as the order named, so a sidebar of other orders is cut', async () => {
    const url = `https://sellercentral.amazon.it/mcf/orders/${ID}`;
    const html = `<html lang="it"><body><h1>Ordine ${ID}</h1>
      <div><span>Corriere</span> <span>BRT</span></div><div><span>Numero di tracciabilità</span> <span>068451029384756</span></div>
      <aside><h3>Altri ordini di questo destinatario</h3><ul><li><a href="/mcf/orders/${OTHER}">${OTHER}</a> · Consegnato · SDA 8001234567890</li></ul></aside></body></html>`;
    const { document } = await loadPage(html, url);
    const outcome = readPage(document, url, { now: NOW });
    expect(outcome.kind).toBe('order');
    expect(trackings(outcome)).toEqual(['068451029384756']);
  });
});
