import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS, type RemovedKind, redactText } from '../../../core/capture/redact';
import { captureOf } from './captured-body';

// What a capture removes: labeled values in the five languages and personal data by its shape.

const URL_FR = 'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-1234567';
const capture = (body: string, { lang = 'fr', fakeIds = false } = {}) =>
  captureOf(URL_FR, lang, body, '', { uiLanguage: 'fr', fakeIds });

interface Case {
  what: string;
  lang: string;
  body: string;
  /** Personal strings that must not survive. */
  gone: string[];
  kind: RemovedKind;
  /** A placeholder that must be there instead. */
  placeholder: string;
}

const CASES: Case[] = [
  // Names after their labels.
  {
    what: 'fr buyer name',
    lang: 'fr',
    body: '<dl><dt>Acheteur</dt><dd>Jean Martin</dd></dl>',
    gone: ['Jean Martin'],
    kind: 'names',
    placeholder: PLACEHOLDERS.name,
  },
  {
    what: 'en buyer name',
    lang: 'en',
    body: '<div><span>Buyer name:</span> <span>John Smith</span></div>',
    gone: ['John Smith'],
    kind: 'names',
    placeholder: PLACEHOLDERS.name,
  },
  {
    what: 'de buyer name',
    lang: 'de',
    body: '<table><tr><th>Käufer</th><td>Hans Müller</td></tr></table>',
    gone: ['Hans Müller'],
    kind: 'names',
    placeholder: PLACEHOLDERS.name,
  },
  {
    what: 'es buyer name',
    lang: 'es',
    body: '<p>Comprador : María García</p>',
    gone: ['María García'],
    kind: 'names',
    placeholder: PLACEHOLDERS.name,
  },
  {
    what: 'it buyer name',
    lang: 'it',
    body: '<div class="kv"><kat-label text="Acquirente"></kat-label><span>Giulia Rossi</span></div>',
    gone: ['Giulia Rossi'],
    kind: 'names',
    placeholder: PLACEHOLDERS.name,
  },
  {
    what: 'Katal input with a name',
    lang: 'en',
    body: '<kat-input label="Recipient name" value="Ann Lee" readonly></kat-input>',
    gone: ['Ann Lee'],
    kind: 'names',
    placeholder: PLACEHOLDERS.name,
  },
  {
    what: 'name column of a table',
    lang: 'en',
    body: '<table><thead><tr><th>Order ID</th><th>Buyer name</th></tr></thead><tbody><tr><td>111-1111111-1111111</td><td>Peter Parker</td></tr><tr><td>111-1111111-2222222</td><td>Mary Jane</td></tr></tbody></table>',
    gone: ['Peter Parker', 'Mary Jane'],
    kind: 'names',
    placeholder: PLACEHOLDERS.name,
  },
  // Address blocks after their labels, with the street forms of each language.
  {
    what: 'fr address block',
    lang: 'fr',
    body: '<h4>Adresse de livraison</h4><div>Marie Dupont<br>12 rue des Lilas<br>69003 Lyon<br>France</div>',
    gone: ['Marie Dupont', '12 rue des Lilas', '69003', 'Lyon'],
    kind: 'addresses',
    placeholder: PLACEHOLDERS.street,
  },
  {
    what: 'en address block',
    lang: 'en',
    body: '<div><b>Shipping address</b><div>Sherlock Holmes<br>221B Baker Street<br>London NW1 6XE<br>United Kingdom</div></div>',
    gone: ['Sherlock', '221B Baker Street', 'NW1 6XE'],
    kind: 'addresses',
    placeholder: PLACEHOLDERS.street,
  },
  {
    what: 'de address block',
    lang: 'de',
    body: '<dl><dt>Lieferadresse</dt><dd><span>Erika Mustermann</span><br><span>Hauptstraße 5</span><br><span>10115 Berlin</span></dd></dl>',
    gone: ['Erika Mustermann', 'Hauptstraße 5', '10115 Berlin'],
    kind: 'addresses',
    placeholder: PLACEHOLDERS.city,
  },
  {
    what: 'es address block',
    lang: 'es',
    body: '<div class="kv"><kat-label text="Dirección de envío"></kat-label><div>Lucía Fernández<br>Calle Mayor 12, 3º B<br>28013 Madrid</div></div>',
    gone: ['Lucía Fernández', 'Calle Mayor 12', '3º B', '28013'],
    kind: 'addresses',
    placeholder: PLACEHOLDERS.street,
  },
  {
    what: 'it address block',
    lang: 'it',
    body: '<p><span>Indirizzo di spedizione</span></p><p>Marco Bianchi<br>Via Roma 1<br>00184 Roma RM</p>',
    gone: ['Marco Bianchi', 'Via Roma 1', '00184'],
    kind: 'addresses',
    placeholder: PLACEHOLDERS.street,
  },
  {
    what: 'address on one line after its label',
    lang: 'fr',
    body: '<p>Adresse : 8 avenue Foch, 75116 Paris</p>',
    gone: ['8 avenue Foch', '75116 Paris'],
    kind: 'addresses',
    placeholder: PLACEHOLDERS.city,
  },
  // Streets and postcodes by their shape, with no label.
  {
    what: 'fr street in free text',
    lang: 'fr',
    body: '<p>Livré au 12 rue des Lilas hier</p>',
    gone: ['12 rue des Lilas'],
    kind: 'addresses',
    placeholder: PLACEHOLDERS.street,
  },
  {
    what: 'en street in free text',
    lang: 'en',
    body: '<p>Left at 221B Baker Street.</p>',
    gone: ['221B Baker Street'],
    kind: 'addresses',
    placeholder: PLACEHOLDERS.street,
  },
  {
    what: 'de street in free text',
    lang: 'de',
    body: '<p>Zugestellt: Hauptstraße 5</p>',
    gone: ['Hauptstraße 5'],
    kind: 'addresses',
    placeholder: PLACEHOLDERS.street,
  },
  {
    what: 'es street in free text',
    lang: 'es',
    body: '<p>Entregado en Calle Mayor 12, 3º B</p>',
    gone: ['Calle Mayor 12', '3º B'],
    kind: 'addresses',
    placeholder: PLACEHOLDERS.street,
  },
  {
    what: 'it street in free text',
    lang: 'it',
    body: '<p>Consegnato in Via Roma 1</p>',
    gone: ['Via Roma 1'],
    kind: 'addresses',
    placeholder: PLACEHOLDERS.street,
  },
  {
    what: 'fr postcode and city',
    lang: 'fr',
    body: '<p>Ville : 75011 PARIS</p>',
    gone: ['75011', 'PARIS'],
    kind: 'addresses',
    placeholder: PLACEHOLDERS.city,
  },
  {
    what: 'UK postcode',
    lang: 'en',
    body: '<p>Postcode SW1A 1AA</p>',
    gone: ['SW1A 1AA'],
    kind: 'addresses',
    placeholder: PLACEHOLDERS.city,
  },
  {
    what: 'US state and ZIP code',
    lang: 'en',
    body: '<p>Seattle, WA 98109-5210</p>',
    gone: ['98109'],
    kind: 'addresses',
    placeholder: PLACEHOLDERS.city,
  },
  // Phone numbers by shape, in six national forms.
  {
    what: 'FR international phone',
    lang: 'fr',
    body: '<p>Appeler le +33 6 12 34 56 78 avant</p>',
    gone: ['+33 6 12 34 56 78'],
    kind: 'phones',
    placeholder: PLACEHOLDERS.phone,
  },
  {
    what: 'FR national phone',
    lang: 'fr',
    body: '<p>Tél. 06 12 34 56 78</p>',
    gone: ['06 12 34 56 78'],
    kind: 'phones',
    placeholder: PLACEHOLDERS.phone,
  },
  {
    what: 'FR phone with dots',
    lang: 'fr',
    body: '<p>joignable au 06.12.34.56.78</p>',
    gone: ['06.12.34.56.78'],
    kind: 'phones',
    placeholder: PLACEHOLDERS.phone,
  },
  {
    what: 'UK phone',
    lang: 'en',
    body: '<p>Call +44 20 7946 0958</p>',
    gone: ['+44 20 7946 0958'],
    kind: 'phones',
    placeholder: PLACEHOLDERS.phone,
  },
  {
    what: 'UK national phone',
    lang: 'en',
    body: '<p>Call 020 7946 0958</p>',
    gone: ['020 7946 0958'],
    kind: 'phones',
    placeholder: PLACEHOLDERS.phone,
  },
  {
    what: 'US phone',
    lang: 'en',
    body: '<p>Call (555) 123-4567.</p>',
    gone: ['(555) 123-4567'],
    kind: 'phones',
    placeholder: PLACEHOLDERS.phone,
  },
  {
    what: 'US phone with dashes',
    lang: 'en',
    body: '<p>Cell 555-123-4567</p>',
    gone: ['555-123-4567'],
    kind: 'phones',
    placeholder: PLACEHOLDERS.phone,
  },
  {
    what: 'DE phone',
    lang: 'de',
    body: '<p>Rückruf unter +49 30 1234567</p>',
    gone: ['+49 30 1234567'],
    kind: 'phones',
    placeholder: PLACEHOLDERS.phone,
  },
  {
    what: 'DE national phone',
    lang: 'de',
    body: '<p>Rückruf unter 030/1234567</p>',
    gone: ['030/1234567'],
    kind: 'phones',
    placeholder: PLACEHOLDERS.phone,
  },
  {
    what: 'ES phone',
    lang: 'es',
    body: '<p>Llamar al +34 612 345 678</p>',
    gone: ['+34 612 345 678'],
    kind: 'phones',
    placeholder: PLACEHOLDERS.phone,
  },
  {
    what: 'ES national phone',
    lang: 'es',
    body: '<p>Móvil 612 345 678</p>',
    gone: ['612 345 678'],
    kind: 'phones',
    placeholder: PLACEHOLDERS.phone,
  },
  {
    what: 'IT phone',
    lang: 'it',
    body: '<p>Chiamare +39 06 1234 5678</p>',
    gone: ['+39 06 1234 5678'],
    kind: 'phones',
    placeholder: PLACEHOLDERS.phone,
  },
  {
    what: 'phone after its label, any shape',
    lang: 'de',
    body: '<dl><dt>Telefon</dt><dd>0049-(0)30-12 34 56-7</dd></dl>',
    gone: ['12 34 56'],
    kind: 'phones',
    placeholder: PLACEHOLDERS.phone,
  },
  {
    what: 'phone in a tel: link',
    lang: 'fr',
    body: '<a href="tel:+33612345678">Appeler</a>',
    gone: ['33612345678'],
    kind: 'phones',
    placeholder: PLACEHOLDERS.phone,
  },
  // Emails.
  {
    what: 'email in text',
    lang: 'en',
    body: '<p>Contact: jane.doe+shop@example.co.uk</p>',
    gone: ['jane.doe', 'example.co.uk'],
    kind: 'emails',
    placeholder: PLACEHOLDERS.email,
  },
  {
    what: 'Amazon relay email in a mailto link',
    lang: 'fr',
    body: '<a href="mailto:abc123xyz@marketplace.amazon.fr">abc123xyz@marketplace.amazon.fr</a>',
    gone: ['abc123xyz'],
    kind: 'emails',
    placeholder: PLACEHOLDERS.email,
  },
  // Free-text messages after their labels.
  {
    what: 'fr customer message',
    lang: 'fr',
    body: '<div><div>Message du client</div><div>Merci de sonner chez Mme Leroy</div></div>',
    gone: ['Mme Leroy'],
    kind: 'messages',
    placeholder: PLACEHOLDERS.message,
  },
  {
    what: 'en gift message',
    lang: 'en',
    body: '<p>Gift message: Happy birthday Tom!<br>Love, Ann</p>',
    gone: ['Happy birthday', 'Love, Ann'],
    kind: 'messages',
    placeholder: PLACEHOLDERS.message,
  },
  {
    what: 'de comment',
    lang: 'de',
    body: '<dl><dt>Kommentar</dt><dd>Bitte beim Nachbarn Schulz abgeben</dd></dl>',
    gone: ['Schulz'],
    kind: 'messages',
    placeholder: PLACEHOLDERS.message,
  },
  {
    what: 'es comments',
    lang: 'es',
    body: '<div><h5>Comentarios</h5><p>Dejar en portería, Sr. Ruiz</p><p>Gracias</p></div>',
    gone: ['Ruiz', 'Gracias'],
    kind: 'messages',
    placeholder: PLACEHOLDERS.message,
  },
  {
    what: 'it note',
    lang: 'it',
    body: '<div class="kv"><kat-label text="Nota"></kat-label><kat-textarea value="Citofonare Esposito"></kat-textarea></div>',
    gone: ['Esposito'],
    kind: 'messages',
    placeholder: PLACEHOLDERS.message,
  },
  {
    what: 'en note in a textarea',
    lang: 'en',
    body: '<label>Note</label><textarea>Ring twice, Mr Brown</textarea>',
    gone: ['Mr Brown'],
    kind: 'messages',
    placeholder: PLACEHOLDERS.message,
  },
];

describe('personal data in a capture', () => {
  it('has at least 30 cases over the five languages', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.lang))).toEqual(new Set(['fr', 'en', 'de', 'es', 'it']));
  });

  for (const c of CASES) {
    it(`removes ${c.what}`, async () => {
      const { html, removed } = await capture(c.body, { lang: c.lang });
      const page = html.slice(html.indexOf('<!DOCTYPE'));
      for (const personal of c.gone) expect(page).not.toContain(personal);
      expect(page).toContain(c.placeholder);
      expect(removed[c.kind]).toBeGreaterThan(0);
    });
  }
});

describe('what a capture keeps', () => {
  const keep = [
    '402-1234567-1234567', // order id
    'TEA-POT-12', // SKU
    'B08XYZ1234', // ASIN
    'X00ABCD001', // FNSKU
    'mar. 10 déc. 2024',
    '03.12.2024 14:30',
    '2024-12-05',
    'Dec 6 – 9, 2024',
    'Colissimo',
    'Deutsche Post DHL',
    '6A12345678901', // Colissimo tracking
    '1Z999AA10123456784', // UPS
    'TBA312345678901', // Amazon Logistics
    '00340434161094042557', // DHL
    'XY111111111FR', // S10
    '1 234,50 €',
    'Quantité : 12',
  ];
  it('keeps order ids, SKUs, ASINs, dates, carriers, tracking numbers, prices and labels', async () => {
    const body = keep.map((text) => `<p>${text}</p>`).join('');
    const { html, removed } = await capture(body);
    for (const text of keep) expect(html).toContain(text);
    expect(removed).toEqual({ names: 0, addresses: 0, phones: 0, emails: 0, messages: 0, ids: 0 });
  });

  it('keeps labels whose value is not personal, and product titles in a "Name" column', async () => {
    const { html } = await capture(
      '<table><tr><th>Name</th><th>SKU</th></tr><tr><td>Mug bleu 350 ml</td><td>MUG-1</td></tr></table>',
    );
    expect(html).toContain('Mug bleu 350 ml');
  });
});

describe('fake ids', () => {
  it('replaces order ids and tracking numbers consistently, with the same shape', async () => {
    const body = `<p>Commande 402-1234567-1234567</p><a href="/orders-v3/order/402-1234567-1234567">402-1234567-1234567</a>
      <p>Suivi 1Z999AA10123456784 / XY111111111FR / TBA312345678901</p><p>Autre 402-7654321-7654321</p>`;
    const { html, removed } = await capture(body, { fakeIds: true });
    for (const real of [
      '1234567-1234567',
      '999AA10123456784',
      '111111111',
      '312345678901',
      '7654321-7654321',
    ])
      expect(html).not.toContain(real);
    const orderIds = html.match(/402-\d{7}-\d{7}/g) ?? [];
    // The header's URL, the link, its text and the paragraph: the same fake; the other order: another.
    expect(new Set(orderIds).size).toBe(2);
    expect(html).toMatch(/1Z[0-9A-Z]{16}/);
    expect(html).toMatch(/XY\d{9}FR/);
    expect(html).toMatch(/TBA\d{12}/);
    expect(removed.ids).toBe(5);
  });

  it('gives the same fakes for the same salt and other fakes for another', () => {
    const text = 'Commande 402-1234567-1234567';
    const a = redactText(text, { fakeIds: true, salt: 'one' }).text;
    expect(redactText(text, { fakeIds: true, salt: 'one' }).text).toBe(a);
    expect(redactText(text, { fakeIds: true, salt: 'two' }).text).not.toBe(a);
    expect(a).toMatch(/^Commande 402-\d{7}-\d{7}$/);
  });
});

describe('shape rules on their own', () => {
  it('does not take dates, times, prices or quantities for phone numbers', () => {
    for (const text of [
      '06.12.2024 10:30',
      '03/12/2024 14:30',
      'Livré le 06 12 2024',
      '1 234 567,00 €',
      'Quantity 12345',
      '2024-12-05T10:00:00Z',
      'Order 113-4445556-6667778',
    ])
      expect(redactText(text).text).toBe(text);
  });

  it('counts each distinct value once', () => {
    const { removed } = redactText('a@b.fr, a@b.fr, +33 6 12 34 56 78, +33612345678');
    expect(removed.emails).toBe(1);
    expect(removed.phones).toBe(1);
  });
});

describe('removed values wherever else they appear', () => {
  /** The page part of a capture (the header names no personal value anyway). */
  const pageOf = (html: string) => html.slice(html.indexOf('<!DOCTYPE'));

  it('replaces a labeled name again outside its region, whatever its case, <title> included', async () => {
    const { html } = await captureOf(
      URL_FR,
      'fr',
      `
        <h4>Adresse de livraison</h4><div>Claire Moreau<br>3 allée des Tilleuls<br>33000 Bordeaux</div>
        <a>Contacter Claire Moreau</a><p>Livraison au 3 allée des Tilleuls</p>`,
      '<title>Commande de claire moreau</title>',
    );
    const page = pageOf(html);
    expect(page.toLowerCase()).not.toContain('claire moreau');
    expect(page).not.toContain('Tilleuls');
    expect(page).toContain(`Contacter ${PLACEHOLDERS.name}`);
    expect(page).toContain(`<title>Commande de ${PLACEHOLDERS.name}</title>`);
  });

  it('treats an unlabeled <address> as an address block', async () => {
    const { html, removed } = await capture(
      '<address>Claire Moreau<br>3 allée des Tilleuls<br>33000 Bordeaux</address><p>Colissimo</p>',
    );
    const page = pageOf(html);
    for (const gone of ['Claire Moreau', 'Tilleuls', 'Bordeaux']) expect(page).not.toContain(gone);
    expect(page).toContain(PLACEHOLDERS.name);
    expect(page).toContain('Colissimo');
    expect(removed.addresses).toBeGreaterThan(0);
  });

  it('replaces a removed name in attributes', async () => {
    const { html } = await capture(
      '<dl><dt>Acheteur</dt><dd>Claire Moreau</dd></dl><span title="Claire Moreau" data-buyer="CLAIRE MOREAU" aria-label="Écrire à Claire Moreau">x</span><a href="/messages?to=Claire+Moreau">m</a>',
    );
    const page = pageOf(html);
    expect(page.toLowerCase()).not.toContain('claire');
    expect(page).toContain(`title="${PLACEHOLDERS.name}"`);
    expect(page).toContain(`data-buyer="${PLACEHOLDERS.name}"`);
  });

  it('reads URLs decoded, and drops the targets of mailto: and tel: links', async () => {
    const { html, removed } = await capture(
      '<a href="mailto:claire.moreau%40gmail.com">écrire</a><a href="tel:%2B33612345678">appeler</a>' +
        '<a href="/contact?email=claire.moreau%40gmail.com&amp;ref=1">contact</a>' +
        '<a href="/orders-v3/order/402-1234567-1234567?x=%C3%A9">commande</a>',
    );
    const page = pageOf(html);
    expect(page).not.toContain('claire.moreau');
    expect(page).not.toContain('612345678');
    expect(page).toContain(`href="mailto:${PLACEHOLDERS.email}"`);
    expect(page).toContain(`tel:${PLACEHOLDERS.phone}`);
    expect(page).toContain(PLACEHOLDERS.email);
    // A URL with nothing personal is written as it was.
    expect(page).toContain('href="/orders-v3/order/402-1234567-1234567?x=%C3%A9"');
    expect(removed.emails).toBe(1);
  });

  it('treats the text of an unlabeled <textarea> as a message', async () => {
    const { html, removed } = await capture(
      '<div><textarea>Bonjour, laissez le colis chez la voisine Mme Petit</textarea></div>',
    );
    const page = pageOf(html);
    expect(page).not.toContain('Mme Petit');
    expect(page).toContain(PLACEHOLDERS.message);
    expect(removed.messages).toBe(1);
  });
});
