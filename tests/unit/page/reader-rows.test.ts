import { describe, expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Rows of tables and the order's own status beside them (blind batches b19/b20).

const NOW = '2026-12-05T09:00:00.000Z';
const ID = 'S01-3333333-4444444';

async function read(host: string, lang: string, body: string) {
  const url = `https://${host}/orders-v3/order/${ID}`;
  const { document } = await loadPage(`<html lang="${lang}"><body>${body}</body></html>`, url);
  return readOrderPage(document, url, { now: NOW });
}

describe('a labelled pair inside one cell of a table row', () => {
  it('is that row’s: "SKU: X" under a column the reader does not know', async () => {
    const reading = await read(
      'sellercentral.amazon.de',
      'de',
      `<div><span>Bestellnummer:</span> <span>${ID}</span></div>
      <table>
        <tr><th>Produktname</th><th>Weitere Informationen</th><th>Bestellte Menge</th></tr>
        <tr><td>Schneidebrett</td><td><b>SKU:</b> <span>BRETT-40</span><br><b>ASIN:</b> <span>B09XK4T2QF</span></td><td>1</td></tr>
        <tr><td>Pflegeöl</td><td><b>SKU:</b> <span>OEL-250</span><br><b>ASIN:</b> <span>B09XK6M8NC</span></td><td>2</td></tr>
      </table>`,
    );
    expect(reading?.order.items?.map((i) => [i.sellerSku, i.quantity])).toEqual([
      ['BRETT-40', 1],
      ['OEL-250', 2],
    ]);
  });

  it('keeps a label/value table of one pair a row as one item', async () => {
    const reading = await read(
      'sellercentral.amazon.com',
      'en',
      `<div><span>Order ID:</span> <span>${ID}</span></div>
      <table><tr><th>SKU</th><td>MUG-1</td></tr><tr><th>Quantity</th><td>3</td></tr></table>`,
    );
    expect(reading?.order.items).toEqual([{ sellerSku: 'MUG-1', quantity: 3 }]);
  });
});

describe('the order’s status beside a status in a table row', () => {
  const orderStatus = (status: string, rowStatus: string) =>
    `<div><span>N° de commande :</span> <span>${ID}</span></div>
    <div><span>Statut de la commande :</span> <span>${status}</span></div>
    <table>
      <tr><th>Expédition</th><th>Statut</th><th>Date d’expédition</th><th>Transporteur</th></tr>
      <tr><td>1</td><td>${rowStatus}</td><td>—</td><td>—</td></tr>
    </table>`;

  it('takes the status outside the rows when they disagree (a pending shipment row)', async () => {
    const reading = await read(
      'sellercentral.amazon.fr',
      'fr',
      orderStatus('En cours de traitement', 'En attente'),
    );
    expect(reading?.order.fulfillmentOrderStatus).toBe('Processing');
  });

  it('still reads a row’s status when the order shows none of its own', async () => {
    const reading = await read(
      'sellercentral.amazon.fr',
      'fr',
      `<div><span>N° de commande :</span> <span>${ID}</span></div>
      <table>
        <tr><th>Statut</th><th>Date d’expédition</th><th>Transporteur</th></tr>
        <tr><td>Expédié</td><td>20/11/2026</td><td>Colissimo</td></tr>
      </table>`,
    );
    expect(reading?.order.fulfillmentOrderStatus).toBe('Complete');
  });
});

describe('Amazon’s "Received" order status (waiting to be planned, often for stock)', () => {
  it.each([
    ['sellercentral.amazon.com', 'en', 'Order status:', 'Received'],
    ['sellercentral.amazon.fr', 'fr', 'Statut de la commande :', 'Commande reçue'],
    ['sellercentral.amazon.de', 'de', 'Bestellstatus:', 'Eingegangen'],
    ['sellercentral.amazon.es', 'es', 'Estado del pedido:', 'Recibido'],
    ['sellercentral.amazon.it', 'it', 'Stato dell’ordine:', 'Ricevuto'],
  ])('%s: "%s %s"', async (host, lang, label, status) => {
    const reading = await read(
      host,
      lang,
      `<div><span>Order ID:</span> <span>${ID}</span></div><div><span>${label}</span> <span>${status}</span></div>`,
    );
    expect(reading?.order.fulfillmentOrderStatus).toBe('Received');
    expect(reading?.order.shipments).toEqual([]);
  });
});

describe('quantity columns', () => {
  it.each([
    ['sellercentral.amazon.it', 'it', 'Q.tà ordinata'],
    ['sellercentral.amazon.es', 'es', 'Cant. enviada'],
    ['sellercentral.amazon.fr', 'fr', 'Qté expédiée'],
  ])('%s: an abbreviated quantity header "%s"', async (host, lang, header) => {
    const reading = await read(
      host,
      lang,
      `<div><span>Order ID:</span> <span>${ID}</span></div>
      <table><tr><th>SKU</th><th>${header}</th></tr><tr><td>MUG-1</td><td>2</td></tr></table>`,
    );
    expect(reading?.order.items).toEqual([{ sellerSku: 'MUG-1', quantity: 2 }]);
  });

  it('takes the ordered column, not the shipped one, when a row shows both', async () => {
    const reading = await read(
      'sellercentral.amazon.de',
      'de',
      `<div><span>Bestellnummer:</span> <span>${ID}</span></div>
      <table><tr><th>SKU</th><th>Versandte Menge</th><th>Bestellte Menge</th></tr>
      <tr><td>MUG-1</td><td>0</td><td>3</td></tr></table>`,
    );
    expect(reading?.order.items).toEqual([{ sellerSku: 'MUG-1', quantity: 3 }]);
  });
});

describe('a relative day that is only the first words of its value', () => {
  it('is read from its own element’s tooltip', async () => {
    const reading = await read(
      'sellercentral.amazon.fr',
      'fr',
      `<div><span>N° de commande :</span> <span>${ID}</span></div>
      <div><span>Transporteur :</span> <span>Colissimo</span></div>
      <div><div>Livraison estimée</div><div><span title="vendredi 4 décembre 2026">Aujourd’hui</span>, avant 20:00</div></div>`,
    );
    expect(JSON.stringify(reading?.order)).toContain('2026-12-04');
  });

  it('takes no tooltip of a value that does not start with a relative day', async () => {
    const reading = await read(
      'sellercentral.amazon.fr',
      'fr',
      `<div><span>N° de commande :</span> <span>${ID}</span></div>
      <div><div>Livraison estimée</div><div>Non communiquée <span title="vendredi 4 décembre 2026">(aujourd’hui)</span></div></div>`,
    );
    expect(JSON.stringify(reading?.order)).not.toContain('2026-12-04');
  });
});

describe('another order’s block beside the named order’s', () => {
  const ORIGINAL = 'S01-1111111-2222222';
  const page = (aside: string) => `<main>
    <p>Order ID: <span>${ID}</span></p>
    <div class="grid">
      <section><h2>Order summary</h2>
        <p><span>Dispatched</span> <span>Thu, 19 Nov 2026</span></p>
        <p><span>Carrier</span> <span>DPD</span></p>
        <p><span>Tracking ID</span> <span>15976843210472</span></p>
        <table><tr><th>Seller SKU</th><th>Quantity</th></tr><tr><td>CANDLE-300G</td><td>1</td></tr></table>
      </section>
      <aside>${aside}</aside>
    </div></main>`;

  it('is cut where it would take in the named order’s own fields (a replacement’s original order)', async () => {
    const reading = await read(
      'sellercentral.amazon.co.uk',
      'en',
      page(`<h2>Original order</h2>
        <p><span>Order ID</span> <a href="#">${ORIGINAL}</a></p>
        <p><span>Dispatched</span> <span>Thu, 12 Nov 2026</span></p>
        <p><span>Tracking ID</span> <span>QF380127465GB</span></p>
        <p><span>Items</span> <span>CANDLE-300G × 1, WICK-TRIMMER × 1</span></p>`),
    );
    expect(reading?.order.sellerFulfillmentOrderId).toBe(ID);
    expect(reading?.order.shipments?.map((s) => s.shippingDate)).toEqual(['2026-11-19']);
    const json = JSON.stringify(reading?.order);
    expect(json).toContain('15976843210472');
    expect(json).not.toContain('QF380127465GB');
    expect(json).not.toContain('WICK-TRIMMER');
  });
});

describe('review of this session’s rules', () => {
  it('keeps a layout table’s cells apart: the order’s items stay the order’s beside a return', async () => {
    const reading = await read(
      'sellercentral.amazon.fr',
      'fr',
      `<div><span>N° de commande :</span> <span>${ID}</span></div>
      <table><tr>
        <td><h3>Articles</h3><div><span>SKU :</span> <span>MUG-1</span></div><div><span>Quantité :</span> <span>2</span></div></td>
        <td><h3>Retour</h3><div><span>N° de retour :</span> <span>DkP3xV7tRMA</span></div><div><span>Statut du retour :</span> <span>Autorisé</span></div></td>
      </tr></table>`,
    );
    expect(reading?.order.items).toEqual([{ sellerSku: 'MUG-1', quantity: 2 }]);
  });

  it('never lets a shipment’s status outside rows win over the order’s status in a summary table', async () => {
    const reading = await read(
      'sellercentral.amazon.fr',
      'fr',
      `<div><span>N° de commande :</span> <span>${ID}</span></div>
      <table><tr><th>Date de commande</th><th>Statut de la commande</th><th>Canal de vente</th></tr>
      <tr><td>18/11/2026</td><td>Annulée</td><td>Non-Amazon</td></tr></table>
      <div><span>Statut de l'expédition :</span> <span>En attente</span></div>`,
    );
    expect(reading?.order.fulfillmentOrderStatus).not.toBe('Planning');
  });

  it.each([
    ['sellercentral.amazon.com', 'en', 'Status:', 'Received by carrier'],
    ['sellercentral.amazon.de', 'de', 'Sendungsstatus:', 'Eingegangen im Paketzentrum'],
    ['sellercentral.amazon.it', 'it', 'Stato:', 'Ricevuto dal corriere'],
  ])('%s: "%s %s" is a parcel’s event, not Amazon’s Received', async (host, lang, label, status) => {
    const reading = await read(
      host,
      lang,
      `<div><span>Order ID:</span> <span>${ID}</span></div><div><span>${label}</span> <span>${status}</span></div>`,
    );
    expect(reading?.order.fulfillmentOrderStatus).not.toBe('Received');
  });

  it('cuts another order’s titled section whole, all its packages', async () => {
    const reading = await read(
      'sellercentral.amazon.fr',
      'fr',
      `<main><p>N° de commande : <span>${ID}</span></p>
      <div><span>Transporteur :</span> <span>Colissimo</span></div>
      <div><span>N° de suivi :</span> <span>6A33333333333</span></div>
      <aside><h3>Commande d'origine</h3>
        <div><p><span>N° de commande :</span> <span>S01-1111111-2222222</span></p><p><span>N° de suivi :</span> <span>6A11111111111</span></p></div>
        <div><p><span>N° de suivi :</span> <span>6A22222222222</span></p></div>
      </aside></main>`,
    );
    const json = JSON.stringify(reading?.order);
    expect(json).toContain('6A33333333333');
    expect(json).not.toContain('6A22222222222');
    expect(json).not.toContain('6A11111111111');
  });

  it('takes an estimated delivery over a promised one shown beside it', async () => {
    const reading = await read(
      'sellercentral.amazon.fr',
      'fr',
      `<div><span>N° de commande :</span> <span>${ID}</span></div>
      <div><span>Livraison promise :</span> <span>5 déc. 2026</span></div>
      <div><span>Livraison estimée :</span> <span>8 déc. 2026</span></div>`,
    );
    expect(reading?.order.estimatedArrivalDate).toBe('2026-12-08');
  });
});

describe('a table drawn as rows of plain boxes', () => {
  it('reads each row under the header box as an item, unknown columns left out', async () => {
    const reading = await read(
      'sellercentral.amazon.it',
      'it',
      `<div><span>Numero ordine:</span> <span>${ID}</span></div>
      <div class="card"><div class="h">Articoli</div>
        <div class="r"><span>Prodotto</span><span>SKU</span><span>Quantità ordinata</span><span>Quantità annullata</span></div>
        <div class="r"><span>Olio da barba, 30 ml</span><span>OLIO-30ML</span><span>2</span><span>2</span></div>
        <div class="r"><span>Pettine in legno</span><span>PETTINE-1</span><span>1</span><span>0</span></div>
      </div>`,
    );
    expect(reading?.order.items?.map((i) => [i.sellerSku, i.quantity])).toEqual([
      ['OLIO-30ML', 2],
      ['PETTINE-1', 1],
    ]);
  });

  it('takes no rows whose counts misfit their column', async () => {
    const reading = await read(
      'sellercentral.amazon.it',
      'it',
      `<div><span>Numero ordine:</span> <span>${ID}</span></div>
      <div class="r"><span>SKU</span><span>Quantità</span></div>
      <div class="r"><span>OLIO-30ML</span><span>in arrivo</span></div>`,
    );
    expect(reading?.order.items ?? []).toEqual([]);
  });
});

describe('a shipments table whose status column comes first', () => {
  it('gives each row’s status to that row’s shipment', async () => {
    const reading = await read(
      'sellercentral.amazon.com',
      'en',
      `<div><span>Order ID:</span> <span>${ID}</span></div>
      <div><span>Order status:</span> <span>Partially shipped</span></div>
      <table><tr><th>Status</th><th>Ship date</th><th>Estimated delivery</th><th>Carrier</th><th>Tracking ID</th></tr>
      <tr><td>Delivered</td><td>Nov 20, 2026</td><td>Nov 25, 2026</td><td>UPS</td><td>1Z4R81W20387615523</td></tr>
      <tr><td>Pending</td><td>—</td><td>Dec 10, 2026</td><td>—</td><td>Available after shipping</td></tr></table>`,
    );
    const shipments = reading?.order.shipments ?? [];
    expect(shipments).toHaveLength(2);
    expect(shipments[0]?.packages?.[0]?.currentStatus).toBe('DELIVERED');
    expect(shipments[1]?.estimatedArrivalDate).toBe('2026-12-10');
    expect(shipments[1]?.packages?.some((p) => p.currentStatus === 'DELIVERED')).toBe(false);
    expect(reading?.order.fulfillmentOrderStatus).toBe('Processing');
  });
});

describe('second review of this session’s rules', () => {
  it('groups a cell’s pair with its row under a header row of <td> labels', async () => {
    const reading = await read(
      'sellercentral.amazon.de',
      'de',
      `<div><span>Bestellnummer:</span> <span>${ID}</span></div>
      <table><tr><td><b>Produktname</b></td><td><b>Weitere Informationen</b></td><td><b>Bestellte Menge</b></td></tr>
      <tr><td>Schneidebrett</td><td><b>SKU:</b> <span>BRETT-40</span></td><td>1</td></tr>
      <tr><td>Pflegeöl</td><td><b>SKU:</b> <span>OEL-250</span></td><td>2</td></tr></table>`,
    );
    expect(reading?.order.items?.map((i) => [i.sellerSku, i.quantity])).toEqual([
      ['BRETT-40', 1],
      ['OEL-250', 2],
    ]);
  });

  it('reads "SKU marchand" as the SKU column', async () => {
    const reading = await read(
      'sellercentral.amazon.fr',
      'fr',
      `<div><span>N° de commande :</span> <span>${ID}</span></div>
      <table><tr><th>SKU marchand</th><th>Quantité</th></tr><tr><td>MUG-1</td><td>2</td></tr></table>`,
    );
    expect(reading?.order.items).toEqual([{ sellerSku: 'MUG-1', quantity: 2 }]);
  });

  it('cuts only the line naming a replacement order inside this order’s shipments section', async () => {
    const reading = await read(
      'sellercentral.amazon.fr',
      'fr',
      `<main><p>N° de commande : <span>${ID}</span></p>
      <div><span>Statut de la commande :</span> <span>Expédiée</span></div>
      <section><h2>Expéditions</h2>
        <div><div><span>Date d'expédition</span> <span>20/11/2026</span></div><div><span>Transporteur</span> <span>Colissimo</span></div><div><span>N° de suivi</span> <span>6A33333333333</span></div></div>
        <div><div><span>Commande de remplacement</span> <span>S01-9999999-8888888</span></div><div><span>Date d'expédition</span> <span>01/12/2026</span></div><div><span>N° de suivi</span> <span>6A44444444444</span></div></div>
      </section></main>`,
    );
    const json = JSON.stringify(reading?.order);
    expect(json).toContain('6A33333333333');
    expect(json).not.toContain('6A44444444444');
  });

  it('reads a parcel a row under one ship date (rowspan) as packages of one shipment', async () => {
    const reading = await read(
      'sellercentral.amazon.de',
      'de',
      `<div><span>Bestellnummer:</span> <span>${ID}</span></div>
      <table><tr><th>Versanddatum</th><th>Voraussichtliche Lieferung</th><th>Sendungsnummer</th><th>Status</th></tr>
      <tr><td rowspan="2">20.11.2026</td><td rowspan="2">25.11.2026</td><td>JJD000390012345678</td><td>Zugestellt</td></tr>
      <tr><td>JJD000390012345687</td><td>Unterwegs</td></tr></table>`,
    );
    const shipments = reading?.order.shipments ?? [];
    expect(shipments).toHaveLength(1);
    expect(shipments[0]?.shippingDate).toBe('2026-11-20');
    expect(shipments[0]?.packages?.map((p) => p.trackingNumber)).toEqual([
      'JJD000390012345678',
      'JJD000390012345687',
    ]);
  });

  it('takes no rows of boxes with a date column (the buyer’s other orders) for items', async () => {
    const reading = await read(
      'sellercentral.amazon.com',
      'en',
      `<div><span>Order ID:</span> <span>${ID}</span></div>
      <table><tr><th>SKU</th><th>Quantity</th></tr><tr><td>MUG-1</td><td>1</td></tr></table>
      <h3>Other orders from this buyer</h3>
      <div><span>Order date</span><span>SKU</span><span>Quantity</span></div>
      <div><span>Oct 2, 2026</span><span>TEAPOT-2</span><span>4</span></div>`,
    );
    expect(reading?.order.items).toEqual([{ sellerSku: 'MUG-1', quantity: 1 }]);
  });

  it('gives a product box its own text, not its row’s', async () => {
    const reading = await read(
      'sellercentral.amazon.it',
      'it',
      `<div><span>Numero ordine:</span> <span>${ID}</span></div>
      <div><span>Prodotto</span><span>SKU</span><span>Quantità</span></div>
      <div><span>Olio da barba, 30 ml</span><span>OLIO-30ML</span><span>2</span></div>`,
    );
    expect(reading?.order.items?.[0]?.title).toBe('Olio da barba, 30 ml');
  });
});

describe('a date column qualified by what it dates', () => {
  it('takes "Date / time (carrier)" for no carrier', async () => {
    const reading = await read(
      'sellercentral.amazon.de',
      'en',
      `<div><span>Order ID:</span> <span>${ID}</span></div>
      <div><span>Carrier:</span> <span>DHL</span></div>
      <table><tr><th>Date / time (carrier)</th><th>Location</th><th>Event</th></tr>
      <tr><td>22.11.2026 10:05</td><td>Berlin</td><td>In transit</td></tr></table>`,
    );
    expect(JSON.stringify(reading?.order)).not.toContain('"carrierCode":"22.11');
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.carrierCode).toBe('DHL');
  });
});

describe('a carrier’s history drawn as a table', () => {
  const history = (events: string[]) =>
    `<div><span>Bestellnummer:</span> <span>${ID}</span></div>
    <div><span>Versanddatum:</span> <span>20.11.2026</span></div>
    <div><span>Versanddienstleister:</span> <span>DHL</span></div>
    <div><span>Sendungsnummer:</span> <span>00340434292215873046</span></div>
    <table><tr><th>Date / time (carrier)</th><th>Location</th><th>Event</th></tr>
    ${events.map((e, i) => `<tr><td>2${2 - i}.11.2026 10:0${i}</td><td>Berlin</td><td>${e}</td></tr>`).join('')}</table>`;

  it('says delivered where a row says the parcel was picked up or delivered', async () => {
    const reading = await read(
      'sellercentral.amazon.de',
      'de',
      history([
        'Die Sendung wurde vom Empfänger in der Filiale abgeholt.',
        'Die Sendung konnte nicht zugestellt werden.',
      ]),
    );
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.currentStatus).toBe('DELIVERED');
  });

  it('says nothing of a history with a failed attempt only', async () => {
    const reading = await read(
      'sellercentral.amazon.de',
      'de',
      history([
        'Die Sendung konnte nicht zugestellt werden.',
        'Die Sendung wurde in das Zustellfahrzeug geladen.',
      ]),
    );
    expect(reading?.order.shipments?.[0]?.packages?.[0]?.currentStatus).not.toBe('DELIVERED');
  });
});

describe('labels and values in two stacks side by side', () => {
  it('pairs each label with the box at its place, an empty box being no value', async () => {
    const reading = await read(
      'sellercentral.amazon.es',
      'es',
      `<div><span>Número de pedido:</span> <span>${ID}</span></div>
      <div class="cols"><ul><li>Opción de regalo</li><li>Fecha de envío</li><li>Última actualización</li><li>Transportista</li><li>Número de seguimiento</li></ul>
      <ul><li></li><li>27/11/2026</li><li>02/12/2026</li><li>Correos</li><li>PQ4F6P0712345670128001X</li></ul></div>`,
    );
    const shipment = reading?.order.shipments?.[0];
    expect(shipment?.shippingDate).toBe('2026-11-27');
    expect(shipment?.packages?.[0]).toMatchObject({
      carrierCode: 'Correos',
      trackingNumber: 'PQ4F6P0712345670128001X',
    });
  });

  it('reads no stacks when the second one holds labels too (two lists of labels)', async () => {
    const reading = await read(
      'sellercentral.amazon.es',
      'es',
      `<div><span>Número de pedido:</span> <span>${ID}</span></div>
      <div class="cols"><ul><li>Fecha de envío</li><li>Transportista</li><li>Número de seguimiento</li></ul>
      <ul><li>Estado</li><li>Transportista</li><li>SKU</li></ul></div>`,
    );
    expect(reading?.order.shipments ?? []).toEqual([]);
  });
});
