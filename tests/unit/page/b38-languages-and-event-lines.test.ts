import { describe, expect, it } from 'vitest';
import { marketplaceFor } from '../../../core/marketplaces';
import type { OrderInput } from '../../../core/model/order';
import { saysDelivered } from '../../../core/page/delivered-sentence';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Causes found by the blind batch b38 (an interface in another language than the marketplace's,
// carriers' events in their own language, dates in other conventions), each written here in another
// shape and language than the page that showed it.

const NOW = '2024-12-06T09:00:00.000Z';
const ID = 'S02-3838383-1212121';

async function read(host: string, lang: string, body: string, query = ''): Promise<OrderInput> {
  const url = `https://${host}/orders-v3/order/${ID}${query}`;
  const { document } = await loadPage(`<html lang="${lang}"><body>${body}</body></html>`, url);
  const outcome = readPage(document, url, { now: NOW });
  if (outcome.kind !== 'order') throw new Error(`not read as an order: ${JSON.stringify(outcome)}`);
  return outcome.reading.order;
}

const parcel = (order: OrderInput, i = 0) => order.shipments?.[i]?.packages?.[0];
const header = (lang: string) =>
  ({
    en: `<h1>Order details</h1><p>Order ID: ${ID}</p><p>Tracking ID: 1Z999AA10123456784</p>`,
    de: `<h1>Bestelldetails</h1><p>Bestellnummer: ${ID}</p><p>Sendungsnummer: 00340434161094042557</p>`,
    fr: `<h1>Détails de la commande</h1><p>N° de commande : ${ID}</p><p>Numéro de suivi : 6A23114578911</p>`,
    es: `<h1>Detalles del pedido</h1><p>N.º de pedido: ${ID}</p><p>Número de seguimiento: PQ4B6C0711823520128004M</p>`,
    it: `<h1>Dettagli ordine</h1><p>Numero ordine: ${ID}</p><p>Numero di tracciamento: 084052300123499</p>`,
  })[lang] as string;

describe('the marketplace named by the URL, whatever the interface language', () => {
  it('maps Amazon marketplace ids to their marketplace and zone', () => {
    expect(marketplaceFor('sellercentral-europe.amazon.com', 'de', 'A1F83G8C2ARO7P')).toMatchObject({
      countryCode: 'GB',
      timeZone: 'Europe/London',
      locale: 'de',
    });
    expect(marketplaceFor('sellercentral-europe.amazon.com', 'de')?.countryCode).toBe('DE');
  });

  it('de interface on the European host switched to amazon.co.uk: a time in MEZ is a London day', async () => {
    const order = await read(
      'sellercentral-europe.amazon.com',
      'de',
      `${header('de')}<dl><dt>Versanddatum</dt><dd>02.12.2024, 00:30 MEZ</dd></dl>`,
      '?mons_sel_mkid=A1F83G8C2ARO7P',
    );
    expect(order.marketplace?.timeZone).toBe('Europe/London');
    expect(order.shipments?.[0]?.shippingDate).toBe('2024-12-01');
  });
});

describe('a carrier history printed as lines of text', () => {
  it('en (.co.uk): lines of a cell broken by <br>, the date first, the event in capitals', async () => {
    const order = await read(
      'sellercentral.amazon.co.uk',
      'en',
      `${header('en')}<table><tr><th>Courier events</th><td>04/12/2024 12:31 DELIVERED<br>04/12/2024 07:55 OUT FOR DELIVERY<br>02/12/2024 20:10 AT HUB</td></tr></table>`,
    );
    expect(parcel(order)).toMatchObject({ currentStatus: 'DELIVERED', deliveredDate: '2024-12-04' });
  });

  it('de: a line per event, what happened first, its place, then its date', async () => {
    const order = await read(
      'sellercentral.amazon.de',
      'de',
      `${header('de')}<section><h2>Sendungsverlauf</h2>
        <div>Zugestellt — Briefkasten, 10115 Berlin — Do., 05.12.2024, 14:14</div>
        <div>In Zustellung — 10115 Berlin — Do., 05.12.2024, 07:02</div>
        <div>Im Paketzentrum bearbeitet — Großbeeren — Di., 03.12.2024, 20:47</div></section>`,
    );
    expect(parcel(order)).toMatchObject({ currentStatus: 'DELIVERED', deliveredDate: '2024-12-05' });
  });

  it('fr: several events on one line after its label', async () => {
    const order = await read(
      'sellercentral.amazon.fr',
      'fr',
      `${header('fr')}<div><span>Historique transporteur</span> <span>03/12/2024 11:05 Livré · 03/12/2024 07:40 En cours de livraison · 30/11/2024 Pris en charge</span></div>`,
    );
    expect(parcel(order)).toMatchObject({ currentStatus: 'DELIVERED', deliveredDate: '2024-12-03' });
  });

  it('it: list items holding their date and their event in one text, the event as a sentence', async () => {
    const order = await read(
      'sellercentral.amazon.it',
      'it',
      `${header('it')}<ul><li>05/12/2024 10:12 – La spedizione è stata consegnata al destinatario.</li>
        <li>05/12/2024 07:30 – In consegna</li><li>03/12/2024 18:00 – Partita dalla filiale</li></ul>`,
    );
    expect(parcel(order)).toMatchObject({ currentStatus: 'DELIVERED', deliveredDate: '2024-12-05' });
  });

  it('es: an ARIA grid whose event cells are sentences', async () => {
    const order = await read(
      'sellercentral.amazon.es',
      'es',
      `${header('es')}<div role="grid" aria-label="Eventos">
        <div role="row"><span role="gridcell">04/12/2024 13:12</span><span role="gridcell">El envío ha sido entregado al destinatario.</span></div>
        <div role="row"><span role="gridcell">04/12/2024 08:40</span><span role="gridcell">El envío está en reparto.</span></div>
        <div role="row"><span role="gridcell">02/12/2024 18:22</span><span role="gridcell">Admitido en la oficina de origen.</span></div></div>`,
    );
    expect(parcel(order)).toMatchObject({ currentStatus: 'DELIVERED', deliveredDate: '2024-12-04' });
  });

  it('nothing is delivered by a failed attempt, a lone undated line, or a delivery overtaken later', async () => {
    const failed = await read(
      'sellercentral.amazon.it',
      'it',
      `${header('it')}<table><tr><th>Eventi</th><td>05.12.2024 14:02 La spedizione non è stata consegnata: destinatario assente<br>05.12.2024 08:12 IN CONSEGNA</td></tr></table>`,
    );
    expect(parcel(failed)?.currentStatus).not.toBe('DELIVERED');
    const lone = await read(
      'sellercentral.amazon.de',
      'de',
      `${header('de')}<p>04.12.2024 Die Sendung wurde zugestellt.</p>`,
    );
    expect(parcel(lone)?.currentStatus).not.toBe('DELIVERED');
    // Newest first: a "delivered" in the middle was corrected by the carrier after it.
    const overtaken = await read(
      'sellercentral.amazon.com',
      'en',
      `${header('en')}<ol>
        <li><span>Dec 6, 2024, 9:00 AM</span> <span>Returned to depot, redelivery scheduled</span></li>
        <li><span>Dec 5, 2024, 12:34 PM</span> <span>Delivered to front door</span></li>
        <li><span>Dec 5, 2024, 8:10 AM</span> <span>Out for delivery</span></li></ol>`,
    );
    expect(parcel(overtaken)?.currentStatus).not.toBe('DELIVERED');
    expect(parcel(overtaken)?.deliveredDate).toBeUndefined();
  });

  it('fr: a stepper marking its current step: the steps after it have not happened', async () => {
    const order = await read(
      'sellercentral.amazon.fr',
      'fr',
      `${header('fr')}<ol aria-label="Suivi du colis">
        <li><span>Expédiée</span> <span>3 déc.</span></li>
        <li aria-current="step"><span>En cours de livraison</span> <span>6 déc., 07:30</span></li>
        <li><span>Livrée</span> <span>prévue le 6 déc.</span></li></ol>`,
    );
    expect(parcel(order)?.currentStatus).not.toBe('DELIVERED');
    expect(parcel(order)?.deliveredDate).toBeUndefined();
  });
});

describe("a carrier's sentence saying delivered", () => {
  it.each([
    'Die Sendung wurde erfolgreich zugestellt.',
    'Die Sendung wurde vom Empfänger in der Filiale abgeholt.',
    'Your item was delivered in or at the mailbox',
    'Votre colis a été livré à votre gardien.',
    'Su envío ha sido entregado.',
    'Il pacco è stato consegnato al destinatario.',
  ])('says delivered: %s', (sentence) => expect(saysDelivered(sentence)).toBe(true));

  it.each([
    'Die Sendung konnte nicht zugestellt werden.',
    'Die Sendung wird voraussichtlich heute zugestellt.',
    'Die Sendung wurde an den Zusteller übergeben.',
    'Votre colis sera livré demain.',
    'Votre colis a été livré en point relais.',
    'Su envío no ha sido entregado.',
    'La spedizione è stata consegnata al corriere.',
    'Your package will be delivered by Dec 9.',
  ])('says nothing final: %s', (sentence) => expect(saysDelivered(sentence)).toBe(false));
});

describe('fields of one line, and a status beside the title', () => {
  it('de: "SKU X" with no colon as one part of an item line', async () => {
    const order = await read(
      'sellercentral.amazon.de',
      'de',
      `${header('de')}<p>Emaille-Becher, grün | SKU BW-77-GRN | Menge: 2</p>`,
    );
    expect(order.items).toEqual([expect.objectContaining({ sellerSku: 'BW-77-GRN', quantity: 2 })]);
  });

  it('es: the status as a badge inside the line right after the title', async () => {
    const order = await read(
      'sellercentral.amazon.es',
      'es',
      `<main><h1>Detalles del pedido</h1><p>N.º de pedido: ${ID} · <kat-badge label="Enviado"></kat-badge></p>
       <section><h2>Envío</h2><p>Fecha de envío: 02/12/2024</p></section></main>`,
    );
    expect(order.fulfillmentOrderStatus).toBe('Complete');
  });

  it('en: two parcels shipped the same day, each under its own header: both have their ship date', async () => {
    const order = await read(
      'sellercentral.amazon.co.uk',
      'en',
      `<h1>Order ${ID}</h1>
       <table><tr><th>Parcel 1</th><td></td></tr><tr><th>Ship date</th><td>2 Dec 2024</td></tr>
         <tr><th>Estimated delivery</th><td>4 Dec 2024</td></tr><tr><th>Tracking</th><td>RM123456785GB</td></tr></table>
       <table><tr><th>Parcel 2</th><td></td></tr><tr><th>Ship date</th><td>2 Dec 2024</td></tr>
         <tr><th>Estimated delivery</th><td>5 Dec 2024</td></tr><tr><th>Tracking</th><td>RM123456794GB</td></tr></table>`,
    );
    expect((order.shipments ?? []).map((s) => [s.shippingDate, s.estimatedArrivalDate])).toEqual([
      ['2024-12-02', '2024-12-04'],
      ['2024-12-02', '2024-12-05'],
    ]);
  });
});
