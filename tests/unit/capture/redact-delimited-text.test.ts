import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../../core/capture/redact';
import { documentOf } from './captured-body';

// A file shown as text under its header line (core/capture/redaction/delimited-text.ts), and
// tables: an upload's results whose "Message" column explains each row's outcome, a column's
// rows each with its own placeholder.

const URL_ES = 'https://sellercentral.amazon.es/mcf/bulk-orders';

const pageOf = (body: string, lang = 'es') => documentOf(URL_ES, lang, body, '', { uiLanguage: 'fr' });

describe('a file shown as text under its header line', () => {
  it('replaces the values of personal columns, tab-separated, whatever their shape', async () => {
    const page = await pageOf(
      `<pre>MerchantFulfillmentOrderID\tMerchantSKU\tAddressName\tAddressFieldOne\tAddressFieldTwo\tAddressCity\tAddressPostalCode\tAddressPhoneNumber\tNotificationEmail
ES-0001\tJARRA-TOLEDO-1\tAinhoa Zubizarreta\tc/o Pensión Arantza\tCalle Nueva 4\tHondarribia\t2028\t943 64 12 12\tainhoa.z@example.es
ES-0002\tMANTEL-TRIANA\tPau Vilaró i Puig\tPasseig de Gràcia 55\t\tBarcelona\t08007\t\t</pre>`,
    );
    for (const gone of [
      'Ainhoa',
      'Zubizarreta',
      'Pensión Arantza',
      'Hondarribia',
      '2028',
      '943 64 12 12',
      'ainhoa.z',
      'Vilaró',
      'Gràcia',
      '08007',
    ])
      expect(page).not.toContain(gone);
    for (const kept of ['AddressFieldOne', 'ES-0001', 'JARRA-TOLEDO-1', 'MANTEL-TRIANA'])
      expect(page).toContain(kept);
    expect(page).toContain(
      `ES-0002\tMANTEL-TRIANA\t${PLACEHOLDERS.name}\t${PLACEHOLDERS.street}\t\t${PLACEHOLDERS.city}`,
    );
  });

  it('reads a comma-separated file whose quoted values hold commas', async () => {
    const page = await pageOf(`<pre>order-id,recipient-name,address-line-1,city,postal-code
112-1234567-1234567,"Doe, Jonathan",12 Elm Street,Springfield,62704
</pre>`);
    for (const gone of ['Jonathan', 'Elm Street', 'Springfield', '62704']) expect(page).not.toContain(gone);
    expect(page).toContain('112-1234567-1234567,');
  });

  it('reads human column names separated by semicolons, and leaves prose with commas alone', async () => {
    const page = await pageOf(
      `<pre>Pedido;Nombre del destinatario;Código postal;Ciudad
ES-9;Begoña Arrieta;48001;Bilbao</pre><p>Hola, gracias, Marta\nhasta luego</p>`,
    );
    for (const gone of ['Begoña', 'Arrieta', '48001', 'Bilbao']) expect(page).not.toContain(gone);
    expect(page).toContain('ES-9;');
    expect(page).toContain('Hola, gracias, Marta');
  });
});

describe('an upload’s results table', () => {
  it('keeps the message explaining each row’s outcome, and replaces the customer columns', async () => {
    const page = await pageOf(
      `<table><thead><tr><th>Fila</th><th>Nombre destinatario</th><th>Código postal</th><th>Resultado</th><th>Mensaje</th></tr></thead>
        <tbody><tr><td>2</td><td>Nerea Goikoetxea</td><td>2001</td><td>Error</td><td>Código postal no válido: debe tener 5 cifras</td></tr></tbody></table>
       <table><thead><tr><th>Fecha</th><th>Mensaje</th></tr></thead><tbody><tr><td>3 dic</td><td>Llegó roto, llamad a mi hermana</td></tr></tbody></table>`,
    );
    for (const gone of ['Nerea', 'Goikoetxea', '>2001<', 'llamad a mi hermana'])
      expect(page).not.toContain(gone);
    expect(page).toContain('Código postal no válido: debe tener 5 cifras');
  });

  it('reads a template’s one-word column names in a header row ("AddressName")', async () => {
    const page = await pageOf(
      `<table><tr><th>MerchantFulfillmentOrderID</th><th>AddressName</th><th>AddressFieldOne</th><th>AddressPostalCode</th></tr>
        <tr><td>X-1</td><td>Olamide Adeyemi</td><td>4 Quarry Bank</td><td>M14 5JX</td></tr></table>
       <table><tr><th>Name</th><th>SKU</th></tr><tr><td>Amelia Travel Mug</td><td>MUG-AM-1</td></tr></table>`,
      'en',
    );
    for (const gone of ['Adeyemi', 'Quarry', 'M14']) expect(page).not.toContain(gone);
    for (const kept of ['X-1', 'AddressFieldOne', 'Amelia Travel Mug']) expect(page).toContain(kept);
  });

  it('reads a grid of <div>s by its roles like a <table>', async () => {
    const page = await pageOf(
      `<div role="table"><div role="row"><div role="columnheader">Pedido</div><div role="columnheader">Comprador</div>
        <div role="columnheader">Comentarios del cliente</div><div role="columnheader">Transportista</div></div>
       <div role="row"><div role="cell">403-1234567-1234567</div><div role="cell">Itziar Olabarria</div>
        <div role="cell">Dejar con la vecina</div><div role="cell">Correos</div></div>
       <div role="row"><div role="cell">403-7654321-7654321</div><div role="cell">Mikel Urrutia</div>
        <div role="cell">Tapa rota</div><div role="cell">SEUR</div></div></div>`,
    );
    for (const gone of ['Olabarria', 'Urrutia', 'vecina', 'Tapa rota']) expect(page).not.toContain(gone);
    for (const kept of ['Transportista', 'Correos', 'SEUR', '403-7654321-7654321'])
      expect(page).toContain(kept);
  });

  it('gives each row of a column its own placeholder, a town column a town’s', async () => {
    const page = await pageOf(
      `<table><thead><tr><th>Pedido</th><th>Comprador</th><th>Ciudad</th></tr></thead><tbody>
        <tr><td>ES-1</td><td>Leire Azkue</td><td>Tolosa</td></tr>
        <tr><td>ES-2</td><td>Unai Arregi</td><td>Azpeitia</td></tr></tbody></table>`,
    );
    for (const gone of ['Leire', 'Azkue', 'Tolosa', 'Unai', 'Azpeitia']) expect(page).not.toContain(gone);
    expect(page).toContain(`<td>ES-1</td><td>${PLACEHOLDERS.name}</td><td>${PLACEHOLDERS.city}</td>`);
    expect(page).toContain(`<td>ES-2</td><td>${PLACEHOLDERS.name}</td><td>${PLACEHOLDERS.city}</td>`);
  });
});

describe('a file’s header line written another way (review of the b3 rules, E)', () => {
  it('a column name with "N°", brackets or "#"', async () => {
    const page = await pageOf(
      `<pre>N° commande;Nom;Adresse;Code postal;Ville\n402-1234567-1234567;Jeanne Lefèvre;12 rue des Lilas;69003;Lyon</pre><pre>order-id\tRecipient (full name)\tAddress line 1\tPostcode\n402-7654321-7654321\tHarriet Quimby\t14 Lansdowne Crescent\tW11 2NN</pre>`,
      'fr',
    );
    for (const gone of ['Lefèvre', 'Lilas', '69003', 'Lyon', 'Quimby', 'Lansdowne', 'W11 2NN'])
      expect(page).not.toContain(gone);
    expect(page).toContain('402-1234567-1234567;');
    expect(page).toContain('402-7654321-7654321\t');
  });

  it('columns separated by ", " when each is one word', async () => {
    const page = await pageOf(
      `<pre>order-id, recipient-name, ship-city\n402-1234567-1234567, Harriet Quimby, Bristol</pre>`,
      'en',
    );
    expect(page).not.toContain('Quimby');
    expect(page).not.toContain('Bristol');
    expect(page).toContain(`402-1234567-1234567, ${PLACEHOLDERS.name}, `);
  });

  it('a title line above the header', async () => {
    const page = await pageOf(
      `<pre>Export 2024-12-01\nsku\trecipient-name\tship-city\tship-phone-number\nMUG-1\tHarriet Quimby\tBristol\t+44 7700 900123</pre>`,
      'en',
    );
    for (const gone of ['Quimby', 'Bristol', '900123']) expect(page).not.toContain(gone);
    expect(page).toContain('Export 2024-12-01');
    expect(page).toContain('MUG-1\t');
  });

  it('each line of the <pre> in an element of its own', async () => {
    const page = await pageOf(
      `<pre><span>sku\trecipient-name\tship-city</span>\n<span>MUG-1\tHarriet Quimby\tBristol</span></pre>`,
      'en',
    );
    expect(page).not.toContain('Quimby');
    expect(page).toContain('<span>sku\trecipient-name\tship-city</span>');
    expect(page).toContain('MUG-1\t');
  });
});

describe('a bare column name is read with the file’s other columns (review of the b3 rules, M, N)', () => {
  it('"message" in a log is the log’s, not a customer’s', async () => {
    const page = await pageOf(
      `<pre>timestamp|level|message\n2024-12-01T10:00|INFO|Order 402-1234567-1234567 shipped with DHL tracking 00340434161234567890</pre>`,
      'en',
    );
    expect(page).toContain('Order 402-1234567-1234567 shipped with DHL tracking 00340434161234567890');
  });

  it('"message" beside a buyer’s columns is the buyer’s', async () => {
    const page = await pageOf(
      `<pre>order-id|buyer-name|message\n402-1234567-1234567|Harriet Quimby|Please leave it with the neighbour</pre>`,
      'en',
    );
    expect(page).not.toContain('neighbour');
    expect(page).not.toContain('Quimby');
  });

  it('"Name" beside a SKU is a product’s', async () => {
    const page = await pageOf(`<pre>SKU;Name;Quantity\nMUG-AM-1;Amelia Travel Mug;3</pre>`, 'en');
    expect(page).toContain('Amelia Travel Mug');
  });

  it('a town beside a fulfilment centre, with no person in the file, is the centre’s', async () => {
    const page = await pageOf(`<pre>Centre;Code;Ville;Pays\nAmazon ORY1;ORY1;Saran;FR</pre>`, 'fr');
    expect(page).toContain('Saran');
  });
});

describe('a bare column name still personal in a file about people', () => {
  it('"Nachricht" beside one-word address columns, "Name" beside a SKU and an address', async () => {
    const page = await pageOf(
      `<pre>Name;Straße;PLZ;Ort;Nachricht\nAnnika Brühl;Lindenweg 4;10115;Berlin;Bitte beim Nachbarn abgeben</pre><pre>SKU;Name;Adresse;PLZ\nMUG-1;Jonas Behrendt;Hauptstraße 9;20095</pre>`,
      'de',
    );
    for (const gone of ['Brühl', 'Lindenweg', 'Nachbarn', 'Behrendt', 'Hauptstraße'])
      expect(page).not.toContain(gone);
    expect(page).toContain('MUG-1;');
  });
});
