import { describe, expect, it } from 'vitest';
import type { OrderInput } from '../../../core/model/order';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Causes found by the blind batches b34 (ordinary days) and b35 (hostile text), each written
// here in another shape and language than the page that showed it.

const NOW = '2024-12-06T09:00:00.000Z';
const ID = 'S01-7777777-1212121';

async function read(host: string, lang: string, body: string): Promise<OrderInput> {
  const url = `https://${host}/orders-v3/order/${ID}`;
  const { document } = await loadPage(`<html lang="${lang}"><body>${body}</body></html>`, url);
  const outcome = readPage(document, url, { now: NOW });
  if (outcome.kind !== 'order') throw new Error(`not read as an order: ${JSON.stringify(outcome)}`);
  return outcome.reading.order;
}

const itemsOf = (order: OrderInput) => (order.items ?? []).map((i) => `${i.sellerSku} × ${i.quantity}`);

describe('a private section ends at the next title dressed as its own', () => {
  it('de: "Lieferadresse" in a styled box, then "Versand" in the same box style over lines of prose: the shipment is read', async () => {
    const order = await read(
      'sellercentral.amazon.de',
      'de',
      `<h1>Bestellung ${ID}</h1>
       <div class="kopf-xy">Lieferadresse</div>
       <div>Erika Mustermann<br>Hauptstr. 5<br>10115 Berlin</div>
       <div class="kopf-xy">Versand</div>
       <div>Versanddienstleister: DPD<br>Sendungsnummer: 01234567890123<br>Versanddatum: 03.12.2024</div>
       <div class="kopf-xy">Artikel</div>
       <table><tr><th>Produkt</th><th>SKU</th><th>Menge</th></tr>
         <tr><td>Teekanne</td><td>TK-200</td><td>2</td></tr></table>`,
    );
    expect(order.shipments?.[0]?.packages?.[0]?.carrierCode).toBe('DPD');
    expect(order.shipments?.[0]?.shippingDate).toBe('2024-12-03');
    expect(itemsOf(order)).toEqual(['TK-200 × 2']);
  });
});

describe("an item's SKU printed as a line of its row's product cell", () => {
  it('en: beside a returns table whose SKUs have cells of their own, each item row keeps its SKU', async () => {
    const order = await read(
      'sellercentral.amazon.co.uk',
      'en',
      `<h1>Order ${ID}</h1>
       <table><thead><tr><th>Product</th><th>Qty</th><th>Qty returned</th></tr></thead><tbody>
         <tr><td><div>Walnut board</div><div>SKU: WB-01</div></td><td>3</td><td>1</td></tr>
         <tr><td><div>Board oil</div><div>SKU: OIL-9</div></td><td>1</td><td>0</td></tr></tbody></table>
       <h2>Customer returns</h2>
       <table><tr><th>Return authorisation</th><th>SKU</th><th>Quantity</th><th>Return status</th></tr>
         <tr><td>Xk2pQ9LmRMA</td><td>WB-01</td><td>1</td><td>Authorised</td></tr></table>`,
    );
    expect(itemsOf(order)).toEqual(['WB-01 × 3', 'OIL-9 × 1']);
    expect(order.returns?.[0]?.items).toEqual([{ sellerSku: 'WB-01', quantity: 1 }]);
  });
});

describe("the order's status and its shipment's, saying the same", () => {
  it('es: "Estado del pedido: Completado" and "Estado del envío: Entregado" give Complete, no conflict', async () => {
    const url = `https://sellercentral.amazon.es/orders-v3/order/${ID}`;
    const { document } = await loadPage(
      `<html lang="es"><body><h1>Pedido ${ID}</h1>
       <dl><dt>Estado del pedido</dt><dd>Completado</dd><dt>Fecha del pedido</dt><dd>29/11/2024</dd></dl>
       <dl><dt>Estado del envío</dt><dd>Entregado</dd><dt>Fecha de envío</dt><dd>02/12/2024</dd><dt>Transportista</dt><dd>SEUR</dd>
         <dt>Número de seguimiento</dt><dd>SE1234567890123</dd></dl></body></html>`,
      url,
    );
    const outcome = readPage(document, url, { now: NOW });
    if (outcome.kind !== 'order') throw new Error('not an order');
    expect(outcome.reading.order.fulfillmentOrderStatus).toBe('Complete');
    expect(outcome.reading.conflicts).not.toContain('fulfillmentOrderStatus');
  });

  it('en: "Order status: Cancelled" beside "Shipment status: Delivered" stays a conflict', async () => {
    const url = `https://sellercentral.amazon.com/orders-v3/order/${ID}`;
    const { document } = await loadPage(
      `<html lang="en"><body><h1>Order ${ID}</h1>
       <dl><dt>Order status</dt><dd>Cancelled</dd></dl>
       <dl><dt>Shipment status</dt><dd>Delivered</dd></dl></body></html>`,
      url,
    );
    const outcome = readPage(document, url, { now: NOW });
    if (outcome.kind !== 'order') throw new Error('not an order');
    expect(outcome.reading.order.fulfillmentOrderStatus).toBeUndefined();
    expect(outcome.reading.conflicts).toContain('fulfillmentOrderStatus');
  });
});

describe("a shipments table's row statuses beside the order's own status line", () => {
  it('fr: "Statut : Partiellement expédiée" stays the order\'s beside rows "Livré" and "En attente"', async () => {
    const order = await read(
      'sellercentral.amazon.fr',
      'fr',
      `<h1>Commande ${ID}</h1><p>Statut : Partiellement expédiée</p>
       <table><tr><th>Statut</th><th>Date d'expédition</th><th>Transporteur</th><th>Numéro de suivi</th></tr>
         <tr><td>Livré</td><td>28/11/2024</td><td>Colissimo</td><td>6A12345678901</td></tr>
         <tr><td>En attente</td><td></td><td></td><td></td></tr></table>`,
    );
    expect(order.fulfillmentOrderStatus).toBe('Processing');
    expect(order.shipments?.[0]?.packages?.[0]?.currentStatus).toBe('DELIVERED');
  });
});

describe("the seller's id written two ways", () => {
  it.each([
    [
      'sellercentral.amazon.fr',
      'fr',
      'N° de commande du vendeur',
      'BOUT-3310',
      'ID de commande visible par le client',
      '3310',
    ],
    ['sellercentral.amazon.com', 'en', 'Merchant order ID', '#2281', 'Displayable order ID', '2281'],
  ])('%s (%s): "%s: %s" and "%s: %s" are one id, kept', async (host, lang, label1, id1, label2, id2) => {
    const order = await read(
      host,
      lang,
      `<h1>${ID}</h1><table><tr><th>${label1}</th><td>${id1}</td></tr><tr><th>${label2}</th><td>${id2}</td></tr></table>`,
    );
    expect(order.displayableOrderId).toBe(id1);
  });

  it('en: two different ids of the seller stay a conflict', async () => {
    const order = await read(
      'sellercentral.amazon.com',
      'en',
      `<h1>${ID}</h1><table><tr><th>Merchant order ID</th><td>SHOP-1001</td></tr><tr><th>Displayable order ID</th><td>SHOP-1002</td></tr></table>`,
    );
    expect(order.displayableOrderId).toBeUndefined();
  });
});

describe('"Id." written with its period', () => {
  it('es: "Id. del pedido del vendedor" in a description list labels the seller\'s id', async () => {
    const order = await read(
      'sellercentral.amazon.es',
      'es',
      `<h1>Pedido ${ID}</h1><dl><dt>Id. del pedido del vendedor</dt><dd>TIENDA-778</dd><dt>Estado</dt><dd>Enviado</dd></dl>`,
    );
    expect(order.displayableOrderId).toBe('TIENDA-778');
  });
});

describe('rows of boxes under a header box', () => {
  it('en: "Qty ordered" beside "Qty shipped": the ordered count', async () => {
    const order = await read(
      'sellercentral.amazon.com',
      'en',
      `<h1>Order ${ID}</h1>
       <div class="g7"><span>SKU</span><span>Qty ordered</span><span>Qty shipped</span></div>
       <div class="g7"><span>MUG-RED</span><span>4</span><span>2</span></div>
       <div class="g7"><span>MUG-BLUE</span><span>1</span><span>1</span></div>`,
    );
    expect(itemsOf(order)).toEqual(['MUG-RED × 4', 'MUG-BLUE × 1']);
  });

  it("it: a heading over a header box opening with an empty image column reads no title of its own; the SKU line in the product cell is its row's", async () => {
    const order = await read(
      'sellercentral.amazon.it',
      'it',
      `<h1>Ordine ${ID}</h1>
       <h3>Articoli</h3>
       <div class="r5"><span></span><span>Prodotto</span><span>Quantità</span></div>
       <div class="r5"><img src="a.jpg" alt=""><div><div>Vaso in ceramica</div><div>SKU: VASO-12 · ASIN: B0ABCDEF12</div></div><div>2</div></div>
       <div class="r5"><img src="b.jpg" alt=""><div><div>Sottovaso</div><div>SKU: SOTTO-3 · ASIN: B0ABCDEF34</div></div><div>5</div></div>`,
    );
    expect(itemsOf(order)).toEqual(['VASO-12 × 2', 'SOTTO-3 × 5']);
    expect(JSON.stringify(order)).not.toContain('ProdottoQuantità');
  });
});
