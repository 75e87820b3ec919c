import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../core/capture/capture-page';
import { readPage } from '../../../core/page/read-order-page';
import { FIXTURE_READ_AT } from '../../fixtures/pages';
import { loadPage } from '../page/load-fixture';

// The privacy of a capture measured on pages written blind, without reading MCF Desk's code
// (tests/fixtures/captures/independent/README.md): every `mustRemove` string is a leak wherever
// it is in the saved file, raw or once its entities are decoded; every `mustKeep` string must
// still be readable there, since a capture without its ids, dates and labels is useless.

const DIR = join(__dirname, '../../fixtures/captures/independent');
const pages = readdirSync(DIR).filter((name) => name.endsWith('.html'));

interface Expected {
  url: string;
  mustRemove: string[];
  mustKeep: string[];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Numeric and the usual named entities: what a browser would show of the file. */
function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#')
      return String.fromCodePoint(
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1)),
      );
    return NAMED[body.toLowerCase()] ?? entity;
  });
}
const collapseSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

async function captureOf(name: string) {
  const expected = JSON.parse(
    readFileSync(join(DIR, name.replace(/\.html$/, '.expected.json')), 'utf8'),
  ) as Expected;
  const { document } = await loadPage(readFileSync(join(DIR, name), 'utf8'), expected.url);
  const reading = readPage(document, expected.url, { now: FIXTURE_READ_AT });
  const { html } = capturePage(document, {
    url: expected.url,
    now: FIXTURE_READ_AT,
    version: '0.1.0',
    uiLanguage: 'fr-FR',
    reading,
    fakeIds: false,
  });
  return { expected, html };
}

/** "<page>: leaked <string>" / "<page>: lost <string>", one per mismatch. */
function mismatchesOf(name: string, expected: Expected, html: string): string[] {
  const decoded = decodeEntities(html);
  const shown = collapseSpaces(decoded);
  const out: string[] = [];
  for (const personal of expected.mustRemove)
    if (html.includes(personal) || decoded.includes(personal)) out.push(`${name}: leaked ${personal}`);
  for (const kept of expected.mustKeep)
    if (!shown.includes(collapseSpaces(kept))) out.push(`${name}: lost ${kept}`);
  return out;
}

// CAPTURE_REPORT=1 prints every mismatch and the totals (leaks, losses, pages) in one go.
if (process.env.CAPTURE_REPORT)
  it('reports every mismatch of every page', async () => {
    const all: string[] = [];
    for (const name of pages) {
      const { expected, html } = await captureOf(name);
      all.push(...mismatchesOf(name, expected, html));
    }
    const leaks = all.filter((line) => line.includes(': leaked ')).length;
    const wrongPages = new Set(all.map((line) => line.slice(0, line.indexOf(':')))).size;
    console.log(
      `${all.join('\n')}\n${leaks} leaks, ${all.length - leaks} losses, on ${wrongPages} of ${pages.length} pages`,
    );
  });

/**
 * Losses kept on purpose, each with its reason (a leak is never kept). The test fails when one
 * of them is read right again, so that it leaves this list.
 */
const KNOWN_LOSSES: Readonly<Record<string, readonly string[]>> = {
  // The packing slip's comment is removed whole: in b3 that field held a buyer's personal
  // message, and the seller's generic thanks cannot be told from a gift message by its words.
  'b6-de-mcf-packstation.html': ['Danke für deine Bestellung bei Nordlicht Kerzen!'],
  'c9-de-nachricht-iframe-anhang.html': [
    // A map link is the only text under "Lieferadresse": the link's words are taken as the
    // address, and no general rule tells "Auf Karte zeigen" from a place's name yet.
    'Auf Karte zeigen',
    // The seller's warehouse in "Versand durch: Verkäufer (Versandlager: …)": no firm line opens
    // it, so it has the very shape of a buyer's street and postcode.
    'Gelderner Straße 112, 47608 Geldern',
    // A preview line in the list of buyers is the customer's own words (list-snippets, review
    // CR2): a harmless question cannot be told from "Bitte beim Nachbarn Müller abgeben".
    'Wann kommt meine Lieferung?',
  ],
  'c9-de-zhd-lieferschein-firma.html': [
    // The seller is named only in the header bar ("Büromöbel Terfloth · Deutschland"), not in an
    // account switcher, so its firm line and return address are not known the seller's.
    'Büromöbel Terfloth GmbH, Hafenweg 22, 48155 Münster',
    // The packing slip's gift message is removed with its label and the line after it: the
    // message region runs over paragraphs, and a gift message may go on there.
    'Geschenknachricht:',
    'Preise ausgeblendet',
  ],
  'c9-en-gb-inline-json-attn.html': [
    // The lines after the ship-to block ("Open in Maps", the phone, "Address type: …") are
    // replaced as one message; which rule's region takes them was not narrowed down in c9's time.
    'Address type: Commercial',
    // The seller's address with no account switcher naming the shop (as in c9-de-zhd).
    'Unit 12, Cheddleton Road Industrial Estate, Leek ST13 5NW',
  ],
  'c9-en-us-return-label-popover.html': [
    // The seller's return address under "Ship to:" on the label preview: a labeled address,
    // and the shop's name "Rose City Pin Co." is known from no switcher.
    'Rose City Pin Co. Returns, 812 NW 14th Ave, Portland, OR 97209',
    // Buyer comments are removed whole: the same comment names the husband, a phone and an
    // e-mail, and no sentence of it is kept apart.
    'The mug arrived with the handle snapped off.',
  ],
  'c9-es-devolucion-etiqueta-ldjson.html': [
    // The comment is removed whole: it goes on with a landline and the wife's name.
    'El cliente indica que la lámpara llegó con el cable pelado.',
  ],
  'c9-fr-bordereau-etiquette-cadeau.html': [
    // The comment is removed whole: it goes on with the recipient's and a neighbour's names.
    'Bol fêlé à la livraison.',
    // The seller's address with no account switcher naming the shop (as in c9-de-zhd).
    'Faïencerie Penn Ar Bed SARL, 14 route de Quimper, 29000 Quimper',
  ],
  'c9-fr-kat-attributs-societe.html': [
    // The note under the tracking table ("Le destinataire n’a pas choisi … Chronopost Pickup.")
    // is replaced whole as a name; which label's value takes it was not narrowed down in c9's time.
    'Chronopost Pickup',
  ],
  'c9-it-attenzione-distinta-regalo.html': [
    // The seller's address with no account switcher naming the shop (as in c9-de-zhd).
    'Ulivi di Puglia S.r.l.s., Contrada Lamalunga 7, 70037 Ruvo di Puglia BA',
  ],
  'c10-en-gb-feedback-personalised.html': [
    // The seller's address in a sentence ("Orders are dispatched by Hartwell Prints, Unit 7 …"):
    // the seller's firm line is kept only with a company form and a continental postcode (review
    // CR2's limits), and "Hartwell Prints" with a UK postcode is neither.
    'Unit 7 Canal Wharf, Leeds LS11 5PS',
  ],
  'c10-en-us-atoz-claim-signed.html': [
    // The seller's return address after "Pine & Pestle Co." ("Co." is no company form of the
    // firm-line rule, a US ZIP no postcode of it): a labeled address of the buyer's very shape.
    '88 Foundry Rd, Asheville, NC 28801',
  ],
  'c10-es-contactar-canarias-borrador.html': [
    // The seller's own firm line under "Remitente:", a label of ours for who sends a parcel back
    // (a return's customer): its value is replaced before the seller's firm line is looked for;
    // not narrowed down in c10's time.
    'Polígono La Portalada, Nave 12, 26006 Logroño',
  ],
  'c10-es-pedido-punto-pack-taza.html': [
    // The relay shop's street under its name: a pickup point's address has the shape of a home's,
    // and no general rule tells a shop's name line from an addressee's yet.
    'C/ de Embajadores 88, 28012 Madrid',
  ],
  'c10-fr-fil-messages-cite.html': [
    // The line under "Conversation avec <buyer>" is taken as the message the heading announces;
    // taking a one-line summary ("Commande … · Réponse attendue …") for fields instead moved the
    // message onto the next block and lost dates on two older thread pages.
    'Réponse attendue avant le 7 déc. 2024',
    // The relay point after "Point relais :" is replaced as an address: a shop's address has the
    // shape of a home's (as in c10-es-pedido).
    'Tabac-Presse Le Narval, 12 cours Mirabeau, 13100 Aix-en-Provence',
  ],
  'c11-en-us-report-pre-tsv.html': [
    // The seller's firm line with a US ZIP: the firm-line rule keeps only continental postcodes
    // (review CR2's limits, as in c10-en-us-atoz-claim-signed).
    'Cascade Camp Goods LLC, 800 Maynard Ave S, Suite 300, Seattle, WA 98134',
  ],
  'c11-fr-facture-ei-societe.html': [
    // The buyer's VAT label opens a line of the billing block, whose lines the address region
    // replaces whole: not narrowed down in c11's time (the VAT number itself goes, as it must).
    'N° TVA de l’acheteur',
    // The seller's own address under "Vendu par" in lines cut by <br>: the firm-line rule reads
    // one line ("<firm>, <street>, <postcode> <town>"), so the street and town have the shape of
    // a buyer's.
    '14 rue de la Manufacture',
    '59100 Roubaix',
  ],
  'c11-it-distinte-imballaggio-multiple.html': [
    // The seller is a sole trader whose shop has no company form ("Cartiera Varesina di Luca
    // Brambati"): a firm line is kept only with one, since a buyer's name-and-address line has the
    // very same shape.
    'Cartiera Varesina di Luca Brambati, Via Sacco 8, 21100 Varese',
  ],
  'c9-it-messaggio-iframe-ldjson.html': [
    // As in c9-de-nachricht: a map link's text alone under the shipping address's label.
    'Mostra sulla mappa',
  ],
  'c12-de-postfach-adressbuch-kiel.html': [
    // "Hinweis:" labels a buyer's delivery note elsewhere, replaced whole: the page's own notice
    // after the same label cannot be told from a buyer's by its words.
    'Hinweis: Pakete an Postfächer stellt nur DHL zu.',
  ],
  'c12-en-gb-label-caps-particles.html': [
    // The seller's firm line with a UK postcode: the firm-line rule keeps only continental
    // postcodes (review CR2's limits, as in c10-en-gb-feedback-personalised).
    'Teme Valley Ceramics Ltd, Unit 3, Bromfield Road Industrial Estate, Ludlow SY8 1DY',
  ],
  'c12-en-us-pobox-jsonld-initials.html': [
    // USPS events end with "CITY, ST ZIP", the very shape of a buyer's US town line: the state
    // and ZIP go, as they must in an address.
    'Delivered, PO Box, RAPID CITY, SD 57701',
    'Arrived at Post Office, RAPID CITY, SD 57701',
    'USPS picked up item, SPEARFISH, SD 57783',
    // The seller's address after "… Co." with a US ZIP (as in c10-en-us-atoz-claim-signed).
    'Black Hills Trading Co., 1120 Jackson Blvd, Spearfish, SD 57783',
  ],
  'c12-es-devolucion-apartado-opciones.html': [
    // The comment is removed whole: it goes on with the buyer's home address and a neighbour.
    'La pantalla llegó rota.',
  ],
  'c12-es-iniciales-escalera-toledo.html': [
    // The label preview's sender block under "REMITENTE:", a label of ours for who sends a
    // parcel back (a return's customer): replaced whole, as in c10-es-contactar-canarias.
    'REMITENTE: CERAMICAS DEL TAJO S.L.',
    'POL. IND. SANTA MARIA DE BENQUERENCIA, 45007 TOLEDO',
  ],
  'c12-fr-creation-bp-options.html': [
    // The value region of "Nom complet" (a read-only input) runs on to the next field's label
    // "Adresse, ligne 1", which is no label of ours: its "Adresse" is chased as a name's word.
    'Adresse de livraison',
  ],
  'c12-it-reso-casella-postale-presso.html': [
    // The comment is removed whole: it goes on with a colleague's name ("sig.na Chiara").
    'Vetro incrinato.',
  ],
  'c12-it-scala-interno-firma.html': [
    // A carrier's depot street has the shape of a home's (as the relay shop in c10-es-pedido).
    'Filiale di consegna: BRT Bologna, Via del Lavoro 3, 40127 Bologna',
    // The label preview's sender block under "MITTENTE:" (as "REMITENTE:" in c12-es-iniciales).
    'MITTENTE: CANDELE FELSINEE S.R.L.',
    'VIA DELLA BEVERARA 44, 40131 BOLOGNA',
    // That sender is then chased whole, and it is the seller's own firm, named by no account
    // switcher (as in c9-de-zhd-lieferschein-firma).
    'Candele Felsinee s.r.l., Via della Beverara 44, 40131 Bologna',
  ],
};

describe('captures of pages written blind', () => {
  it('has at least ten pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of pages) {
    it(`removes the personal strings of ${name} and keeps what the reader needs`, async () => {
      const { expected, html } = await captureOf(name);
      const known = (KNOWN_LOSSES[name] ?? []).map((kept) => `${name}: lost ${kept}`);
      const mismatches = mismatchesOf(name, expected, html);
      expect(mismatches.filter((m) => !known.includes(m))).toEqual([]);
      expect(
        known.filter((m) => !mismatches.includes(m)),
        'kept right now: take it off KNOWN_LOSSES',
      ).toEqual([]);
    });
  }
});
