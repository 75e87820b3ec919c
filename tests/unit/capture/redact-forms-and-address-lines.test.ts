import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS, redactText } from '../../../core/capture/redact';
import { documentOf } from './captured-body';

// Layouts where a label's value is not simply "what follows it": a form whose labels name their
// fields, a heading over labeled fields, an address written one block per line (under its label,
// or alone in a preview), Amazon's return address under a heading, and shapes written another
// way (a "00" international prefix, the flat before its street, a map link, a query's "+").

const URL_FR = 'https://sellercentral.amazon.fr/mcf/orders/create-order';

const pageOf = (body: string, lang = 'fr') => documentOf(URL_FR, lang, body, '', { uiLanguage: 'fr' });

describe('a form whose labels name their fields', () => {
  it('replaces each field by its label, and keeps the labels of the other rows', async () => {
    const page = await pageOf(
      `<form><h2>Indirizzo di spedizione</h2>
        <div><label for="n">Nome destinatario</label><input id="n" name="f1" value="Giorgia Bassani"></div>
        <div><label for="a">Indirizzo 2</label><input id="a" name="f2" value="Scala B, interno 9"></div>
        <div class="row"><div><label for="p">CAP</label><input id="p" name="f3" value="40121"></div>
          <div><label for="c">Città</label><input id="c" name="f4" value="Bologna"></div></div>
        <div><label for="t">Telefono (facoltativo)</label><input id="t" name="f5" value="051 644 2211">
          <div>Il corriere può usare questo numero.</div></div>
      </form>`,
      'it',
    );
    for (const gone of ['Giorgia', 'Bassani', 'interno 9', '40121', 'Bologna', '051 644 2211'])
      expect(page).not.toContain(gone);
    for (const kept of [
      'Indirizzo di spedizione',
      'Nome destinatario',
      'Indirizzo 2',
      'CAP',
      'Città',
      'Il corriere può usare questo numero.',
    ])
      expect(page).toContain(kept);
  });

  it('takes a form’s field labeled only "Name" or "Full name" for a person, not a "Name" column', async () => {
    const page = await pageOf(
      `<form><label>Full name <input name="x1" value="Harriet Quimby"></label>
        <label for="n2">Name</label><input id="n2" name="x2" value="Bessie Coleman"></form>
       <table><tr><th>Name</th><th>SKU</th></tr><tr><td>Amelia Travel Mug</td><td>MUG-AM-1</td></tr></table>`,
      'en',
    );
    for (const gone of ['Quimby', 'Coleman']) expect(page).not.toContain(gone);
    expect(page).toContain('Amelia Travel Mug');
  });

  it('reads a field with no <label> by the words of its placeholder or aria-label', async () => {
    const page = await pageOf(
      `<input name="f1" placeholder="Code postal" value="56300">
       <input name="f2" aria-label="Nom du destinataire" value="Soazig Le Floch">
       <kat-input name="f3" placeholder="Ville" value="Pontivy"></kat-input>
       <input name="q" placeholder="Rechercher" value="MUG-BLEU-350">`,
    );
    for (const gone of ['56300', 'Floch', 'Pontivy']) expect(page).not.toContain(gone);
    expect(page).toContain('MUG-BLEU-350');
  });

  it('still reads an address with a checkbox under it as the address, not a form row', async () => {
    const page = await pageOf(
      `<h3>Adresse de livraison</h3>
       <div>Maëlys Kergoat<br>7 rue de Siam<br>29200 Brest<br><label><input type="checkbox"> Utiliser pour la facturation</label></div>`,
    );
    for (const gone of ['Maëlys', 'Kergoat', 'rue de Siam', '29200']) expect(page).not.toContain(gone);
  });

  it('replaces each saved address of a list to choose from, and keeps its prompt', async () => {
    const page = await pageOf(
      `<label for="s">Saved addresses</label>
       <select id="s"><option value="">— Choose —</option>
         <option value="a1">Priya Raman – 22 Mill Lane, Leeds LS6 2AB</option>
         <option value="a2">Tomasz Nowak – 5 Oak Road, Bristol BS8 1TH</option></select>`,
      'en',
    );
    for (const gone of ['Priya', 'Raman', 'Mill Lane', 'Nowak', 'LS6 2AB']) expect(page).not.toContain(gone);
    expect(page).toContain('— Choose —');
    expect(page).toContain('Saved addresses');
  });
});

describe('an address written one block per line', () => {
  it('takes the lines under its label up to the postcode and the town, past the name’s label', async () => {
    const page = await pageOf(
      `<div><h2>Lieferadresse</h2><div>Name des Empfängers</div>
        <div><span>Jiří</span> <span>Novák</span></div><div>8, rue des Tanneurs</div>
        <div>Bâtiment C, 2. OG</div><div>67000</div><div>STRASSBURG</div><div>Frankreich</div>
        <div>Telefon: <span>0049 151 2345678</span></div></div>
       <div><h2>Aktionen</h2><ul><li><a href="#r">Kundenrücksendung erstellen</a></li></ul></div>`,
      'de',
    );
    for (const gone of ['Jiří', 'Novák', 'Tanneurs', 'Bâtiment C', '67000', 'STRASSBURG', '151 2345678'])
      expect(page).not.toContain(gone);
    for (const kept of [
      'Lieferadresse',
      'Name des Empfängers',
      'Frankreich',
      'Telefon:',
      'Kundenrücksendung erstellen',
    ])
      expect(page).toContain(kept);
  });

  it('reads a postcode split in two boxes, and stops at a link of its own', async () => {
    const page = await pageOf(
      `<div><h2>Ship to</h2><div><span>Aoife</span> <span>Brennan</span></div>
        <div>Leeds, <span>LS6</span> / <span>2AB</span></div>
        <div><a href="#m">View on map</a></div><div>Address type: Residential</div></div>`,
      'en',
    );
    for (const gone of ['Aoife', 'Brennan', 'LS6', '2AB']) expect(page).not.toContain(gone);
    for (const kept of ['Ship to', 'View on map', 'Address type: Residential']) expect(page).toContain(kept);
  });

  it('takes only the first block when no postcode or country follows', async () => {
    const page = await pageOf(
      '<div><h3>Destinatario</h3><div>Lucía Ferrer</div><div>Envío estándar</div><div>Llega el jueves</div></div>',
      'es',
    );
    expect(page).not.toContain('Lucía Ferrer');
    expect(page).toContain('Envío estándar');
    expect(page).toContain('Llega el jueves');
  });

  it('replaces an unlabeled preview written one block per line', async () => {
    const page = await pageOf(
      `<h3>Aperçu de l'étiquette</h3><div class="preview"><div>Yasmine Haddad</div>
        <div>Résidence Les Tilleuls</div><div>4 impasse du Four</div><div>Appt 12, digicode 7A31</div>
        <div>31400</div><div>TOULOUSE</div><div>FRANCE</div></div>`,
    );
    for (const gone of ['Yasmine', 'Haddad', 'Tilleuls', 'impasse du Four', '7A31', '31400', 'TOULOUSE'])
      expect(page).not.toContain(gone);
    expect(page).toContain("Aperçu de l'étiquette");
  });

  it('keeps Amazon’s return address under its heading, beside the customer’s', async () => {
    const page = await pageOf(
      `<div><h2>Dirección del cliente (remitente)</h2><div>Iker Etxeberria</div><div>C/ Mayor 3, Portal 2, 1º A</div>
        <div>31001 Pamplona</div><div>España</div></div>
       <div><h2>Dirección de devolución</h2><div>Amazon EU S.à r.l. – Devoluciones</div><div>BCN1 – El Prat</div>
        <div>Calle de la Alta 10</div><div>08820 El Prat de Llobregat, Barcelona</div></div>`,
      'es',
    );
    for (const gone of ['Iker', 'Etxeberria', 'Mayor 3', 'Portal 2', '31001'])
      expect(page).not.toContain(gone);
    for (const kept of [
      'Calle de la Alta 10',
      '08820 El Prat de Llobregat, Barcelona',
      'Dirección de devolución',
    ])
      expect(page).toContain(kept);
  });
});

describe('shapes written another way', () => {
  it('takes phones dialled with a 00 international prefix', () => {
    for (const phone of ['0049 171 2345678', '0039 045 801 2274', '0033 6 12 34 56 78'])
      expect(redactText(`Rückfragen: ${phone}`).text).toBe(`Rückfragen: ${PLACEHOLDERS.phone}`);
    expect(redactText('Sendung 00340434161234567890').text).toContain('00340434161234567890');
  });

  it('takes a parcel locker and the customer’s DHL number as an address', () => {
    const out = redactText('Bitte an Packstation 204, Postnummer 12345678 liefern').text;
    expect(out).not.toContain('204');
    expect(out).not.toContain('12345678');
  });

  it('takes the flat written before its street, and what says where in the building after it', () => {
    expect(redactText('Flat 3, 14 Lansdowne Crescent').text).toBe(PLACEHOLDERS.street);
    expect(redactText('C/ de la Libertad 24, Portal 3, Esc. B, 5º C').text).toBe(PLACEHOLDERS.street);
  });

  it('drops the place of a map link and reads a query’s "+" as a space', async () => {
    const page = await pageOf(
      `<a href="https://maps.google.com/?q=Flat+3,+14+Lansdowne+Crescent,+London+W11+2NN">View on map</a>
       <a href="https://example.com/track?to=14+Lansdowne+Crescent&amp;id=7">Track</a>
       <a href="https://sellercentral.amazon.fr/help?topic=G200+123">Help</a>`,
    );
    for (const gone of ['Lansdowne', 'W11+2NN', '2NN']) expect(page).not.toContain(gone);
    expect(page).toContain('href="https://maps.google.com/"');
    expect(page).toContain('topic=G200+123');
  });
});

describe('labels written another way', () => {
  it('replaces a packing slip’s comment and a report’s raw comments column', async () => {
    const page = await pageOf(
      `<h2>Kommentar auf dem Lieferschein</h2><p>Alles Gute, lieber Onno! Deine Ria</p>
       <table><tr><th>order-id</th><th>customer-comments</th></tr>
        <tr><td>302-1234567-1234567</td><td>Bitte beim Kiosk abgeben</td></tr></table>`,
      'de',
    );
    for (const gone of ['Alles Gute', 'Onno', 'Deine Ria', 'beim Kiosk']) expect(page).not.toContain(gone);
    const compound = await pageOf(
      '<table><tr><th>Kundenkommentare</th></tr><tr><td>Bei Frau Lorenz abgeben</td></tr></table>',
      'de',
    );
    expect(compound).not.toContain('Lorenz abgeben');
    expect(page).toContain('Kommentar auf dem Lieferschein');
    expect(page).toContain('302-1234567-1234567');
  });
});

describe('an address written a block a line ends where the address does (review of the b3 rules, H and J)', () => {
  it('after a postcode alone, a town line, but no shipping speed or status', async () => {
    const page = await pageOf(
      `<div><div>Ship to</div><div>Harriet Quimby</div><div>14 Lansdowne Crescent</div><div>W11 2NN</div><div>Standard</div><div>Delivered</div></div>`,
      'en',
    );
    for (const gone of ['Quimby', 'Lansdowne', 'W11 2NN']) expect(page).not.toContain(gone);
    for (const kept of ['<div>Standard</div>', '<div>Delivered</div>']) expect(page).toContain(kept);
  });

  it('after a postcode with its town, nothing more', async () => {
    const page = await pageOf(
      `<div><div>Adresse de livraison</div><div>Jeanne Lefèvre</div><div>12 rue des Lilas</div><div>69003 Lyon</div><div>Livré</div><div>Colissimo Expert</div></div>`,
      'fr',
    );
    for (const gone of ['Lefèvre', 'Lilas', 'Lyon']) expect(page).not.toContain(gone);
    for (const kept of ['<div>Livré</div>', '<div>Colissimo Expert</div>']) expect(page).toContain(kept);
  });

  it('with no postcode, its place lines up to an Irish county', async () => {
    const page = await pageOf(
      `<div><div>Ship to</div><div>Mary Byrne</div><div>Knockaun House</div><div>Ballina</div><div>Co. Mayo</div></div>`,
      'en',
    );
    for (const gone of ['Byrne', 'Knockaun', 'Ballina', 'Mayo']) expect(page).not.toContain(gone);
  });
});
