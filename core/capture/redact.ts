import { collapse } from '../page/text';
import { shopOfSwitcher } from './redaction/account-switcher';
import { createIdFaker } from './redaction/fake-ids';
import { redactJson } from './redaction/json-values';
import { planLabeledValues } from './redaction/labeled-values';
import { RemovedLedger } from './redaction/ledger';
import { EMAIL, HONORIFIC_NAME, URL_ATTRIBUTES } from './redaction/patterns';
import { PLACEHOLDERS, REMOVED_KINDS, type RemovedCounts } from './redaction/placeholders';
import { PlannedWrites } from './redaction/planned-writes';
import { sellerFirmLine } from './redaction/seller-firm-line';
import { createShapeRedactor } from './redaction/shape-redactor';
import { mapLinkWithoutPlace, urlAsText } from './redaction/url-values';

// Personal data out of a page capture, decided before anything is written (issue 12). Two
// sources: the value after a known label ("Adresse de livraison", "Buyer name", "Telefon", "Gift
// message"…, see ./personal-labels.ts), replaced whatever it says (./redaction/labeled-values.ts);
// and shapes anywhere in the page (emails, phone numbers in FR/UK/US/DE/ES/IT formats, postcodes
// followed by a city, street forms: ./redaction/shape-redactor.ts). An `<address>` is an address
// block and a `<textarea>` a message, labeled or not; a form's `<label>` names its field, a file
// shown as text is read by its header line, and a thread's or a list's people are known once the
// whole page is read (./redaction/later-names.ts); the names, streets and e-mails taken out of
// those regions are then replaced wherever else they appear (other texts, every attribute, the
// `<title>`: ./redaction/ledger.ts), and URLs are read percent-decoded, with `mailto:`/`tel:`
// targets dropped (and a map link its place). Each becomes a neutral placeholder of its kind.
// Order ids, SKUs, ASINs, dates, carriers and tracking numbers stay, or with `fakeIds` order ids
// and tracking numbers become consistent fakes of the same shape. The live page is never
// changed: the plan answers the serializer.

export {
  PLACEHOLDERS,
  REMOVED_KINDS,
  type RemovedCounts,
  type RemovedKind,
} from './redaction/placeholders';

export interface RedactOptions {
  /** Replace order ids and tracking numbers by consistent fakes of the same shape. */
  fakeIds?: boolean;
  /** Makes the fakes of one capture unguessable from the real ids; the same salt gives the same fakes. */
  salt?: string;
  /** Tracking numbers known from the page's reading (they have no shape of their own). */
  trackingNumbers?: readonly string[];
  /** Product titles the page's reading took from its items ("Service à thé « Madame de Sévigné »"). */
  productTitles?: readonly string[];
}

/** What a capture writes instead of each text and attribute value of the page. */
export interface Redaction {
  text(node: Text): string;
  attribute(element: Element, name: string, value: string): string;
  /** Any other page-derived text written (the URL, the header's values). */
  string(value: string): string;
  /** Distinct values removed so far, by kind. */
  removed(): RemovedCounts;
}

/** Plans the redaction of `root` (a Document, or any node for tests). */
export function planRedaction(root: Node | null, options: RedactOptions = {}): Redaction {
  const ledger = new RemovedLedger();
  const idOut = createIdFaker(options, (id) => ledger.note('ids', id));
  const redactShapes = createShapeRedactor(
    ledger,
    idOut,
    options.trackingNumbers,
    sellerFirmLine(root ? shopOfSwitcher(root) : undefined),
  );
  const writes = new PlannedWrites(ledger);
  for (const title of options.productTitles ?? []) ledger.titles.note(title);
  // The page's towns, so that a surname that is one stays in "Salida … de Toledo".
  // (A Document's own textContent is null: its element's is the page's text.)
  if (root) ledger.noteTownsOf(((root as Document).documentElement ?? root).textContent ?? '');
  // The labeled values first: what they remove is then chased everywhere else.
  if (root) planLabeledValues(root, writes, ledger);
  const isReadTitle = readTitles(options.productTitles);
  // A title or relation inside a product's title names the product ("Madame de Sévigné" tea set).
  const finalString = (text: string) => ledger.replaceRemoved(redactShapes(text, !isReadTitle(text)));

  /**
   * A URL, read decoded (`claire.moreau%40gmail.com` is an e-mail address, `?q=14+Lansdowne+Crescent`
   * a street: ./redaction/url-values.ts); written back as it was when nothing in it is personal.
   * A `mailto:` or `tel:` link loses its target, a map service's link its place.
   */
  function urlAttribute(value: string): string {
    const mapLink = mapLinkWithoutPlace(value);
    if (mapLink !== undefined) {
      ledger.noteRegion('addresses');
      return mapLink;
    }
    const decoded = urlAsText(value);
    const scheme = /^\s*(mailto|tel|sms|callto):/i.exec(decoded)?.[1]?.toLowerCase();
    if (scheme === 'mailto') {
      for (const email of decoded.match(EMAIL) ?? []) ledger.note('emails', email.toLowerCase());
      return `mailto:${PLACEHOLDERS.email}`;
    }
    if (scheme) {
      const digits = decoded.replace(/\D/g, '');
      if (digits.length > 0) ledger.note('phones', digits);
      return `${scheme}:${PLACEHOLDERS.phone}`;
    }
    const out = finalString(decoded);
    return out === decoded ? value : out;
  }

  /**
   * A text node: its planned value (shapes still looked for in what the plan kept beside it: "|
   * Téléphone : 06 …"), a customer message quoted elsewhere replaced whole, a kept field or
   * Amazon's address with fewer rules, and everything else by shape.
   */
  function textOf(node: Text): string {
    const planned = writes.texts.get(node);
    if (planned !== undefined) return ledger.replaceRemoved(redactShapes(planned));
    // <abbr title="María del Carmen …">M.ª C. de la F. V.</abbr>: the initials of a removed name.
    const abbreviated =
      node.parentElement?.localName === 'abbr' ? node.parentElement.getAttribute('title') : null;
    if (abbreviated && node.data.trim() !== '' && ledger.namesRemovedPerson(abbreviated)) {
      ledger.noteRegion('names');
      return PLACEHOLDERS.name;
    }
    if (ledger.quotesMessage(node.data)) return quotedMessage(node.data);
    const kept = writes.kept.get(node);
    if (kept === 'verbatim') return ledger.replaceRemoved(node.data, { words: false });
    if (kept === 'field') return ledger.replaceRemoved(redactShapes(node.data, false), { words: false });
    return ledger.replaceRemoved(redactShapes(node.data, !isReadTitle(node.data)));
  }

  /** A quote of a removed message: the quote marks around it stay. */
  function quotedMessage(text: string): string {
    ledger.noteRegion('messages');
    const lead = /^[\s„“”"«»‹›'‘’]*/.exec(text)![0];
    const trail = /[\s„“”"«»‹›'‘’.]*$/.exec(text)![0];
    return `${lead}${PLACEHOLDERS.message}${trail}`;
  }

  /** An attribute's value, or a string in the JSON it holds. */
  function attributeText(value: string, name = ''): string {
    // data-map="https://www.google.com/maps/place/…": a URL is read as one in any attribute.
    if (URL_ATTRIBUTES.has(name.toLowerCase()) || /^\s*(?:https?|mailto|tel):/i.test(value))
      return urlAttribute(value);
    if (ledger.quotesMessage(value)) return PLACEHOLDERS.message;
    return finalString(value);
  }

  return {
    text: textOf,
    attribute: (element, name, value) => {
      const planned = writes.attributes.get(element)?.get(name);
      if (planned !== undefined) return planned;
      if (name === 'class') return value;
      // data-order='{"buyerName":"Cl\u00e9mence …"}': read parsed, personal keys replaced.
      const json = redactJson(value, (inner) => attributeText(inner));
      if (json !== undefined) return json;
      return attributeText(value, name);
    },
    // The page's own URL in the header is a URL too: "?q=Ferr%C3%A1ndez" is a name once decoded.
    string: (value) => (/^\s*(?:https?|mailto|tel):/i.test(value) ? urlAttribute(value) : finalString(value)),
    removed: () => ledger.counts(),
  };
}

/**
 * Whether a text is one of the product titles the reader read, whole. A short one or one that is
 * a person's title and name alone ("Mme Roux") is not trusted: the reader may have misread it.
 */
function readTitles(titles: readonly string[] = []): (text: string) => boolean {
  const known = new Set(
    titles
      .map(collapse)
      .filter((title) => title.length >= 12 && !new RegExp(`^${HONORIFIC_NAME.source}$`, 'u').test(title)),
  );
  return (text) => known.size > 0 && known.has(collapse(text));
}

/** Shape rules on one string (the labeled values need a page): for tests and small texts. */
export function redactText(
  text: string,
  options: RedactOptions = {},
): { text: string; removed: RemovedCounts } {
  const plan = planRedaction(null, options);
  const out = plan.string(text);
  return { text: out, removed: plan.removed() };
}

export const noRemovals = (): RemovedCounts =>
  Object.fromEntries(REMOVED_KINDS.map((kind) => [kind, 0])) as RemovedCounts;
