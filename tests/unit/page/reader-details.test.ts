import { describe, expect, it } from 'vitest';
import { readOrderPage, readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Details of the reader that the fixtures and the generated layouts do not pin one by one.

const NOW = '2026-12-05T09:00:00.000Z';
const ID = '402-3333333-4444444';
const URL_FR = `https://sellercentral.amazon.fr/orders-v3/order/${ID}`;

const page = (body: string) => `<html lang="fr"><body>
  <div><span>N° de commande</span> <span>${ID}</span></div>
  <div><span>Statut</span> <span>Expédié</span></div>
  ${body}
</body></html>`;

async function read(body: string, url = URL_FR) {
  const { document } = await loadPage(page(body), url);
  return readOrderPage(document, url, { now: NOW });
}

describe('quantities', () => {
  it.each([
    ['2', 2],
    ['2 unités', 2],
    ['x3', 3],
    ['4 Stück', 4],
    ['× 5', 5],
  ])('reads "%s" as %d', async (shown, quantity) => {
    const reading = await read(
      `<table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>MUG-1</td><td>${shown}</td></tr></table>`,
    );
    expect(reading?.order.items).toEqual([{ sellerSku: 'MUG-1', quantity }]);
  });

  it.each([
    ['Expédié : 2 sur 3', 3],
    ['Shipped 2 of 3', 3],
    ['2 von 3 versandt', 3],
    ['Enviados 0 de 2', 2],
    ['Spediti 1 di 1', 1],
  ])(
    'reads the ordered quantity of "%s" (a shipping word says which number is which)',
    async (shown, quantity) => {
      const reading = await read(
        `<table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>MUG-1</td><td>${shown}</td></tr></table>`,
      );
      expect(reading?.order.items).toEqual([{ sellerSku: 'MUG-1', quantity }]);
    },
  );

  it.each(['2 sur 3', '2/3', 'deux', 'Expédié : 4 sur 3'])(
    'never guesses a quantity from "%s"',
    async (shown) => {
      const reading = await read(
        `<table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>MUG-1</td><td>${shown}</td></tr></table>`,
      );
      expect(reading?.order.items).toEqual([]);
      expect(reading?.missing).toContain('items.quantity');
    },
  );
});

describe('private text', () => {
  it('reads nothing from an <address>, headed or not', async () => {
    const reading = await read(
      '<address>Jean Martin<br>Statut de la livraison : Livrée<br>Numéro de suivi : 1Z999AA10123456784</address>',
    );
    const text = JSON.stringify(reading);
    expect(text).not.toContain('1Z999AA10123456784');
    expect(text).not.toContain('DELIVERED');
  });

  it('reads "Label : value" lines of the page itself, one text node each', async () => {
    const reading = await read(
      '<p>Transporteur : Amazon Logistics</p><p>Date d’expédition : 1 déc. 2026</p>',
    );
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.carrierCode).toBe('Amazon Logistics');
    expect(reading?.order.shipments?.[0]?.shippingDate).toBe('2026-12-01');
  });

  it('takes no order id from a customer comment', async () => {
    const { document } = await loadPage(
      page('<h4>Commentaires du client</h4><p>Voir aussi ma commande 405-1111111-2222222, merci</p>'),
      URL_FR,
    );
    const outcome = readPage(document, URL_FR, { now: NOW });
    expect(outcome.kind).toBe('order');
    expect(JSON.stringify(outcome)).not.toContain('405-1111111-2222222');
  });
});

describe('the walk', () => {
  it('never reads MCF Desk’s own overlay, even as light content', async () => {
    const reading = await read(
      '<mcf-desk-overlay><div><span>Date de livraison estimée</span> <span>9 déc. 2026</span></div></mcf-desk-overlay>',
    );
    expect(reading?.order.estimatedArrivalDate).toBeUndefined();
  });

  it('reads through 5,000 nested elements', async () => {
    const depth = 5_000;
    const inner = '<div><span>Date de livraison estimée</span> <span>9 déc. 2026</span></div>';
    const { document } = await loadPage(page(''), URL_FR);
    let parent = document.body as Element;
    for (let i = 0; i < depth; i++) {
      const child = document.createElement('div');
      parent.appendChild(child);
      parent = child;
    }
    parent.insertAdjacentHTML('beforeend', inner);
    expect(readOrderPage(document, URL_FR, { now: NOW })?.order.estimatedArrivalDate).toBe('2026-12-09');
  });
});

describe('values as pages print them', () => {
  it('reads a tracking number printed in groups', async () => {
    const reading = await read('<dl><dt>Numéro de suivi</dt><dd>6A 1234 5678 901</dd></dl>');
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.trackingNumber).toBe('6A12345678901');
  });

  it('reads a read-only form field as its value', async () => {
    const reading = await read('<label>Transporteur</label> <input readonly value="Chronopost">');
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.carrierCode).toBe('Chronopost');
  });
});

describe('remarks in brackets', () => {
  it('reads a value followed by a remark in brackets', async () => {
    const reading = await read(
      '<dl><dt>Livraison estimée</dt><dd>9 déc. 2026 (estimée)</dd><dt>Numéro de suivi</dt><dd>1Z999AA10123456784 (UPS)</dd></dl>',
    );
    expect(reading?.order.estimatedArrivalDate).toBe('2026-12-09');
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.trackingNumber).toBe('1Z999AA10123456784');
  });
});

describe('found in review', () => {
  const BASE = `<div><span>N° de commande</span> <span>${ID}</span></div>
    <div><span>Livraison estimée</span> <span>9 déc. 2026</span></div>
    <div><span>Date d'expédition</span> <span>4 déc. 2026</span></div>`;
  const bare = async (body: string) => {
    const { document } = await loadPage(`<html lang="fr"><body>${body}</body></html>`, URL_FR);
    return readPage(document, URL_FR, { now: NOW });
  };

  it('reads nothing from an address laid out one element per line', async () => {
    const outcome = await bare(
      `${BASE}<h4>Adresse de livraison</h4><div><div>Claire Moreau</div><div>Statut de la livraison</div><div>Livrée</div><div>Numéro de suivi</div><div>1Z999AA10123456784</div></div>`,
    );
    expect(JSON.stringify(outcome)).not.toContain('1Z999AA10123456784');
    expect(JSON.stringify(outcome)).not.toContain('DELIVERED');
    const inAddress = await bare(
      `${BASE}<address><span>Claire</span><br><span>Transporteur</span> <span>UPS</span></address>`,
    );
    expect(JSON.stringify(inAddress)).not.toContain('UPS');
  });

  it('cuts away the section a heading naming another order opens', async () => {
    const outcome = await bare(
      `${BASE}<div><span>Transporteur</span> <span>Colissimo</span></div><h2>Commande 171-2222222-2222222</h2><div><span>Numéro de suivi</span> <span>1Z999AA10123456784</span></div><div><span>Transporteur</span> <span>UPS</span></div>`,
    );
    expect(outcome.kind).toBe('order');
    expect(JSON.stringify(outcome)).not.toContain('1Z999AA10123456784');
    expect(JSON.stringify(outcome)).not.toContain('UPS');
  });

  it('takes no unfulfillable reason from another order’s notice', async () => {
    const outcome = await bare(
      `${BASE}<div><span>Statut</span> <span>Non traitable</span></div><aside><p>Commande 171-2222222-2222222 : unité endommagée</p></aside>`,
    );
    expect(outcome.kind === 'order' && outcome.reading.order.unfulfillableReason).toBe('other');
  });

  it('reads the order’s status when it comes after a shipment field', async () => {
    const outcome = await bare(
      `<div><span>N° de commande</span><span>${ID}</span></div><div><span>Date d'expédition</span><span>4 déc. 2026</span></div><div><span>Statut</span><span>Annulée</span></div>`,
    );
    expect(outcome.kind === 'order' && outcome.reading.order.fulfillmentOrderStatus).toBe('Cancelled');
  });

  it('reads a four-column table of label/value pairs', async () => {
    const outcome = await bare(
      `<table><tr><th>N° de commande</th><td>${ID}</td><th>Statut</th><td>Expédiée</td></tr><tr><th>Livraison estimée</th><td>9 déc. 2026</td><th>Transporteur</th><td>Colissimo</td></tr></table>`,
    );
    expect(outcome.kind === 'order' && outcome.reading.order.fulfillmentOrderStatus).toBe('Complete');
    expect(outcome.kind === 'order' && outcome.reading.order.estimatedArrivalDate).toBe('2026-12-09');
  });

  it('counts column spans in an item table', async () => {
    const reading = await read(
      '<table><tr><th colspan="2">Produit</th><th>SKU</th><th>Quantité</th></tr><tr><td><img alt=""></td><td>Bougie figue</td><td>BOUG-1</td><td>4</td></tr></table>',
    );
    expect(reading?.order.items).toEqual([{ sellerSku: 'BOUG-1', quantity: 4, title: 'Bougie figue' }]);
  });

  it('tolerates a few other orders in a sidebar, and refuses when cutting would take most of the page', async () => {
    const sidebar = [1, 2, 3].map((i) => `<li><a>171-000000${i}-000000${i}</a> Expédiée</li>`).join('');
    const outcome = await bare(
      `<main>${BASE}<div><span>Statut</span> <span>Expédiée</span></div></main><aside><h3>Récemment consultées</h3><ul>${sidebar}</ul></aside>`,
    );
    expect(outcome.kind === 'order' && outcome.reading.order.estimatedArrivalDate).toBe('2026-12-09');
    const breadcrumb = await bare(
      `<nav>Commandes › ${ID}</nav><main><div><span>Livraison estimée</span> <span>9 déc. 2026</span></div><div><span>Statut</span> <span>Expédiée</span></div><div><span>Transporteur</span> <span>UPS</span></div><aside>Voir aussi 171-2222222-2222222</aside></main>`,
    );
    expect(breadcrumb).toEqual({
      kind: 'refused',
      reason: 'several-orders',
      orderIds: [ID, '171-2222222-2222222'],
    });
  });
});

describe('closed details', () => {
  it('reads the summary of a closed <details>, not what it hides', async () => {
    const reading = await read(
      '<details><summary>Historique</summary><div><span>Livraison estimée</span> <span>1 déc. 2026</span></div></details><div><span>Livraison estimée</span> <span>9 déc. 2026</span></div>',
    );
    expect(reading?.order.estimatedArrivalDate).toBe('2026-12-09');
  });
});

describe('returns', () => {
  it.each([
    ['fr', "État de l'article retourné", 'Endommagé par le transporteur', 'CarrierDamaged'],
    ['fr', 'État à la réception', 'Vendable', 'Sellable'],
    ['en', 'Returned item condition', 'Customer damaged', 'CustomerDamaged'],
  ])('reads the received condition (%s, "%s: %s")', async (_lang, label, value, condition) => {
    const reading = await read(
      `<dl><dt>ID RMA</dt><dd>RMA-12345</dd><dt>${label}</dt><dd>${value}</dd><dt>Date de réception</dt><dd>2 déc. 2026</dd></dl>`,
    );
    expect(reading?.order.returns).toEqual([
      {
        rmaId: 'RMA-12345',
        items: [],
        status: 'received',
        receivedCondition: condition,
        receivedDate: '2026-12-02',
      },
    ]);
  });
});

describe('layouts met on independently written pages', () => {
  it('reads a label given only as an icon’s name (aria-label, title, an <svg>’s <title>)', async () => {
    const reading = await read(`
      <div><i role="img" aria-label="Transporteur"></i><span>Colissimo</span></div>
      <div><svg role="img" aria-labelledby="t1"><title id="t1">Numéro de suivi</title></svg><span>6A20584736152</span></div>
      <div><i class="ic" title="Date d'expédition"></i><span>3 déc. 2024</span></div>`);
    const shipment = reading?.order.shipments?.[0];
    expect(shipment?.packages?.[0]).toMatchObject({
      carrierCode: 'Colissimo',
      trackingNumber: '6A20584736152',
    });
    expect(shipment?.shippingDate).toBe('2024-12-03');
  });

  it('never takes a tooltip on shown text for the text', async () => {
    const reading = await read(`
      <div><span>Numéro de suivi</span> <span title="Numéro de suivi : 1Z999AA10123456784">6A20584736152</span></div>`);
    expect(JSON.stringify(reading?.order)).not.toContain('1Z999AA10123456784');
  });

  it('pairs a caption with the value above it (stat cards), and nothing else with a neighbour', async () => {
    const cards = await read(`
      <div class="stat"><div>6 déc. 2024</div><div>Date de livraison estimée</div></div>`);
    expect(cards?.order.estimatedArrivalDate).toBe('2024-12-06');
    const run = await read(`
      <div><span>Transporteur</span><span>UPS</span><span>Numéro de suivi</span></div>`);
    expect(JSON.stringify(run?.order.shipments ?? [])).not.toMatch(/trackingNumber/);
  });

  it('reads a count after the SKU on its line, only with a unit word for pieces', async () => {
    const pieces = await read('<ul><li>Mug bleu<br>SKU : MUG-1 · 2 pcs</li></ul>');
    expect(pieces?.order.items).toEqual([{ sellerSku: 'MUG-1', quantity: 2 }]);
    const parcels = await read('<ul><li>Mug bleu<br>SKU : MUG-1 · 2 colis</li></ul>');
    expect(parcels?.order.items).toEqual([]);
    expect(parcels?.missing).toContain('items.quantity');
  });

  it('keeps an item’s lines together: SKU, ASIN and quantity each on a line of their own', async () => {
    const reading = await read(`
      <div><h3>Cafetière</h3><div>SKU : CAF-6</div><div>ASIN : B0D7K2M4QX</div><div>Quantité : 3</div></div>
      <div><h3>Joints</h3><div>SKU : JOINT-6</div><div>ASIN : B0C9P3L8TW</div><div>Quantité : 1</div></div>`);
    expect(reading?.order.items?.map((i) => [i.sellerSku, i.quantity])).toEqual([
      ['CAF-6', 3],
      ['JOINT-6', 1],
    ]);
  });

  it('reads read-only number fields', async () => {
    const reading = await read(`<table><tr><th>SKU</th><th>Quantité</th></tr>
      <tr><td><input type="text" readonly value="MUG-1"></td><td><input type="number" readonly value="2"></td></tr></table>`);
    expect(reading?.order.items).toEqual([{ sellerSku: 'MUG-1', quantity: 2 }]);
  });

  it('reads a sideways table: one column per shipment, one row per field', async () => {
    const reading = await read(`<table>
      <tr><th></th><th>Envoi 1</th><th>Envoi 2</th></tr>
      <tr><th>Date d'expédition</th><td>29/11/2024</td><td>02/12/2024</td></tr>
      <tr><th>Transporteur</th><td>DHL</td><td>DPD</td></tr>
      <tr><th>Numéro de suivi</th><td>00340434161094015937</td><td>01505012345678</td></tr>
    </table>`);
    expect(
      reading?.order.shipments?.map((s) => [
        s.shippingDate,
        s.packages?.[0]?.carrierCode,
        s.packages?.[0]?.trackingNumber,
      ]),
    ).toEqual([
      ['2024-11-29', 'DHL', '00340434161094015937'],
      ['2024-12-02', 'DPD', '01505012345678'],
    ]);
  });

  it.each(['Standard', 'Prioritaire', 'Pas encore attribué', 'Non disponible', 'N/A'])(
    'takes no carrier from "%s" (a speed or a placeholder)',
    async (shown) => {
      const reading = await read(`<div><span>Transporteur</span> <span>${shown}</span></div>`);
      expect(reading?.missing).toContain('carrierCode');
    },
  );

  it.each([
    ['Partiellement expédiée', 'Processing'],
    ['Terminée partiellement', 'CompletePartialled'],
  ])('reads the status "%s" as %s', async (shown, status) => {
    const { document } = await loadPage(
      `<html lang="fr"><body><div><span>N° de commande</span> <span>${ID}</span></div>
       <div><span>Statut</span> <span>${shown}</span></div></body></html>`,
      URL_FR,
    );
    expect(readOrderPage(document, URL_FR, { now: NOW })?.order.fulfillmentOrderStatus).toBe(status);
  });

  it('reads the day of a date printed with its time and zone, in the marketplace’s zone', async () => {
    const reading = await read(`
      <div><span>Date d'expédition</span> <span>3 déc. 2024 à 23:30 UTC</span></div>`);
    expect(reading?.order.shipments?.[0]?.shippingDate).toBe('2024-12-04');
  });
});

describe('layouts met on a second batch of independent pages', () => {
  it('reads an id and a SKU broken by zero-width spaces as one word each', async () => {
    const reading = await read(`
      <div><span>N° de commande du vendeur</span> <span><b>ATELIER</b>-\u200b<b>FR</b>-\u200b<b>22</b></span></div>
      <table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>MUG-\u200bBLEU</td><td>1</td></tr></table>`);
    expect(reading?.order.displayableOrderId).toBe('ATELIER-FR-22');
    expect(reading?.order.items).toEqual([{ sellerSku: 'MUG-BLEU', quantity: 1 }]);
  });

  it('takes nothing struck through (a cancelled shipment’s planned dates)', async () => {
    const reading = await read(`
      <div><span>Date de livraison estimée</span> <s>5 déc. 2024</s></div>
      <div><span>Date de livraison estimée</span> <span>9 déc. 2024</span></div>`);
    expect(JSON.stringify(reading?.order)).not.toContain('2024-12-05');
    expect(reading?.order.estimatedArrivalDate ?? reading?.order.shipments?.[0]?.estimatedArrivalDate).toBe(
      '2024-12-09',
    );
  });

  it('reads a status followed by its date ("Consegnato il 28/11/2024")', async () => {
    const { document } = await loadPage(
      `<html lang="it"><body><div><span>Numero ordine</span> <span>${ID}</span></div>
        <div><span>Numero di tracciamento</span> <span>6130582947316</span></div>
        <div><span>Stato della consegna</span> <span>Consegnato il 28/11/2024</span></div></body></html>`,
      `https://sellercentral.amazon.it/orders-v3/order/${ID}`,
    );
    const reading = readOrderPage(document, `https://sellercentral.amazon.it/orders-v3/order/${ID}`, {
      now: NOW,
    });
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.currentStatus).toBe('DELIVERED');
  });

  it('reads the rows after an address when they open with labels of their own', async () => {
    const reading = await read(`
      <section><h2>Adresse de livraison</h2><address>Jean Martin<br>Lyon</address>
        <div><span>Transporteur</span><span>Colissimo</span></div>
        <div><span>Numéro de suivi</span><span>6A24017739152</span></div>
        <p>Jean Martin, 06 12 34 56 78</p></section>`);
    expect(reading?.order.shipments?.[0]?.packages?.[0]).toMatchObject({
      carrierCode: 'Colissimo',
      trackingNumber: '6A24017739152',
    });
  });

  it('reads a folded accordion’s header: the shipment and where its parcel is', async () => {
    const reading = await read(`
      <h3><button><span>Envoi 1</span><span aria-hidden="true">·</span><span>Livré</span><span>Afficher</span></button></h3>
      <div hidden><div><span>Transporteur</span><span>DPD</span></div></div>
      <h3><button><span>Envoi 2</span><span>En transit</span></button></h3>
      <div><div><span>Transporteur</span><span>Colissimo</span></div></div>`);
    expect(reading?.order.shipments?.map((s) => s.packages?.[0]?.currentStatus)).toEqual([
      'DELIVERED',
      'IN_TRANSIT',
    ]);
    expect(JSON.stringify(reading?.order)).not.toContain('DPD');
  });

  it('reads a folded package’s summary written in one text: its carrier and where it is', async () => {
    const reading = await read(`
      <details><summary>Colis 1 sur 2 · Chronopost · <span>Livré</span></summary><dl><dt>Transporteur</dt><dd>Chronopost</dd></dl></details>
      <details open><summary>Colis 2 sur 2 · Colissimo · <span>En transit</span></summary>
        <dl><dt>Numéro de suivi</dt><dd>6A24017739152</dd></dl></details>`);
    const packages = reading?.order.shipments?.flatMap((s) => s.packages ?? []);
    expect(packages?.map((p) => [p.carrierCode, p.currentStatus])).toEqual([
      ['Chronopost', 'DELIVERED'],
      ['Colissimo', 'IN_TRANSIT'],
    ]);
  });

  it('reads a package header written in one text ("Paket 2 von 2 · Zugestellt") as that parcel’s status', async () => {
    const reading = await read(`
      <h3>Paket 1 von 2 · Verloren</h3><dl><dt>Versanddatum</dt><dd>20.11.2024</dd><dt>Sendungsnummer</dt><dd>00340434173918265047</dd>
        <dt>Sendungsstatus</dt><dd>Nicht zugestellt – Sendung verloren</dd></dl>
      <h3>Paket 2 von 2 · Zugestellt</h3><dl><dt>Versanddatum</dt><dd>21.11.2024</dd><dt>Sendungsnummer</dt><dd>00340434173918279501</dd></dl>`);
    expect(reading?.order.shipments?.map((s) => s.packages?.[0]?.currentStatus === 'DELIVERED')).toEqual([
      false,
      true,
    ]);
  });

  it('reads parcels of other carriers under headers of their own as shipments of their own', async () => {
    const reading = await read(`
      <details><summary>Colis 1 sur 2 · Chronopost · <span>Livré</span></summary></details>
      <details open><summary>Colis 2 sur 2 · Colissimo · <span>En transit</span></summary>
        <dl><dt>Date d’expédition</dt><dd>3 déc. 2024</dd><dt>Numéro de suivi</dt><dd>6A24017739152</dd></dl></details>`);
    expect(reading?.order.shipments?.map((s) => [s.packages?.[0]?.carrierCode, s.shippingDate])).toEqual([
      ['Chronopost', undefined],
      ['Colissimo', '2024-12-03'],
    ]);
  });

  it('keeps parcels of one carrier under headers of their own in one shipment', async () => {
    const reading = await read(`
      <dl><dt>Date d’expédition</dt><dd>3 déc. 2024</dd></dl>
      <h4>Colis 1 sur 2 · Colissimo</h4><dl><dt>Numéro de suivi</dt><dd>6A24017739152</dd></dl>
      <h4>Colis 2 sur 2 · Colissimo</h4><dl><dt>Numéro de suivi</dt><dd>6A24017739169</dd></dl>`);
    expect(reading?.order.shipments).toHaveLength(1);
    expect(reading?.order.shipments?.[0]?.packages?.map((p) => p.trackingNumber)).toEqual([
      '6A24017739152',
      '6A24017739169',
    ]);
  });

  it('reads a tracking history: a delivered event, and the shipped event’s day as the ship date', async () => {
    const reading = await read(`
      <div><span>Numéro de suivi</span> <span>6A24017739152</span></div>
      <ol>
        <li><span>Livré</span> <span>6 déc. 2024 à 15:47</span></li>
        <li><span>En transit</span> <span>4 déc. 2024 à 23:05</span></li>
        <li><span>Expédié</span> <span>3 déc. 2024 à 18:20</span></li>
      </ol>`);
    const shipment = reading?.order.shipments?.[0];
    expect(shipment?.shippingDate).toBe('2024-12-03');
    expect(shipment?.packages?.[0]?.currentStatus).toBe('DELIVERED');
  });

  it('reads the quantities of an order open for editing from its number boxes, as served', async () => {
    const box = (value: string) => `<input type="number" min="0" max="99" ${value}>`;
    const reading = await read(`
      <table><thead><tr><th>Producto</th><th>SKU</th><th>Cantidad</th></tr></thead><tbody>
        <tr><td>Taza</td><td>TAZA-01</td><td>${box('value="3"')}</td></tr>
        <tr><td>Plato</td><td>PLATO-02</td><td>${box('value="1"')}</td></tr>
        <tr><td colspan="2"><input type="text" placeholder="Añadir un producto"></td><td>${box('placeholder="0"')}</td></tr>
      </tbody></table>`);
    expect(reading?.order.items?.map((i) => [i.sellerSku, i.quantity])).toEqual([
      ['TAZA-01', 3],
      ['PLATO-02', 1],
    ]);
  });

  it('reads a SKU cell with another tool’s badge after the SKU', async () => {
    const reading = await read(`
      <table><thead><tr><th>Produit</th><th>SKU</th><th>Quantité</th></tr></thead>
      <tbody><tr><td>Tasse</td><td>TASSE-01<span class="badge">Stock · 42 restants · 4,13 € / u.</span></td><td>3</td></tr></tbody></table>`);
    expect(reading?.order.items?.map((i) => [i.sellerSku, i.quantity])).toEqual([['TASSE-01', 3]]);
  });

  it('reads a table cell that prints its value twice (the figure, then a sentence for screen readers)', async () => {
    const reading = await read(`
      <table><thead><tr><th>Prodotto</th><th>SKU</th><th>Quantità</th><th>Data di spedizione</th></tr></thead>
      <tbody><tr><td>Tazza</td><td>TAZZA-01</td><td><span>3</span><span>Quantità: 3 pezzi</span></td>
        <td><span>mar 3 dic</span><span>martedì 3 dicembre 2024</span></td></tr></tbody></table>`);
    expect(reading?.order.items?.map((i) => [i.sellerSku, i.quantity])).toEqual([['TAZZA-01', 3]]);
  });

  it('reads a tracking history whose events give their time first and a title opening with the status', async () => {
    const reading = await read(`
      <div><span>Numéro de suivi</span> <span>6A24017739152</span></div>
      <ol>
        <li><time>6 déc. 2024, 15:47</time><b>Livré chez un voisin</b><p>Votre colis a été remis à votre voisin au n° 12.</p></li>
        <li><time>5 déc. 2024, 10:02</time><b>Tentative de livraison</b><p>Avis de passage déposé.</p></li>
        <li><time>4 déc. 2024, 23:05</time><b>En transit</b></li>
      </ol>`);
    const pkg = reading?.order.shipments?.[0]?.packages?.[0];
    expect(pkg?.currentStatus).toBe('DELIVERED');
    expect(pkg?.deliveredDate).toBe('2024-12-06');
  });

  it('takes no event from a list whose second part is a long sentence holding a status word', async () => {
    const reading = await read(`
      <div><span>Numéro de suivi</span> <span>6A24017739152</span></div>
      <ul>
        <li><time>6 déc. 2024</time><p>Nous vous dirons quand le colis sera livré chez vous ou au point relais</p></li>
        <li><time>5 déc. 2024</time><p>Nous vous dirons quand le colis sera livré chez vous ou au point relais</p></li>
      </ul>`);
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.currentStatus).not.toBe('DELIVERED');
  });

  it('takes the current values over a block that says it is a cached, possibly outdated copy', async () => {
    const reading = await read(`
      <section><h3>Aperçu de l’expédition</h3><p>Données en cache · dernière synchronisation il y a 3 jours · peuvent ne pas être à jour</p>
        <dl><dt>Statut</dt><dd>En cours de traitement</dd><dt>Livraison estimée</dt><dd>2 déc. 2024</dd></dl></section>
      <section><h3>Expédition</h3><dl><dt>Statut</dt><dd>Expédiée</dd><dt>Livraison estimée</dt><dd>4 déc. 2024</dd>
        <dt>Transporteur</dt><dd>Colissimo</dd></dl></section>`);
    expect(reading?.order.fulfillmentOrderStatus).toBe('Complete');
    const edd = reading?.order.estimatedArrivalDate ?? reading?.order.shipments?.[0]?.estimatedArrivalDate;
    expect(edd).toBe('2024-12-04');
    expect(reading?.conflicts ?? []).toEqual([]);
  });

  it('reads a date written as a span of days ("il y a 3 jours") from the <time> that holds it', async () => {
    const reading = await read(`
      <dl><dt>Date d’expédition</dt><dd><time datetime="2024-12-03T15:10:00+01:00">il y a 3 jours</time></dd>
      <dt>Livraison estimée</dt><dd><time datetime="2024-12-09" title="lundi 9 décembre 2024">lundi (dans 3 jours)</time></dd></dl>`);
    const shipment = reading?.order.shipments?.[0];
    expect(shipment?.shippingDate).toBe('2024-12-03');
    expect(reading?.order.estimatedArrivalDate ?? shipment?.estimatedArrivalDate).toBe('2024-12-09');
  });

  it('reads the date in small print under a relative day, and a status word that labels a date', async () => {
    const reading = await read(`
      <div><span>Date de livraison estimée</span><span>Hier<small>lun. 9 déc. 2024</small></span></div>
      <div><span>Expédié</span><span>samedi<small>sam. 7 déc. 2024</small></span></div>`);
    const edd = reading?.order.estimatedArrivalDate ?? reading?.order.shipments?.[0]?.estimatedArrivalDate;
    expect(edd).toBe('2024-12-09');
    expect(reading?.order.shipments?.[0]?.shippingDate).toBe('2024-12-07');
  });

  it.each([
    ['Items', 'MUG-BLUE – 1 of 4, PLATE-XL – 2 of 2'],
    ['Artikel', 'MUG-BLUE: 1 von 4, PLATE-XL: 2 von 2'],
    ['Artículos', 'MUG-BLUE (1 de 4), PLATE-XL (2 de 2)'],
  ])('reads a return block whose "%s" lists the units coming back ("%s")', async (label, value) => {
    const reading = await read(`
      <dl><dt>ID RMA</dt><dd>RMA-778899</dd><dt>${label}</dt><dd>${value}</dd><dt>Statut du retour</dt><dd>Autorisé</dd></dl>`);
    expect(reading?.order.returns?.[0]?.items).toEqual([
      { sellerSku: 'MUG-BLUE', quantity: 1 },
      { sellerSku: 'PLATE-XL', quantity: 2 },
    ]);
    expect(reading?.order.items ?? []).toEqual([]);
  });

  it('reads a returns table whose items column lists "SKU × n"', async () => {
    const reading = await read(`
      <h3>Retours client</h3><table><thead><tr><th>ID RMA</th><th>Articles</th><th>Statut du retour</th></tr></thead>
      <tbody><tr><td>RMA-445566</td><td>GANT-GARDIEN-L × 1</td><td>Reçu</td></tr></tbody></table>`);
    expect(reading?.order.returns?.[0]).toMatchObject({
      rmaId: 'RMA-445566',
      items: [{ sellerSku: 'GANT-GARDIEN-L', quantity: 1 }],
    });
  });

  it('reads a return drawn as pairs in a grid box whose products label lists "SKU × n"', async () => {
    const reading = await read(`
      <h3>Devoluciones del cliente</h3><div style="display:grid;grid-template-columns:200px 1fr">
      <span>ID de autorización de devolución (RMA)</span><span>RMA-778800</span>
      <span>Productos</span><span>CAFE-MOLIDO-1KG × 2</span><span>Estado de la devolución</span><span>Autorizada</span></div>`);
    expect(reading?.order.returns?.[0]?.items).toEqual([{ sellerSku: 'CAFE-MOLIDO-1KG', quantity: 2 }]);
  });

  it('reads two returns, each with its own RMA, status and items', async () => {
    const reading = await read(`
      <article><dl><dt>N° d'autorisation de retour (RMA)</dt><dd>Dn7Xk2PqRMA</dd>
        <dt>État du retour</dt><dd>Reçu</dd><dt>Article retourné</dt><dd>GANTS-8 × 2</dd></dl></article>
      <article><dl><dt>N° d'autorisation de retour (RMA)</dt><dd>DpL5mW9tBRMA</dd>
        <dt>État du retour</dt><dd>En transit</dd><dt>Article retourné</dt><dd>PULL-M × 1</dd></dl></article>`);
    expect(reading?.order.returns?.map((r) => [r.rmaId, r.status, r.items])).toEqual([
      ['Dn7Xk2PqRMA', 'received', [{ sellerSku: 'GANTS-8', quantity: 2 }]],
      ['DpL5mW9tBRMA', 'in-transit', [{ sellerSku: 'PULL-M', quantity: 1 }]],
    ]);
    expect(reading?.conflicts).toEqual([]);
  });

  it('keeps the seller’s own MCF id beside the Amazon order id', async () => {
    const { document } = await loadPage(
      `<html lang="it"><body>
        <div><span>ID ordine Amazon</span> <span>406-2288451-9036712</span></div>
        <div><span>ID ordine MCF</span> <span>BELLEZZA-IT-3302</span></div>
        <div><span>Stato</span> <span>Spedito</span></div></body></html>`,
      'https://sellercentral.amazon.it/orders-v3/order/406-2288451-9036712',
    );
    const reading = readOrderPage(
      document,
      'https://sellercentral.amazon.it/orders-v3/order/406-2288451-9036712',
      {
        now: NOW,
      },
    );
    expect([reading?.order.sellerFulfillmentOrderId, reading?.order.displayableOrderId]).toEqual([
      '406-2288451-9036712',
      'BELLEZZA-IT-3302',
    ]);
  });
});

describe('what a review of the new rules showed they must not do', () => {
  it('takes no delivery from a progress stepper or a legend (a list of status words without dates)', async () => {
    const stepper = await read(`
      <div><span>Numéro de suivi</span> <span>6A24017739152</span></div>
      <ol><li>Expédié</li><li>En transit</li><li>Livré</li></ol>
      <ul><li><b>Expédié</b> : le colis a quitté le centre</li><li><b>Livré</b> : le transporteur l’a remis</li></ul>`);
    expect(stepper?.order.shipments?.[0]?.packages?.[0]?.currentStatus).toBeUndefined();
  });

  it('reads the parts of a date value only when the whole value is no date', async () => {
    const range = await read(`
      <div><span>Date de livraison estimée</span> <span><span>3 déc. 2026</span> – <span>6 déc. 2026</span></span></div>`);
    expect(range?.conflicts).toEqual([]);
    expect(range?.order.estimatedArrivalDate ?? range?.order.shipments?.[0]?.estimatedArrivalDate).toBe(
      '2026-12-06',
    );
    const split = await read(`
      <div><span>Date d'expédition</span> <span><b>3 déc.</b> 2025</span></div>`);
    expect(split?.order.shipments?.map((s) => s.shippingDate)).toEqual(['2025-12-03']);
  });

  it('gives a return’s later detail block to that return, by the RMA it names', async () => {
    const reading = await read(`
      <dl><dt>ID RMA</dt><dd>RMAAAA1</dd><dt>État du retour</dt><dd>Reçu</dd>
        <dt>ID RMA</dt><dd>RMABBB2</dd><dt>État du retour</dt><dd>Autorisé</dd></dl>
      <dl><dt>ID RMA</dt><dd>RMAAAA1</dd><dt>Reçu le</dt><dd>2 déc. 2026</dd></dl>`);
    const a = reading?.order.returns?.find((r) => r.rmaId === 'RMAAAA1');
    const b = reading?.order.returns?.find((r) => r.rmaId === 'RMABBB2');
    expect(b?.receivedDate).toBeUndefined();
    expect(a?.status).toBe('received');
    expect(a?.receivedDate).toBe('2026-12-02');
  });

  it('never joins the next card’s fields to an item that has its quantity, nor a SKU to an earlier card', async () => {
    const reading = await read(`
      <div><div>SKU : MUG-1</div><div>Quantité : 1</div></div>
      <div><div>ASIN : B0ABCDEFGH</div><div>SKU : PLATE-2</div><div>Quantité : 2</div></div>`);
    expect(reading?.order.items?.map((i) => [i.sellerSku, i.quantity, i.asin])).toEqual([
      ['MUG-1', 1, undefined],
      ['PLATE-2', 2, undefined],
    ]);
    const noSku = await read(`
      <div><div>ASIN : B0ABCDEFGH</div><div>Quantité : 1</div></div>
      <div><div>SKU : PLATE-2</div><div>Quantité : 2</div></div>`);
    expect(noSku?.order.items).toEqual([{ sellerSku: 'PLATE-2', quantity: 2 }]);
  });

  it('takes neither a heading nor a sentence above a caption as its value', async () => {
    const reading = await read(`
      <div><h4>Envoi 1</h4><span>Transporteur</span></div>
      <div><p>Colissimo passera demain dans la matinée</p><span>Transporteur</span></div>`);
    expect(JSON.stringify(reading?.order)).not.toMatch(/carrierCode/);
  });

  it('still reads the pairs on a shipment header line', async () => {
    const reading = await read(
      '<div><span>Envoi 1</span> · <span>Transporteur : Colissimo</span> · <span>Expédié</span></div>',
    );
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.carrierCode).toBe('Colissimo');
  });

  it('takes an updated estimate over the first one', async () => {
    const reading = await read(`
      <div><span>Date de livraison estimée</span> <span>7 déc. 2024</span></div>
      <div><span>Nouvelle date de livraison</span> <span>9 déc. 2024</span></div>`);
    expect(reading?.order.estimatedArrivalDate ?? reading?.order.shipments?.[0]?.estimatedArrivalDate).toBe(
      '2024-12-09',
    );
    expect(reading?.conflicts).toEqual([]);
  });

  it('reads a table of label/value pairs in plain cells, and leaves a cancelled shipment out', async () => {
    const reading = await read(`<table>
        <tr><td>Date d'expédition :</td><td>9 déc. 2024</td><td>Date de livraison estimée :</td><td>11 déc. 2024</td></tr>
        <tr><td>Transporteur :</td><td colspan="3">DHL</td></tr></table>
      <h3><span>Envoi 2</span> <span>Annulé</span></h3>
      <div><span>Date de livraison estimée</span> <span>13 déc. 2024</span></div>`);
    expect(reading?.order.shipments?.map((s) => s.shippingDate)).toEqual(['2024-12-09']);
    expect(reading?.order.estimatedArrivalDate ?? reading?.order.shipments?.[0]?.estimatedArrivalDate).toBe(
      '2024-12-11',
    );
    expect(JSON.stringify(reading?.order)).not.toContain('2024-12-13');
  });

  it('reads "value — label" lines, dates with month names between slashes, and a value ending at a separator', async () => {
    const reading = await read(`
      <p><span>6/dic/2024</span> — <span>Date de livraison estimée</span></p>
      <ul><li>Mug — <b>SKU :</b> MUG-1 — <b>Quantité :</b> 2</li></ul>`);
    expect(reading?.order.estimatedArrivalDate ?? reading?.order.shipments?.[0]?.estimatedArrivalDate).toBe(
      '2024-12-06',
    );
    expect(reading?.order.items).toEqual([{ sellerSku: 'MUG-1', quantity: 2 }]);
  });

  it('reads a carrier named before a tracking number in a short sentence, never in a long one', async () => {
    const reading = await read('<p><a href="#">Suivre avec Colissimo : 6A24017739152</a></p>');
    expect(reading?.order.shipments?.[0]?.packages?.[0]).toMatchObject({
      carrierCode: 'Colissimo',
      trackingNumber: '6A24017739152',
    });
    const sentence = await read(
      '<p>Votre client dit que La Poste a perdu un colis la semaine dernière : 6A24017739152</p>',
    );
    expect(sentence?.order.shipments?.[0]?.packages?.[0]?.carrierCode).toBeUndefined();
  });

  it('reads two pairs run together on a line', async () => {
    const reading = await read(
      '<ul><li><span>Bol en grès — SKU : BOL-14</span> <b>Quantité : 4</b></li></ul>',
    );
    expect(reading?.order.items).toEqual([{ sellerSku: 'BOL-14', quantity: 4 }]);
  });

  it('reads a date pair in a text of its own, and no value for a heading over rows', async () => {
    const reading = await read(`
      <div><strong>Nouvelle date de livraison : 9 déc. 2024</strong> Le transporteur a signalé un retard au dépôt.</div>
      <h2>Articles</h2><div><span>SKU</span><span>BOL-15</span></div><div><span>Quantité</span><span>1</span></div>`);
    expect(reading?.order.items).toEqual([{ sellerSku: 'BOL-15', quantity: 1 }]);
    expect(reading?.order.estimatedArrivalDate ?? reading?.order.shipments?.[0]?.estimatedArrivalDate).toBe(
      '2024-12-09',
    );
  });

  it('takes no other order’s id as the displayable one when the block names several', async () => {
    const reading = await read(`
      <div><span>N° de commande</span> <span>REPL-20241203-1</span></div>
      <div><span>N° de commande</span> <span>REPL-20241203-2</span></div>`);
    expect(reading?.order.displayableOrderId).toBeUndefined();
  });

  it('keeps a comment’s block private even where its rows open with labels', async () => {
    const reading = await read(`
      <div><span>Commentaire</span>
        <div><span>Numéro de suivi</span> <span>1Z999AA10123456784</span></div></div>`);
    expect(JSON.stringify(reading?.order)).not.toContain('1Z999AA10123456784');
  });

  it('takes no "Shipment 1" glued from a caption and an item’s number for a section heading', async () => {
    const reading = await read(`
      <div><span>Date d'expédition</span> <span>3 nov. 2025</span></div>
      <div><span>Transporteur</span> <span>Colissimo</span></div>
      <div role="table">
        <div role="row"><div role="cell"><span>SKU</span><span>MUG-1</span></div>
          <div role="cell"><span>Qté</span><span>2</span></div>
          <div role="cell"><span>Envoi</span><span>1</span></div></div>
      </div>`);
    expect(reading?.order.shipments).toHaveLength(1);
    expect(reading?.order.shipments?.[0]?.shippingDate).toBe('2025-11-03');
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.carrierCode).toBe('Colissimo');
  });

  it('reads a label whose small linking words differ from the known one', async () => {
    const reading = await read(`
      <div><span>Référence de la commande vendeur</span> <span>BOUTIQUE-77</span></div>
      <div><span>Date expédition</span> <span>3 nov. 2025</span></div>`);
    expect(reading?.order.displayableOrderId).toBe('BOUTIQUE-77');
    expect(reading?.order.shipments?.[0]?.shippingDate).toBe('2025-11-03');
  });

  it('reads a returns table by its header of <th> cells; its rows are the return’s, not the order’s', async () => {
    const reading = await read(`
      <table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>MUG-1</td><td>3</td></tr></table>
      <div><span>ID RMA</span> <span>RMA7781234</span></div>
      <div><span>Statut du retour</span> <span>Partiellement reçu</span></div>
      <table>
        <thead><tr><th>Article retourné</th><th>SKU</th><th>Quantité retournée</th><th>Statut</th><th>État</th></tr></thead>
        <tbody><tr><td>Mug bleu</td><td>MUG-1</td><td>2</td><td>Reçu</td><td>Vendable</td></tr></tbody>
      </table>`);
    expect(reading?.order.items).toEqual([{ sellerSku: 'MUG-1', quantity: 3 }]);
    expect(reading?.order.returns).toEqual([
      expect.objectContaining({
        rmaId: 'RMA7781234',
        status: 'in-transit',
        items: [{ sellerSku: 'MUG-1', quantity: 2 }],
      }),
    ]);
    expect(reading?.order.fulfillmentOrderStatus).toBe('Complete');
  });

  it('keeps an item row that shows a returned count beside the ordered one; a returns row counts what came back', async () => {
    const items = await read(`
      <table><tr><th>SKU</th><th>Quantité</th><th>Quantité retournée</th></tr>
        <tr><td>MUG-1</td><td>3</td><td>0</td></tr></table>`);
    expect(items?.order.items).toEqual([{ sellerSku: 'MUG-1', quantity: 3 }]);
    const both = await read(`
      <table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>MUG-1</td><td>3</td></tr></table>
      <div><span>ID RMA</span> <span>RMA5550001</span></div>
      <table><tr><th>SKU</th><th>Quantité commandée</th><th>Quantité retournée</th><th>État du retour</th></tr>
        <tr><td>MUG-1</td><td>3</td><td>1</td><td>Reçu</td></tr></table>`);
    expect(both?.order.items).toEqual([{ sellerSku: 'MUG-1', quantity: 3 }]);
    expect(both?.order.returns?.[0]?.items).toEqual([{ sellerSku: 'MUG-1', quantity: 1 }]);
  });

  it('reads label/value rows written in <th> cells', async () => {
    const reading = await read(
      '<table><tr><th>Transporteur</th><th>Colissimo</th></tr><tr><th>Date d’expédition</th><th>3 nov. 2025</th></tr></table>',
    );
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.carrierCode).toBe('Colissimo');
    expect(reading?.order.shipments?.[0]?.shippingDate).toBe('2025-11-03');
  });

  it('takes a heading element’s "Sendung1" for a section, glued from two spans', async () => {
    const reading = await read(`
      <h3><span>Envoi</span><span>1</span></h3><div><span>Transporteur</span> <span>DPD</span></div>
      <h3><span>Envoi</span><span>2</span></h3><div><span>Transporteur</span> <span>GLS</span></div>`);
    expect(reading?.order.shipments?.map((s) => s.packages?.[0]?.carrierCode)).toEqual(['DPD', 'GLS']);
  });

  it.each([
    ['a <time datetime>', '<time datetime="2025-11-12" title="mercredi 12 novembre 2025">Hier</time>'],
    ['its tooltip', '<span title="mercredi 12 novembre 2025">Hier</span>'],
    ['small print after it', '<span>Hier</span><span>12/11/2025</span>'],
    ['an instant with its offset', '<time datetime="2025-11-11T23:30Z">Hier</time>'],
  ])('reads a relative day by %s', async (_, value) => {
    const reading = await read(`<div><span>Date d'expédition</span>${value}</div>`);
    expect(reading?.order.shipments?.[0]?.shippingDate).toBe('2025-11-12');
  });

  it('dates a yearless day by the years the page prints, when it prints some', async () => {
    const reading = await read(`
      <div><span>Date d'expédition</span> <span>10/11/2025</span></div>
      <div><span>Livraison prévue</span> <span>12 nov. – 14 nov.</span></div>`);
    expect(reading?.order.shipments?.[0]?.estimatedArrivalDate).toBe('2025-11-14');
  });

  it('reads returned items listed "SKU (×1)" one a line', async () => {
    const reading = await read(`
      <dl><dt>ID RMA</dt><dd>RMA5550002</dd><dt>État du retour</dt><dd>Autorisé</dd>
        <dt>Articles retournés</dt><dd><ul><li>POELE-28 (×1)</li><li>MANIQUE-GRIS (×2)</li></ul></dd></dl>`);
    expect(reading?.order.returns?.[0]?.items).toEqual([
      { sellerSku: 'POELE-28', quantity: 1 },
      { sellerSku: 'MANIQUE-GRIS', quantity: 2 },
    ]);
  });

  it('gives a carrier named above the packages to them, not a package of its own', async () => {
    const reading = await read(`
      <div><span>Date d'expédition</span> <span>3 nov. 2025</span></div>
      <div><span>Transporteur</span> <span>Colissimo</span></div>
      <h3>Colis 1 sur 2</h3><div><span>Numéro de suivi</span> <span>6A24819375012</span></div>
      <h3>Colis 2 sur 2</h3><div><span>Numéro de suivi</span> <span>6A24819375029</span></div>`);
    expect(reading?.order.shipments?.[0]?.packages?.map((p) => [p.carrierCode, p.trackingNumber])).toEqual([
      ['Colissimo', '6A24819375012'],
      ['Colissimo', '6A24819375029'],
    ]);
  });

  it.each([
    ['a placeholder with a date after it', '<span>Non expédié</span> <span>12/11/2025</span>'],
    ['a dash with a date after it', '<span>—</span><span>12/11/2025</span>'],
    ['a placeholder with a tooltip', '<span title="12/11/2025">Non expédié</span>'],
  ])('invents no ship date from %s', async (_, value) => {
    const reading = await read(`<div><span>Date d'expédition</span>${value}</div>`);
    expect(reading?.order.shipments?.[0]?.shippingDate).toBeUndefined();
  });

  it('dates yearless days by the order’s own years, never by another order’s in a widget', async () => {
    const url = `https://sellercentral.amazon.fr/orders-v3/order/${ID}`;
    const { document } = await loadPage(
      page(`<div><span>Date d'expédition</span> <span>28 nov.</span></div>
        <aside><h3>Consultées récemment</h3><div><span>N° de commande</span> <span>402-9999999-8888888</span></div>
          <div><span>Date d'expédition</span> <span>03/02/2026</span></div></aside>`),
      url,
    );
    const reading = readOrderPage(document, url, { now: '2026-12-05T09:00:00.000Z' });
    expect(reading?.order.shipments?.[0]?.shippingDate).toBe('2026-11-28');
  });

  it('dates yearless days by the order date, which is no field of the order read', async () => {
    const reading = await read(`
      <div><span>Date de commande</span> <span>mer. 12 nov. 2025</span></div>
      <div><span>Livraison prévue</span> <span>entre le 18 et le 20 novembre</span></div>`);
    expect(reading?.order.shipments?.[0]?.estimatedArrivalDate ?? reading?.order.estimatedArrivalDate).toBe(
      '2025-11-20',
    );
    expect(JSON.stringify(reading)).not.toContain('2025-11-12');
  });

  it.each([
    ['it', 'tra il 18 e il 20 novembre 2025'],
    ['de', 'zwischen dem 18. und dem 20. November 2025'],
  ])('reads a delivery window written with "between" (%s)', async (_, text) => {
    const reading = await read(`<div><span>Livraison prévue</span> <span>${text}</span></div>`);
    expect(reading?.order.estimatedArrivalDate ?? reading?.order.shipments?.[0]?.estimatedArrivalDate).toBe(
      '2025-11-20',
    );
  });

  it('reads no quantity from a day under "Ordered"', async () => {
    const reading = await read(
      `<table><tr><th>SKU</th><th>Commandés</th></tr><tr><td>MUG-1</td><td>10 nov.</td></tr></table>`,
    );
    expect(reading?.order.items).toEqual([]);
  });

  it('keeps each package under its own heading, even with only its carrier', async () => {
    const reading = await read(`
      <div><span>Date d'expédition</span> <span>3 nov. 2025</span></div>
      <h3>Colis 1 sur 2</h3><div><span>Transporteur</span> <span>Colissimo</span></div>
      <h3>Colis 2 sur 2</h3><div><span>Transporteur</span> <span>Colissimo</span></div>`);
    expect(reading?.order.shipments?.[0]?.packages?.map((p) => p.carrierCode)).toEqual([
      'Colissimo',
      'Colissimo',
    ]);
  });

  it('takes a row of two <th> cells over data rows for a header', async () => {
    const reading = await read(
      '<table><tr><th>Numéro de suivi</th><th>Suivre</th></tr><tr><td>6A24819375012</td><td><a href="#">Suivre</a></td></tr></table>',
    );
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.trackingNumber).toBe('6A24819375012');
  });

  it('reads an order held until released as Received, never as planned', async () => {
    const { document } = await loadPage(
      `<html lang="fr"><body><div><span>N° de commande</span> <span>${ID}</span></div>
        <div><span>Statut de la commande</span> <span>En suspens</span></div>
        <div><span>Livraison prévue</span> <span>20 nov. 2025</span></div></body></html>`,
      URL_FR,
    );
    expect(readOrderPage(document, URL_FR, { now: NOW })?.order.fulfillmentOrderStatus).toBe('Received');
  });

  it('reads a returns table with one row per return: its status column is the return’s, its item named by code', async () => {
    const reading = await read(`
      <table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>CLASSEUR-A4</td><td>5</td></tr></table>
      <table><thead><tr><th>ID RMA</th><th>Statut</th><th>Article</th><th>Quantité</th></tr></thead>
        <tbody><tr><td>RMA7782001</td><td>Autorisé</td><td>CLASSEUR-A4</td><td>1</td></tr></tbody></table>`);
    expect(reading?.order.fulfillmentOrderStatus).toBe('Complete');
    expect(reading?.order.returns).toEqual([
      expect.objectContaining({
        rmaId: 'RMA7782001',
        status: 'authorized',
        items: [{ sellerSku: 'CLASSEUR-A4', quantity: 1 }],
      }),
    ]);
  });

  it('takes an icon before a printed label for decoration, not for the label', async () => {
    const reading = await read(`
      <p><svg role="img" aria-labelledby="i1"><title id="i1">Camion</title></svg>Transporteur</p><p>Colissimo</p>`);
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.carrierCode).toBe('Colissimo');
    expect(JSON.stringify(reading?.order)).not.toContain('Camion');
  });

  it('reads a label shortened on screen and spelled out in its <abbr> title', async () => {
    const reading = await read(`
      <div><span><abbr title="Date d'expédition">Exp. le</abbr></span> <span>18 nov. 2025</span></div>
      <div><span><abbr title="Transporteur">Transp.</abbr></span> <span>Postes Canada</span></div>`);
    expect(reading?.order.shipments?.[0]?.shippingDate).toBe('2025-11-18');
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.carrierCode).toBe('Postes Canada');
  });

  it('reads a value without the button beside it', async () => {
    const reading = await read(
      '<div><span>Numéro de suivi</span><span><a href="#">6A24819375012</a><button type="button">Copier</button></span></div>',
    );
    expect(reading?.order.shipments?.[0]?.packages?.map((p) => p.trackingNumber)).toEqual(['6A24819375012']);
  });

  it('takes a parcel shown again under its heading further down for the same package', async () => {
    const reading = await read(`
      <div><span>Date d'expédition</span> <span>3 nov. 2025</span></div>
      <h3>Colis 1</h3><div><span>Numéro de suivi</span> <span>6A24819375012</span></div>
      <h3>Colis 2</h3><div><span>Numéro de suivi</span> <span>6A24819375029</span></div>
      <h2>Historique</h2>
      <h3>Colis 1</h3><div><span>Numéro de suivi</span> <span>6A24819375012</span></div>
      <h3>Colis 2</h3><div><span>Numéro de suivi</span> <span>6A24819375029</span></div>`);
    expect(reading?.order.shipments?.[0]?.packages?.map((p) => p.trackingNumber)).toEqual([
      '6A24819375012',
      '6A24819375029',
    ]);
  });

  it('takes a parcel "held at customs" for no order held', async () => {
    const reading = await read(`
      <div><span>Date d'expédition</span> <span>3 nov. 2025</span></div>
      <div><span>Statut de l'expédition</span> <span>Retenue en douane</span></div>`);
    expect(reading?.order.fulfillmentOrderStatus).toBe('Complete');
    expect(reading?.order.shipments?.[0]?.fulfillmentShipmentStatus).not.toBe('PENDING');
  });

  it('never takes the order’s own status for a return’s', async () => {
    const { document } = await loadPage(
      `<html lang="en"><body><div><span>Order ID</span> <span>${ID}</span></div>
        <div><span>Order status</span> <span>Received</span></div>
        <div><span>RMA ID</span> <span>RMA1234567</span></div>
        <div><span>Return status</span> <span>Authorized</span></div></body></html>`,
      URL_FR.replace('amazon.fr', 'amazon.co.uk'),
    );
    const reading = readOrderPage(document, URL_FR.replace('amazon.fr', 'amazon.co.uk'), { now: NOW });
    expect(reading?.order.returns).toEqual([
      expect.objectContaining({ rmaId: 'RMA1234567', status: 'authorized' }),
    ]);
  });

  it('reads no order date of other orders in a widget as a reason to refuse the page', async () => {
    const reading = await read(`
      <div><span>Date d'expédition</span> <span>3 nov. 2025</span></div>
      <div><span>Transporteur</span> <span>Colissimo</span></div>
      <div><span>Numéro de suivi</span> <span>6A24819375012</span></div>
      <aside><h3>Consultées récemment</h3>
        <div><span>N° de commande</span> <span>402-1111111-1111111</span></div><div><span>Date de commande</span> <span>1 nov. 2025</span></div>
        <div><span>N° de commande</span> <span>402-2222222-2222222</span></div><div><span>Date de commande</span> <span>2 nov. 2025</span></div>
        <div><span>N° de commande</span> <span>402-3333333-3333333</span></div><div><span>Date de commande</span> <span>3 nov. 2025</span></div>
      </aside>`);
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.carrierCode).toBe('Colissimo');
  });

  it('takes an ASIN in a returns row’s item column for no SKU', async () => {
    const reading = await read(`
      <table><tr><th>SKU</th><th>ASIN</th><th>Quantité</th></tr><tr><td>CLASSEUR-A4</td><td>B08XYZ1234</td><td>5</td></tr></table>
      <table><thead><tr><th>ID RMA</th><th>Statut</th><th>Article</th><th>Quantité</th></tr></thead>
        <tbody><tr><td>RMA7782001</td><td>Autorisé</td><td>B08XYZ1234</td><td>1</td></tr></tbody></table>`);
    expect(JSON.stringify(reading?.order.returns)).not.toContain('"sellerSku":"B08XYZ1234"');
  });

  it('reads "1 set" as one set, not the first of September', async () => {
    const reading = await read(
      '<table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>MUG-1</td><td>1 set</td></tr></table>',
    );
    expect(reading?.order.items).toEqual([{ sellerSku: 'MUG-1', quantity: 1 }]);
  });

  it('reads a returns table whose "returned item" column holds the SKU alone, counted by its quantity column', async () => {
    const reading = await read(`
      <table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>CLASSEUR-A4</td><td>5</td></tr></table>
      <table><thead><tr><th>ID de retour (RMA)</th><th>Article retourné</th><th>Quantité</th><th>État du retour</th></tr></thead>
        <tbody><tr><td>RMA7782001</td><td>CLASSEUR-A4</td><td>2</td><td>En transit</td></tr></tbody></table>`);
    expect(reading?.order.items).toEqual([{ sellerSku: 'CLASSEUR-A4', quantity: 5 }]);
    expect(reading?.order.returns).toEqual([
      expect.objectContaining({
        rmaId: 'RMA7782001',
        status: 'in-transit',
        items: [{ sellerSku: 'CLASSEUR-A4', quantity: 2 }],
      }),
    ]);
  });

  it('reads a label with a short qualifier in brackets after it', async () => {
    const reading = await read(`
      <div><span>Date d'expédition (UTC)</span> <span>3 nov. 2025</span></div>
      <div><span>Numéro de suivi (transporteur)</span> <span>6A24819375012</span></div>`);
    expect(reading?.order.shipments?.[0]?.shippingDate).toBe('2025-11-03');
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.trackingNumber).toBe('6A24819375012');
  });

  it('reads a label written with zero-width spaces as its only breaks, shown as one word', async () => {
    const reading = await read(`
      <dl><dt>date\u200bd'expédition</dt><dd>3 nov. 2025</dd></dl>
      <table><tr><th>SKU</th><th>quantité\u200bcommandée</th></tr><tr><td>MUG-1</td><td>2</td></tr></table>`);
    expect(reading?.order.shipments?.[0]?.shippingDate).toBe('2025-11-03');
    expect(reading?.order.items).toEqual([{ sellerSku: 'MUG-1', quantity: 2 }]);
  });

  it('reads a value whose field is named only by its box’s aria-label or tooltip', async () => {
    const reading = await read(`
      <div aria-label="Transporteur"><span aria-hidden="true"></span>Colissimo</div>
      <div title="Date d'expédition">3 nov. 2025</div>
      <div title="6A24819375012"><span>Numéro de suivi</span> <span>6A24819375012</span></div>`);
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.carrierCode).toBe('Colissimo');
    expect(reading?.order.shipments?.[0]?.shippingDate).toBe('2025-11-03');
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.trackingNumber).toBe('6A24819375012');
  });

  it('takes no tooltip for a label when the box prints its label or holds a long text', async () => {
    const reading = await read(`
      <div><span>Date d'expédition</span> <span>3 nov. 2025</span></div>
      <div title="Transporteur"><span>Transporteur</span> <span>Colissimo</span></div>
      <section aria-label="Date de livraison estimée"><p>Votre client a été prévenu par e-mail le 1 nov. 2025 de la date prévue, puis de nouveau le 2 nov. 2025.</p></section>`);
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.carrierCode).toBe('Colissimo');
    expect(JSON.stringify(reading?.order)).not.toContain('2025-11-01');
    expect(JSON.stringify(reading?.order)).not.toContain('2025-11-02');
  });

  it('reads a table whose shipment cells span the item rows of that shipment (rowspan)', async () => {
    const reading = await read(`
      <table><thead><tr><th>Colis</th><th>Date d'expédition</th><th>Transporteur</th><th>SKU</th><th>Quantité</th></tr></thead>
      <tbody>
        <tr><td rowspan="2">Colis 1</td><td rowspan="2">3 nov. 2025</td><td rowspan="2">Colissimo</td><td>MUG-1</td><td>2</td></tr>
        <tr><td>MUG-2</td><td>1</td></tr>
        <tr><td>Colis 2</td><td>4 nov. 2025</td><td>Chronopost</td><td>MUG-3</td><td>3</td></tr>
      </tbody></table>`);
    expect(reading?.order.items).toEqual([
      { sellerSku: 'MUG-1', quantity: 2 },
      { sellerSku: 'MUG-2', quantity: 1 },
      { sellerSku: 'MUG-3', quantity: 3 },
    ]);
    const shipped = (reading?.order.shipments ?? []).map((s) => [
      s.shippingDate,
      s.packages?.[0]?.carrierCode,
    ]);
    expect(shipped).toEqual([
      ['2025-11-03', 'Colissimo'],
      ['2025-11-04', 'Chronopost'],
    ]);
  });

  it('reads a layout table’s value past the empty spacer cells after its label, and no label as a value', async () => {
    const reading = await read(`<table role="presentation">
      <tr><td>Transporteur :</td><td>&nbsp;</td><td></td><td>Colissimo</td></tr>
      <tr><td>Date d'expédition :</td><td>&nbsp;</td><td></td><td>3 nov. 2025</td></tr>
      <tr><td>Numéro de suivi :</td><td>&nbsp;</td><td>Date de livraison estimée :</td><td>6 nov. 2025</td></tr></table>`);
    const shipment = reading?.order.shipments?.[0];
    expect(shipment?.packages?.[0]?.carrierCode).toBe('Colissimo');
    expect(shipment?.shippingDate).toBe('2025-11-03');
    expect(JSON.stringify(reading?.order)).not.toContain('"trackingNumber":"Date');
  });

  it('reads a range split over parts, with a note after it, as the range’s last day', async () => {
    const reading = await read(`
      <dl><dt>Date d'expédition</dt><dd>28 nov. 2025</dd>
      <dt>Date de livraison estimée</dt><dd><span>30 nov.</span> – <span>2 déc. 2025</span>
        <span>Estimation mise à jour le 29 nov. 2025 (précédemment : 29 nov. – 1 déc.)</span></dd></dl>`);
    expect(reading?.order.shipments?.[0]?.estimatedArrivalDate).toBe('2025-12-02');
  });

  it('reads a label whose nouns come in another order', async () => {
    const reading = await read('<dl><dt>Référence vendeur de la commande</dt><dd>ATELIER-2291</dd></dl>');
    expect(reading?.order.displayableOrderId).toBe('ATELIER-2291');
  });

  it('reads a date with its time after a bullet or written "14 h 12"', async () => {
    const reading = await read(`
      <div><span>Date d'expédition</span> <span>dim. 23 nov. 2025 · 14:12</span></div>
      <div><span>Date de livraison estimée</span> <span>27 nov. 2025 · 14 h 30</span></div>`);
    expect(reading?.order.shipments?.[0]?.shippingDate).toBe('2025-11-23');
    expect(reading?.order.shipments?.[0]?.estimatedArrivalDate).toBe('2025-11-27');
  });

  it('reads a "requested" quantity column as the ordered quantity', async () => {
    const { document } = await loadPage(
      `<html lang="en"><body><div><span>Order ID</span> <span>${ID}</span></div>
        <table><tr><th>Merchant SKU</th><th>Qty requested</th><th>Qty unfulfillable</th></tr>
        <tr><td>YOGA-MAT</td><td>2</td><td>0</td></tr></table></body></html>`,
      URL_FR.replace('amazon.fr', 'amazon.com'),
    );
    const reading = readOrderPage(document, URL_FR.replace('amazon.fr', 'amazon.com'), { now: NOW });
    expect(reading?.order.items).toEqual([{ sellerSku: 'YOGA-MAT', quantity: 2 }]);
  });

  it('takes no label whose brackets name another record: a return’s tracking number, a replacement’s ship date', async () => {
    const reading = await read(`
      <div><span>Date d'expédition</span> <span>3 nov. 2025</span></div>
      <div><span>Transporteur</span> <span>Colissimo</span></div>
      <div><span>Numéro de suivi</span> <span>6A24819375012</span></div>
      <div><span>Numéro de suivi (retour)</span> <span>8R00112233445</span></div>
      <div><span>Date d'expédition (remplacement)</span> <span>20 nov. 2025</span></div>`);
    expect(JSON.stringify(reading?.order)).not.toContain('8R00112233445');
    expect(JSON.stringify(reading?.order)).not.toContain('2025-11-20');
  });

  it('reads "Paketschein-Nr. (Zusteller)" as a tracking number, never its bracket as the carrier', async () => {
    const url = URL_FR.replace('amazon.fr', 'amazon.de');
    const { document } = await loadPage(
      `<html lang="de"><body><div><span>Bestellnummer</span> <span>${ID}</span></div>
        <div><span>Versanddatum</span> <span>18.11.2025</span></div>
        <div><span>Versanddienstleister</span> <span>Hermes</span></div>
        <div><span>Paketschein-Nr. (Zusteller):</span> <span>H1002160036427101071</span></div></body></html>`,
      url,
    );
    const packages = readOrderPage(document, url, { now: NOW })?.order.shipments?.[0]?.packages;
    expect(packages).toEqual([
      expect.objectContaining({ carrierCode: 'Hermes', trackingNumber: 'H1002160036427101071' }),
    ]);
  });

  it('takes no button’s tooltip for a label', async () => {
    const reading = await read(`
      <div><span>Transporteur</span> <span>Colissimo</span></div>
      <button type="button" title="Transporteur">Modifier</button>
      <a href="#" title="Transporteur">Changer</a>`);
    expect(reading?.order.shipments?.[0]?.packages?.map((p) => p.carrierCode)).toEqual(['Colissimo']);
  });

  it('ends a tall cell with its table section, rowspan="0" included', async () => {
    const reading = await read(`
      <table><thead><tr><th>Colis</th><th>SKU</th><th>Quantité</th></tr></thead>
        <tbody><tr><td rowspan="0">Colis 1</td><td>MUG-1</td><td>2</td></tr><tr><td>MUG-2</td><td>1</td></tr></tbody>
        <tbody><tr><td>Colis 2</td><td>MUG-3</td><td>3</td></tr></tbody></table>`);
    expect(reading?.order.items).toEqual([
      { sellerSku: 'MUG-1', quantity: 2 },
      { sellerSku: 'MUG-2', quantity: 1 },
      { sellerSku: 'MUG-3', quantity: 3 },
    ]);
  });

  it('takes an ASIN in a returns table’s "returned item" column for no SKU', async () => {
    const reading = await read(`
      <table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>CLASSEUR-A4</td><td>5</td></tr></table>
      <table><thead><tr><th>ID RMA</th><th>Article retourné</th><th>Quantité</th><th>État du retour</th></tr></thead>
        <tbody><tr><td>RMA7782001</td><td>B08N5WRWNW</td><td>2</td><td>En transit</td></tr></tbody></table>`);
    expect(JSON.stringify(reading?.order)).not.toContain('"sellerSku":"B08N5WRWNW"');
  });

  it('reads a carrier’s own sentence for delivered, and La Poste’s "Distribué"', async () => {
    for (const said of [
      '„Votre colis a été livré.“ – 20 nov. 2025, 11:26',
      'Distribué – 16 nov. 2025, 10:08',
    ]) {
      const reading = await read(`
        <div><span>Date d'expédition</span> <span>14 nov. 2025</span></div>
        <div><span>Numéro de suivi</span> <span>6A24819375012</span></div>
        <div><span>Dernier statut du transporteur</span> <span>${said}</span></div>`);
      expect(reading?.order.shipments?.[0]?.packages?.[0]?.currentStatus, said).toBe('DELIVERED');
    }
  });

  it('reads a machine instant printed as is in the marketplace’s day, and a local time said in words', async () => {
    const url = URL_FR.replace('amazon.fr', 'amazon.es');
    const { document } = await loadPage(
      `<html lang="es"><body><div><span>Número de pedido</span> <span>${ID}</span></div>
        <div><span>Fecha de envío</span> <span><time>2025-11-21T23:30:05Z</time></span></div>
        <div><span>Fecha de entrega estimada</span> <span>(mar, 25 nov 2025, 20:00:00 hora de Madrid)</span></div></body></html>`,
      url,
    );
    const shipment = readOrderPage(document, url, { now: NOW })?.order.shipments?.[0];
    expect([shipment?.shippingDate, shipment?.estimatedArrivalDate]).toEqual(['2025-11-22', '2025-11-25']);
  });

  it('reads a return shown as label/value lines: the SKU named alone, then the quantity returned', async () => {
    const reading = await read(`
      <table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>PLAID-LIN</td><td>2</td></tr></table>
      <h2>Retours client</h2>
      <div><b>ID RMA</b><span> : DfK9wQ2mRMA</span></div>
      <div><b>État du retour</b><span> : Autorisé</span></div>
      <div><b>Article retourné</b><span> : PLAID-LIN</span></div>
      <div><b>Quantité retournée</b><span> : 1</span></div>`);
    expect(reading?.order.returns).toEqual([
      expect.objectContaining({ rmaId: 'DfK9wQ2mRMA', items: [{ sellerSku: 'PLAID-LIN', quantity: 1 }] }),
    ]);
  });

  it('reads a table drawn by CSS grid without rows, but never one whose cells are placed by CSS', async () => {
    const grid = (place: (row: number, column: number) => string) => `
      <div class="grid"><div>Produit</div><div>SKU vendeur</div><div>Quantité</div>
        <div${place(2, 1)}>Bol en grès</div><div${place(2, 2)}>BOL-14</div><div${place(2, 3)}>4</div>
        <div${place(3, 1)}>Plat ovale</div><div${place(3, 2)}>PLAT-32</div><div${place(3, 3)}>1</div></div>`;
    const flat = await read(grid(() => ''));
    expect(flat?.order.items).toEqual([
      { title: 'Bol en grès', sellerSku: 'BOL-14', quantity: 4 },
      { title: 'Plat ovale', sellerSku: 'PLAT-32', quantity: 1 },
    ]);
    const placed = await read(grid((row, column) => ` style="grid-area: ${row} / ${column}"`));
    expect(JSON.stringify(placed?.order.items ?? [])).not.toContain('"quantity":4');
  });

  it('takes a carrier’s logo beside a tracking number for its carrier, never a logo in a banner', async () => {
    const url = URL_FR.replace('amazon.fr', 'amazon.com');
    const { document } = await loadPage(
      `<html lang="en"><body><div><span>Order ID</span> <span>${ID}</span></div>
        <div class="card"><div><img alt="UPS" src="ups.png"></div>
          <div><div>Shipment 1</div><div>Shipped: Nov 21, 2025</div><div>Tracking ID: <span>1Z7A94E80347219586</span></div></div></div>
        <aside><img alt="FedEx" src="fedex.png"><p>Buy Shipping offers discounted labels.</p></aside></body></html>`,
      url,
    );
    const reading = readOrderPage(document, url, { now: NOW });
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.carrierCode).toBe('UPS');
    expect(JSON.stringify(reading?.order)).not.toContain('FedEx');
  });

  it('keeps a logo beside a label or a value out of their text, and takes no logo from outside the card or Amazon’s badge', async () => {
    const reading = await read(`
      <div><span><img alt="Colissimo" src="c.png"> Numéro de suivi</span> <span>6A24819375012</span></div>
      <div><span>Statut du colis</span> <span><img alt="Colissimo" src="c.png"> Livré le 18 nov. 2025</span></div>`);
    expect(reading?.order.shipments?.[0]?.packages?.[0]).toMatchObject({
      trackingNumber: '6A24819375012',
      currentStatus: 'DELIVERED',
    });
    const outside =
      await read(`<main><div class="card"><div><span>Date d'expédition</span> <span>14 nov. 2025</span></div>
      <div><span>Numéro de suivi</span> <span>XW482193755</span></div></div>
      <aside><img alt="DHL" src="dhl.png"><p>Achetez vos étiquettes</p></aside>
      <div><img alt="Amazon" src="fba.png"></div></main>`);
    expect(outside?.order.shipments?.[0]?.packages?.[0]?.carrierCode).toBeUndefined();
  });

  it('reads "handed to the carrier" as shipped, never delivered', async () => {
    for (const said of [
      'Spedizione consegnata al corriere – 14 nov 2025',
      'Entregado al transportista',
      'Delivered to carrier',
    ]) {
      const reading = await read(`
        <div><span>Date d'expédition</span> <span>14 nov. 2025</span></div>
        <div><span>Numéro de suivi</span> <span>6A24819375012</span></div>
        <div><span>Statut du colis</span> <span>${said}</span></div>`);
      expect(reading?.order.shipments?.[0]?.packages?.[0]?.currentStatus, said).not.toBe('DELIVERED');
    }
  });

  it('takes no "Qty shipped" column for the quantity ordered beside a "Qty requested" one', async () => {
    const url = URL_FR.replace('amazon.fr', 'amazon.com');
    const { document } = await loadPage(
      `<html lang="en"><body><div><span>Order ID</span> <span>${ID}</span></div>
        <table><tr><th>Merchant SKU</th><th>Qty shipped</th><th>Qty requested</th></tr><tr><td>MUG-1</td><td>1</td><td>3</td></tr></table></body></html>`,
      url,
    );
    expect(readOrderPage(document, url, { now: NOW })?.order.items).toEqual([
      { sellerSku: 'MUG-1', quantity: 3 },
    ]);
  });

  it('takes no label whose brackets name the original order or an exchange', async () => {
    const reading = await read(`
      <div><span>Date d'expédition</span> <span>3 nov. 2025</span></div>
      <div><span>Date d'expédition (commande d'origine)</span> <span>2 nov. 2025</span></div>
      <div><span>Numéro de suivi (échange)</span> <span>6A24819375012</span></div>`);
    expect(JSON.stringify(reading?.order)).not.toContain('2025-11-02');
    expect(JSON.stringify(reading?.order)).not.toContain('6A24819375012');
  });

  it('reads two return cards, each status a chip right after its id', async () => {
    const url = URL_FR.replace('amazon.fr', 'amazon.de');
    const card = (rma: string, chip: string, rows: string) => `<article>
      <div><span>Rücksendegenehmigung (RMA)</span> <strong>${rma}</strong> <span class="chip">${chip}</span></div>
      <table><thead><tr><th>Händler-SKU</th><th>Zurückgesendete Menge</th></tr></thead><tbody>${rows}</tbody></table></article>`;
    const { document } = await loadPage(
      `<html lang="de"><body><div><span>Bestellnummer</span> <span>${ID}</span></div>
        <table><tr><th>SKU</th><th>Menge</th></tr><tr><td>KOPFHOERER</td><td>2</td></tr></table>
        ${card('DwR8mQ2nRMA', 'Genehmigt – Warten auf die Rücksendung', '<tr><td>KOPFHOERER</td><td>1</td></tr>')}
        ${card('DkP3xV7tRMA', 'Eingegangen', '<tr><td>KOPFHOERER</td><td>1</td></tr>')}</body></html>`,
      url,
    );
    const returns = readOrderPage(document, url, { now: NOW })?.order.returns;
    expect(returns?.map((r) => [r.rmaId, r.status, r.items])).toEqual([
      ['DwR8mQ2nRMA', 'authorized', [{ sellerSku: 'KOPFHOERER', quantity: 1 }]],
      ['DkP3xV7tRMA', 'received', [{ sellerSku: 'KOPFHOERER', quantity: 1 }]],
    ]);
  });

  it('takes a link to the carrier’s own tracking page for the carrier, never Amazon’s shipment reference', async () => {
    const reading = await read(`
      <div class="card"><div><span>N° de suivi :</span> <span>XA508132417FR</span></div>
        <div><a href="https://www.chronopost.fr/tracking?listeNumerosLT=XA508132417FR">Suivre sur le site de Chronopost</a></div>
        <div>Réf. d'expédition Amazon : D7kQm2XvN · Centre de distribution : ORY4</div></div>`);
    expect(reading?.order.shipments?.[0]?.packages?.map((p) => p.carrierCode)).toEqual(['Chronopost']);
  });

  it('takes "to be assigned" in five languages for no carrier', async () => {
    for (const placeholder of [
      'Wird noch zugewiesen',
      'À attribuer',
      'Por asignar',
      'In attesa di assegnazione',
    ]) {
      const reading = await read(`
        <div><span>Date de livraison estimée</span> <span>9 déc. 2025</span></div>
        <div><span>Transporteur</span> <span>${placeholder}</span></div>`);
      expect(JSON.stringify(reading?.order), placeholder).not.toContain(placeholder);
    }
  });

  it('reads the id shown to the customer as the seller’s order id', async () => {
    const reading = await read('<dl><dt>ID de commande visible par le client</dt><dd>VELO-2291</dd></dl>');
    expect(reading?.order.displayableOrderId).toBe('VELO-2291');
  });

  it('reads a SKU with a comma, a cell repeating its column’s label, and "shown after shipping" as no carrier', async () => {
    const reading = await read(`
      <table><tr><th>SKU vendeur</th><th>Quantité</th></tr>
        <tr><td>THEIERE-1,5L</td><td>1</td></tr>
        <tr><td><span>SKU :</span> TASSE-25CL</td><td>2</td></tr></table>
      <div><span>Transporteur</span> <span>Affiché après l'expédition</span></div>`);
    expect(reading?.order.items).toEqual([
      { sellerSku: 'THEIERE-1,5L', quantity: 1 },
      { sellerSku: 'TASSE-25CL', quantity: 2 },
    ]);
    expect(JSON.stringify(reading?.order)).not.toContain('Affiché');
  });

  it('reads the shop’s order number and the status badge right after the page’s title', async () => {
    const { document } = await loadPage(
      `<html lang="fr"><body><h1>Commande ${ID}</h1> <span class="badge">Expédiée</span>
        <dl><dt>N° de commande</dt><dd>${ID}</dd><dt>N° de commande de la boutique</dt><dd>BOUTIQUE-1042</dd></dl></body></html>`,
      URL_FR,
    );
    const order = readOrderPage(document, URL_FR, { now: NOW })?.order;
    expect(order?.displayableOrderId).toBe('BOUTIQUE-1042');
    expect(order?.fulfillmentOrderStatus).toBe('Complete');
  });

  it('reads German "Versendet" and a parcel’s "Aktueller Status"', async () => {
    const url = URL_FR.replace('amazon.fr', 'amazon.de');
    const { document } = await loadPage(
      `<html lang="de"><body><table><tr><th>Bestellnummer</th><td>${ID}</td></tr><tr><th>Status</th><td>Versendet</td></tr></table>
        <table><tr><th>Versanddatum</th><td>28.11.2025</td></tr><tr><th>Sendungsnummer</th><td>00340434161094015902</td></tr>
        <tr><th>Aktueller Status</th><td>Zugestellt</td></tr></table></body></html>`,
      url,
    );
    const order = readOrderPage(document, url, { now: NOW })?.order;
    expect(order?.fulfillmentOrderStatus).toBe('Complete');
    expect(order?.shipments?.[0]?.packages?.[0]?.currentStatus).toBe('DELIVERED');
  });

  it('reads no CSS-grid table with no column of a checkable shape (a header that is no label would shift it)', async () => {
    const reading =
      await read(`<div class="grid"><div>Date d'expédition</div><div>Transporteur</div><div>Actions</div>
      <div>3 nov. 2025</div><div>Colissimo</div><div>Suivre</div></div>`);
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.carrierCode).not.toBe('Suivre');
    expect(JSON.stringify(reading?.order)).not.toContain('"carrierCode":"3 nov');
  });

  it('takes a focusable value’s aria-label for its label', async () => {
    const reading = await read(
      '<span tabindex="0" aria-label="Date de livraison estimée">12 nov. 2025</span>',
    );
    expect(reading?.order.estimatedArrivalDate ?? reading?.order.shipments?.[0]?.estimatedArrivalDate).toBe(
      '2025-11-12',
    );
  });

  it('reads a time said to be the marketplace’s own clock, never another city’s', async () => {
    const paris = await read(
      `<div><span>Date d'expédition</span> <span>3 nov. 2025, 23:30 (heure de Paris)</span></div>`,
    );
    expect(paris?.order.shipments?.[0]?.shippingDate).toBe('2025-11-03');
    const london = await read(
      `<div><span>Date d'expédition</span> <span>3 nov. 2025, 23:30 (heure de Londres)</span></div>`,
    );
    expect(london?.order.shipments?.[0]?.shippingDate).toBeUndefined();
  });
});
