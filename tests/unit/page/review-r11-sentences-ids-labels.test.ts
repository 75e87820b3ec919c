import { describe, expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Review R11 of the b26 rules, each probe a page that broke them: "shipped on … with …" sentences
// that are returns, warnings, help texts or message footers; "promised to the customer" after a
// label; a payment's authorization number taken for a return's; words after an id taken for a shop
// system's name.

const NOW = '2024-12-06T09:00:00.000Z';
async function read(html: string, url: string) {
  const { document } = await loadPage(html, url);
  const outcome = readPage(document, url, { now: NOW });
  return outcome.kind === 'order' ? outcome.reading.order : undefined;
}
const page = (lang: string, body: string) =>
  `<!DOCTYPE html><html lang="${lang}"><body><main>${body}</main></body></html>`;

describe('review R11: sentences, audience labels, authorization ids, shop systems', () => {
  it('A1 en: a buyer message about the return "sent on … with DHL" is not the order shipment', async () => {
    const id = '114-2233445-5566778';
    const url = `https://sellercentral.amazon.com/orders-v3/order/${id}`;
    const o = await read(
      page(
        'en-US',
        `<h1>Order details</h1>
      <p>Order ID: ${id}</p><p>Status: Pending</p>
      <table><tr><th>Seller SKU</th><th>Quantity</th></tr><tr><td>MUG-BLUE-2</td><td>1</td></tr></table>
      <section><h2>Buyer-Seller Messages</h2>
      <div class="msg"><p>Hi, I already sent the gift back. The return was sent on Dec 3, 2024 with DHL from my local post office.</p></div></section>`,
      ),
      url,
    );
    expect(o?.shipments?.[0]?.shippingDate).toBeUndefined();
  });
  it('A2 en: help text "Packages shipped on Nov 29 with UPS may…" is not this order shipment', async () => {
    const id = '114-2233445-5566779';
    const url = `https://sellercentral.amazon.com/orders-v3/order/${id}`;
    const o = await read(
      page(
        'en-US',
        `<h1>Order details</h1>
      <div class="a-alert"><p>Packages shipped on Nov 29, 2024 with UPS may show delayed tracking updates.</p></div>
      <p>Order ID: ${id}</p><p>Status: Pending</p>
      <table><tr><th>Seller SKU</th><th>Quantity</th></tr><tr><td>MUG-BLUE-2</td><td>1</td></tr></table>`,
      ),
      url,
    );
    expect(o?.shipments?.[0]?.shippingDate).toBeUndefined();
  });
  it('A3 de: Rücksendung "versendet am … mit DHL" in a case log', async () => {
    const id = '305-7654321-7654322';
    const url = `https://sellercentral.amazon.de/orders-v3/order/${id}`;
    const o = await read(
      page(
        'de-DE',
        `<h1>Bestelldetails</h1>
      <p>Bestellnummer: ${id}</p><p>Status: Ausstehend</p>
      <table><tr><th>Händler-SKU</th><th>Menge</th></tr><tr><td>TASSE-BLAU-2</td><td>1</td></tr></table>
      <section><h2>Fallprotokoll</h2><p>03.12.2024 – Kunde: Rücksendung versendet am 02.12.2024 mit DHL, bitte Erstattung.</p></section>`,
      ),
      url,
    );
    expect(o?.shipments?.[0]?.shippingDate).toBeUndefined();
  });
  it('A4 en: a negated sentence "could not be shipped on … with DHL"', async () => {
    const id = '114-2233445-5566770';
    const url = `https://sellercentral.amazon.com/orders-v3/order/${id}`;
    const o = await read(
      page(
        'en-US',
        `<h1>Order details</h1>
      <p>Order ID: ${id}</p><p>Status: Pending</p>
      <div class="a-alert"><p>This order could not be shipped on Dec 2, 2024 with DHL because the address was rejected.</p></div>
      <table><tr><th>Seller SKU</th><th>Quantity</th></tr><tr><td>MUG-BLUE-2</td><td>1</td></tr></table>`,
      ),
      url,
    );
    expect(o?.shipments?.[0]?.shippingDate).toBeUndefined();
  });
  it('A5 en: another order card "Order 114-… was shipped on … with UPS"', async () => {
    const id = '114-2233445-5566771';
    const url = `https://sellercentral.amazon.com/orders-v3/order/${id}`;
    const o = await read(
      page(
        'en-US',
        `<h1>Order details</h1>
      <p>Order ID: ${id}</p><p>Status: Pending</p>
      <table><tr><th>Seller SKU</th><th>Quantity</th></tr><tr><td>MUG-BLUE-2</td><td>1</td></tr></table>
      <aside><h3>Other orders from this buyer</h3><ul><li>Replacement 114-9999999-1111111 was shipped on Nov 28, 2024 with UPS.</li></ul></aside>`,
      ),
      url,
    );
    expect(o?.shipments?.[0]?.shippingDate).toBeUndefined();
  });
  it('A6 fr: labelled ship date 28 nov, return note sent 3 déc par Colissimo', async () => {
    const id = '171-2233445-5566772';
    const url = `https://sellercentral.amazon.fr/orders-v3/order/${id}`;
    const o = await read(
      page(
        'fr-FR',
        `<h1>Détails de la commande</h1>
      <p>Numéro de commande : ${id}</p><p>État : Expédié</p>
      <p>Transporteur : DHL</p><p>Numéro de suivi : 00340434161094027318</p><p>Date d'expédition : 28 nov. 2024</p>
      <table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>BOL-ROUGE-2</td><td>1</td></tr></table>
      <section><h2>Messages</h2><p>Bonjour, le retour a été expédié le 3 déc. 2024 par Colissimo.</p></section>`,
      ),
      url,
    );
    expect(o?.shipments?.[0]?.shippingDate).toBe('2024-11-28');
    expect(JSON.stringify(o?.shipments)).not.toContain('Colissimo');
  });
  it('D1 en: "Ship date promised to the customer" on an unshipped order is no ship date', async () => {
    const id = '114-2233445-5566773';
    const url = `https://sellercentral.amazon.com/orders-v3/order/${id}`;
    const o = await read(
      page(
        'en-US',
        `<h1>Order details</h1>
      <p>Order ID: ${id}</p><p>Status: Pending</p>
      <dl><dt>Ship date promised to the customer</dt><dd>Dec 9, 2024</dd></dl>
      <table><tr><th>Seller SKU</th><th>Quantity</th></tr><tr><td>MUG-BLUE-2</td><td>1</td></tr></table>`,
      ),
      url,
    );
    expect(o?.shipments?.[0]?.shippingDate).toBeUndefined();
  });
  it('D2 fr: "Date d\'expédition promise au client" is no ship date', async () => {
    const id = '171-2233445-5566774';
    const url = `https://sellercentral.amazon.fr/orders-v3/order/${id}`;
    const o = await read(
      page(
        'fr-FR',
        `<h1>Détails de la commande</h1>
      <p>Numéro de commande : ${id}</p><p>État : En attente</p>
      <p>Date d'expédition promise au client : 9 déc. 2024</p>
      <table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>BOL-ROUGE-2</td><td>1</td></tr></table>`,
      ),
      url,
    );
    expect(o?.shipments?.[0]?.shippingDate).toBeUndefined();
  });
  it('D3 de: "Zugestellt am … zugesagt an den Kunden" is no delivery', async () => {
    const id = '305-7654321-7654323';
    const url = `https://sellercentral.amazon.de/orders-v3/order/${id}`;
    const o = await read(
      page(
        'de-DE',
        `<h1>Bestelldetails</h1>
      <p>Bestellnummer: ${id}</p><p>Status: Versandt</p>
      <p>Versanddienstleister: DHL</p><p>Sendungsnummer: 00340434161094027318</p>
      <p>Geliefert am, zugesagt an den Kunden: 05.12.2024</p>
      <table><tr><th>Händler-SKU</th><th>Menge</th></tr><tr><td>TASSE-BLAU-2</td><td>1</td></tr></table>`,
      ),
      url,
    );
    expect(JSON.stringify(o?.shipments)).not.toContain('deliveredDate');
  });
  it('E1 en: payment "Authorization ID" beside a return is not the RMA', async () => {
    const id = '114-2233445-5566775';
    const url = `https://sellercentral.amazon.com/orders-v3/order/${id}`;
    const o = await read(
      page(
        'en-US',
        `<h1>Order details</h1>
      <p>Order ID: ${id}</p><p>Status: Shipped</p>
      <section><h2>Payment</h2><dl><dt>Payment method</dt><dd>Visa ending in 4242</dd><dt>Authorization ID</dt><dd>A7K2P9QX44</dd></dl></section>
      <table><tr><th>Seller SKU</th><th>Quantity</th></tr><tr><td>MUG-BLUE-2</td><td>1</td></tr></table>
      <section><h2>Returns</h2><dl><dt>Return status</dt><dd>Return requested</dd><dt>Return reason</dt><dd>Defective</dd></dl></section>`,
      ),
      url,
    );
    expect(JSON.stringify(o)).not.toContain('A7K2P9QX44');
  });

  it('E2 en: a card payment "Authorization ID" is no return authorization', async () => {
    const id = '114-2233445-5566782';
    const url = `https://sellercentral.amazon.co.uk/orders-v3/order/${id}`;
    const o = await read(
      page(
        'en-GB',
        `<h1>Order details</h1>
      <div><span>Order ID</span> <span>${id}</span></div>
      <div><span>Order status</span> <span>Shipped</span></div>
      <h3>Payment</h3><div><span>Payment method</span> <span>Visa •••• 4242</span></div>
      <div><span>Authorization ID</span> <span>A7K2P9QX44</span></div>
      <h3>Return</h3><div><span>Return status</span> <span>Authorized</span></div>`,
      ),
      url,
    );
    expect(JSON.stringify(o?.returns ?? [])).not.toContain('A7K2P9QX44');
  });
  it('E3 es: a card payment "Número de autorización" is no return authorization', async () => {
    const id = '171-2233445-5566783';
    const url = `https://sellercentral.amazon.es/orders-v3/order/${id}`;
    const o = await read(
      page(
        'es-ES',
        `<h1>Detalles del pedido</h1>
      <div><span>ID del pedido</span> <span>${id}</span></div>
      <h3>Pago</h3><div><span>Método de pago</span> <span>Tarjeta Visa terminada en 4242</span></div>
      <div><span>Número de autorización</span> <span>482913</span></div>
      <h3>Devolución</h3><div><span>Estado de la devolución</span> <span>Autorizada</span></div>`,
      ),
      url,
    );
    expect(JSON.stringify(o?.returns ?? [])).not.toContain('482913');
  });
  it('A7 en: "should have shipped on … with DHL" (a late-shipment warning) is no ship date', async () => {
    const id = '114-2233445-5566784';
    const url = `https://sellercentral.amazon.com/orders-v3/order/${id}`;
    const o = await read(
      page(
        'en-US',
        `<h1>Order details</h1>
      <p>Order ID: ${id}</p><p>Status: Pending</p>
      <div class="a-alert-content">This order should have been shipped on Dec 2, 2024 with DHL. Please contact Seller Support.</div>
      <table><tr><th>Seller SKU</th><th>Quantity</th></tr><tr><td>MUG-BLUE-2</td><td>1</td></tr></table>`,
      ),
      url,
    );
    expect(o?.shipments?.[0]?.shippingDate).toBeUndefined();
  });
  it('A8 it: buyer message "il reso è stato spedito il … tramite BRT" is no shipment', async () => {
    const id = '171-2233445-5566785';
    const url = `https://sellercentral.amazon.it/orders-v3/order/${id}`;
    const o = await read(
      page(
        'it-IT',
        `<h1>Dettagli ordine</h1>
      <p>ID ordine: ${id}</p><p>Stato: In sospeso</p>
      <table><tr><th>SKU venditore</th><th>Quantità</th></tr><tr><td>TAZZA-BLU-2</td><td>1</td></tr></table>
      <section><h2>Messaggi dell'acquirente</h2><p>Buongiorno, il reso è stato spedito il 03/12/2024 tramite BRT. Attendo il rimborso.</p></section>`,
      ),
      url,
    );
    expect(o?.shipments?.[0]?.shippingDate).toBeUndefined();
  });
  it('A9 en: shipped order, DHL labelled without a ship date; a return note gives its date', async () => {
    const id = '114-2233445-5566786';
    const url = `https://sellercentral.amazon.com/orders-v3/order/${id}`;
    const o = await read(
      page(
        'en-US',
        `<h1>Order details</h1>
      <p>Order ID: ${id}</p><p>Status: Delivered</p>
      <p>Carrier: UPS</p><p>Tracking ID: 1Z999AA10123456784</p>
      <table><tr><th>Seller SKU</th><th>Quantity</th></tr><tr><td>MUG-BLUE-2</td><td>1</td></tr></table>
      <section><h2>Case log</h2><p>Buyer: the return was dispatched on 4 Dec 2024 via Royal Mail, tracking attached.</p></section>`,
      ),
      url,
    );
    expect(o?.shipments?.[0]?.shippingDate).toBeUndefined();
    expect(JSON.stringify(o?.shipments)).not.toContain('Royal Mail');
  });

  it('A10 fr: labelled shipment DHL 28 nov; case history says the return went by Colissimo', async () => {
    const id = '171-2233445-5566787';
    const url = `https://sellercentral.amazon.fr/orders-v3/order/${id}`;
    const o = await read(
      page(
        'fr-FR',
        `<h1>Détails de la commande</h1>
      <p>Numéro de commande : ${id}</p><p>État : Livré</p>
      <p>Transporteur : DHL</p><p>Numéro de suivi : 00340434161094027318</p><p>Date d'expédition : 28 nov. 2024</p>
      <table><tr><th>SKU</th><th>Quantité</th></tr><tr><td>BOL-ROUGE-2</td><td>1</td></tr></table>
      <section><h2>Historique du dossier</h2><p>4 déc. 2024 — Acheteur : le retour a été expédié le 3 déc. 2024 par Colissimo.</p></section>`,
      ),
      url,
    );
    expect(o?.shipments?.[0]?.shippingDate).toBe('2024-11-28');
    expect(JSON.stringify(o?.shipments)).not.toContain('Colissimo');
  });

  it('B1 en: a message header "Message sent on … by Amazon" is no shipment', async () => {
    const id = '114-2233445-5566780';
    const url = `https://sellercentral.amazon.com/orders-v3/order/${id}`;
    const o = await read(
      page(
        'en-US',
        `<h1>Order details</h1>
      <p>Order ID: ${id}</p><p>Status: Pending</p>
      <table><tr><th>Seller SKU</th><th>Quantity</th></tr><tr><td>MUG-BLUE-2</td><td>1</td></tr></table>
      <section><h2>Buyer-Seller Messages</h2><div class="css-1x9k2ab"><span class="a-size-small">Message sent on Dec 3, 2024 by Amazon</span><p>Where is my order?</p></div></section>`,
      ),
      url,
    );
    expect(o?.shipments?.[0]?.shippingDate).toBeUndefined();
  });
  it('B2 es: "Reembolso enviado el 3 dic 2024 por Amazon" is no shipment', async () => {
    const id = '171-2233445-5566781';
    const url = `https://sellercentral.amazon.es/orders-v3/order/${id}`;
    const o = await read(
      page(
        'es-ES',
        `<h1>Detalles del pedido</h1>
      <p>ID del pedido: ${id}</p><p>Estado: Pendiente</p>
      <table><tr><th>SKU del vendedor</th><th>Cantidad</th></tr><tr><td>VELA-ROJA-3</td><td>2</td></tr></table>
      <p class="a-color-secondary">Mensaje enviado el 3 dic 2024 por Amazon en nombre del comprador.</p>`,
      ),
      url,
    );
    expect(o?.shipments?.[0]?.shippingDate).toBeUndefined();
  });

  it.each([
    ['12.90 EUR'],
    ['B2B Kunde'],
    ['2024-11-29 Versandt'],
    ['#123 Geschenk'],
    ['30 Tage Rückgabe'],
    ['1. Mahnung'],
    ['DE-4 Lager Nord'],
  ])('no seller order id from "%s"', async (value) => {
    const ID = '305-7654321-7654321';
    const url = `https://sellercentral.amazon.de/orders-v3/order/${ID}`;
    const o = await read(
      page(
        'de-DE',
        `<h1>Bestelldetails</h1>
      <table><tr><th>Bestellnummer</th><td>${ID}</td></tr>
      <tr><th>Bestellnummer des Verkäufers</th><td>${value}</td></tr>
      <tr><th>Status</th><td>Versandt</td></tr></table>
      <table><tr><th>Händler-SKU</th><th>Menge</th></tr><tr><td>TASSE-BLAU-2</td><td>1</td></tr></table>`,
      ),
      url,
    );
    expect(o?.displayableOrderId).toBeUndefined();
  });
});
