import { collapse, composedText, parentOrHost } from '../page/text';
import { isCountryName, type PersonalKind, personalKindOfLabel } from './personal-labels';
import { ELEMENT_NODE, TEXT_NODE, textNodesIn, walkComposed } from './walk';

// Personal data out of a page capture, decided before anything is written (issue 12). Two
// sources: the value after a known label ("Adresse de livraison", "Buyer name", "Telefon", "Gift
// message"…, see ./personal-labels.ts), replaced whatever it says; and shapes anywhere in the page
// (emails, phone numbers in FR/UK/US/DE/ES/IT formats, postcodes followed by a city, street
// forms). An `<address>` is an address block and a `<textarea>` a message, labeled or not; the
// names, streets and e-mails taken out of those regions are then replaced wherever else they
// appear (other texts, every attribute, the `<title>`), and URLs are read percent-decoded, with
// `mailto:`/`tel:` targets dropped. Each becomes a neutral placeholder of its kind. Order ids, SKUs, ASINs, dates, carriers
// and tracking numbers stay, or with `fakeIds` order ids and tracking numbers become consistent
// fakes of the same shape. The live page is never changed: the plan answers the serializer.

export const REMOVED_KINDS = ['names', 'addresses', 'phones', 'emails', 'messages', 'ids'] as const;
export type RemovedKind = (typeof REMOVED_KINDS)[number];
export type RemovedCounts = Record<RemovedKind, number>;

export const PLACEHOLDERS = {
  name: 'Nom Prénom',
  street: '1 rue Exemple',
  city: '75000 Ville',
  phone: '+33 0 00 00 00 00',
  email: 'client@example.invalid',
  message: '[message retiré]',
} as const;

const ADDRESS_PLACEHOLDER = `${PLACEHOLDERS.name}, ${PLACEHOLDERS.street}, ${PLACEHOLDERS.city}`;
const PLACEHOLDER_OF: Record<PersonalKind, string> = {
  name: PLACEHOLDERS.name,
  address: ADDRESS_PLACEHOLDER,
  phone: PLACEHOLDERS.phone,
  email: PLACEHOLDERS.email,
  message: PLACEHOLDERS.message,
};
const KIND_COUNTER: Record<PersonalKind, RemovedKind> = {
  name: 'names',
  address: 'addresses',
  phone: 'phones',
  email: 'emails',
  message: 'messages',
};

export interface RedactOptions {
  /** Replace order ids and tracking numbers by consistent fakes of the same shape. */
  fakeIds?: boolean;
  /** Makes the fakes of one capture unguessable from the real ids; the same salt gives the same fakes. */
  salt?: string;
  /** Tracking numbers known from the page's reading (they have no shape of their own). */
  trackingNumbers?: readonly string[];
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

// ---------------------------------------------------------------- shapes

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const HAS_EMAIL = new RegExp(EMAIL.source);
/**
 * Phone numbers; each candidate's digits are counted before it is taken (`PHONE_DIGITS`). The
 * national forms repeat one separator throughout, so that a date followed by a time
 * ("06.12.2024 10:30") is not taken for a number.
 */
const PHONES: readonly RegExp[] = [
  // +33 6 12 34 56 78, +44 20 7946 0958, +49 30 1234567, +34 612 345 678, +39 06 1234 5678, +1 555 123 4567
  /(?<![\w+])\+\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]?\(?\d{1,5}\)?){2,6}(?![\w-])/g,
  // (555) 123-4567, 555-123-4567, 555.123.4567
  /(?<![\w(+-])(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}(?![\w-])/g,
  // 06 12 34 56 78, 06.12.34.56.78, 06-12-34-56-78, 0612345678
  /(?<![\w+.-])0[1-9](?:\d{8}|([ .-])\d{2}(?:\1\d{2}){3})(?![\w-]|[.]\d)/g,
  // 020 7946 0958, 030 1234567, 030/1234567, 06 1234 5678, 0171 2345678
  /(?<![\w+./-])0\d{1,4}[ /](?:\d{3,4} \d{3,4}|\d{4,8})(?![\w-]|[ .]\d)/g,
  // 612 345 678, 91 123 45 67
  /(?<![\w+./-])(?:[6789]\d{2} \d{3} \d{3}|[89]\d \d{3} \d{2} \d{2})(?![\w-]|[ .]\d)/g,
];
const PHONE_DIGITS = { min: 9, max: 15 };
/** A phone number on its own (a line of an address block, a value after "Téléphone"). */
const LOOKS_LIKE_PHONE = /^[+(]?[\d][\d ()./-]{6,20}$/;

/** "69003 Lyon", "10115 Berlin", "28013 Madrid", "00184 Roma": five digits, then a capitalized place. */
const POSTCODE_CITY =
  /(?<![\w-])\d{5}[ \u00a0]+(?:\p{Lu}[\p{L}'’.-]*)(?:[ -](?:\p{Lu}[\p{L}'’.-]*|sur|sous|le|la|les|de|du|des|am|an|im|di|del|de la))*(?![\p{L}\d])/gu;
/** "SW1A 1AA", "NW1 6XE" (UK). */
const UK_POSTCODE = /(?<![\w-])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\w-])/g;
/** "NY 10001", "CA 94103-1234" (US state and ZIP code). */
const US_STATE_ZIP = /(?<![\w-])[A-Z]{2}[ \u00a0]+\d{5}(?:-\d{4})?(?![\w-])/g;
/** A postcode alone, as the line of an address block. */
/** A postcode inside a line of an address block ("London NW1 6XE", "Roma 00184"). */
const POSTCODE_ANYWHERE = /(?<![\w-])(?:\d{5}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})(?![\w-])/;
const POSTCODE_LINE = /^(?:\d{4,5}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]{2} \d{5}(?:-\d{4})?)(?:[ ,]|$)/;

const STREETS: readonly RegExp[] = [
  // fr: 12 rue des Lilas, 3 bis avenue Foch, 8, boulevard Haussmann
  /(?<![\w-])\d{1,4}(?: ?(?:bis|ter|[A-Za-z]))?,? (?:rue|avenue|av\.|boulevard|bd|chemin|allée|allee|impasse|place|route|quai|cours|square|passage|résidence|lotissement|hameau)\b[^\n,;<]{0,40}/giu,
  // en: 221B Baker Street, 10 Downing St, 1600 Pennsylvania Avenue NW
  /(?<![\w-])\d{1,5}[A-Za-z]? (?:\p{Lu}[\p{L}'.-]* ){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Close|Way|Court|Ct\.?|Boulevard|Blvd\.?|Place|Pl\.?|Terrace|Crescent|Gardens|Square|Parkway)(?![\p{L}])(?: (?:NW|NE|SW|SE|N|S|E|W)\b)?/gu,
  // de: Hauptstraße 5, Lindenweg 12a, Bahnhofstr. 3
  /(?<![\p{L}-])\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee)(?: \d{1,4} ?[a-zA-Z]?)(?![\w])/gu,
  // es: Calle Mayor 12, 3º B; Avenida de la Constitución 5; C/ Luna 7
  /(?<![\p{L}])(?:Calle|C\/|Avenida|Avda\.?|Plaza|Pza\.?|Paseo|Camino|Carretera|Ronda|Travesía)\s[^\n,;<\d]{1,40}?\s?\d{1,4}(?:\s*,\s*\d{1,2}\s?[ºª°]?(?:\s?[A-Z](?![\p{L}]))?)?/gu,
  // it: Via Roma 1, Viale dei Mille 22/B, Piazza Navona 3
  /(?<![\p{L}])(?:Via|Viale|Piazza|P\.zza|Corso|Vicolo|Largo|Strada|Contrada)\s[^\n,;<\d]{1,40}?,?\s\d{1,4}(?:\/?[A-Za-z])?(?![\w])/gu,
];

// Order ids and tracking numbers: kept (or faked) and shielded from the phone shapes.
const AMAZON_ORDER_ID = /(?<![\w-])\d{3}-\d{7}-\d{7}(?![\w-])/g;
const TRACKING_SHAPES: readonly RegExp[] = [
  /(?<![\w-])1Z[0-9A-Z]{16}(?![\w-])/g, // UPS
  /(?<![\w-])TBA\d{12}(?![\w-])/g, // Amazon Logistics
  /(?<![\w-])[A-Z]{2}\d{9}[A-Z]{2}(?![\w-])/g, // UPU S10 (La Poste, Royal Mail, Deutsche Post…)
  /(?<![\w-])\d[A-Z]\d{11}(?![\w-])/g, // Colissimo
];
/** Marks a shielded id inside a string being redacted: noncharacters, no digit, letter or separator. */
const SHIELD = /\ufdd0([\ue000-\uf8ff])\ufdd0/g;

/** Attributes holding a URL: read with their percent-encoding decoded. */
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'action', 'formaction', 'cite', 'data', 'src', 'ping']);
/** Decodes `%XX` escapes (UTF-8 where they form it), leaving a malformed one as it is. */
function decodePercents(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}
/** Between the words of a removed name found elsewhere: spaces, or `+` in a query string. */
const SEPARATOR = '[\\s+\\u00a0]+';
const SEPARATORS = /[\s+\u00a0]+/g;

const MAY_HOLD_SHAPE = /[\d@]|(?:rue|via|calle|avenida|str)/i;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const digitCount = (text: string) => text.replace(/\D/g, '').length;

// ---------------------------------------------------------------- fakes

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
function randomFrom(seed: number): () => number {
  let state = seed || 1;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** How many leading and trailing characters an id keeps: its kind, not its identity. */
function keptEnds(id: string): [number, number] {
  if (/^\d{3}-\d{7}-\d{7}$/.test(id)) return [3, 0]; // the marketplace prefix of an Amazon order id
  if (/^1Z/.test(id)) return [2, 0];
  if (/^TBA\d/.test(id)) return [3, 0];
  if (/^[A-Z]{2}\d{9}[A-Z]{2}$/.test(id)) return [2, 2];
  const letters = /^[A-Za-z]*/.exec(id)![0].length;
  return [Math.min(letters, 4), 0];
}
function fakeOf(id: string, salt: string, attempt: number): string {
  const random = randomFrom(hash32(`${salt}\u0001${id}\u0001${attempt}`));
  const [head, tail] = keptEnds(id);
  let out = '';
  for (let i = 0; i < id.length; i++) {
    const c = id[i]!;
    if (i < head || i >= id.length - tail) out += c;
    else if (c >= '0' && c <= '9') out += String(Math.floor(random() * 10));
    else if (c >= 'A' && c <= 'Z') out += String.fromCharCode(65 + Math.floor(random() * 26));
    else if (c >= 'a' && c <= 'z') out += String.fromCharCode(97 + Math.floor(random() * 26));
    else out += c;
  }
  return out;
}

// ---------------------------------------------------------------- the plan

interface Slot {
  node: Text;
  /** Text of the node kept before the value (the label of a "Label : value" line). */
  prefix: string;
  value: string;
}

/** Plans the redaction of `root` (a Document, or any node for tests). */
export function planRedaction(root: Node | null, options: RedactOptions = {}): Redaction {
  const salt = options.salt ?? 'mcf-desk';
  const seen: Record<RemovedKind, Set<string>> = {
    names: new Set(),
    addresses: new Set(),
    phones: new Set(),
    emails: new Set(),
    messages: new Set(),
    ids: new Set(),
  };
  let regionCount = 0;
  const note = (kind: RemovedKind, value: string) => seen[kind].add(value);
  /**
   * The exact names, streets and e-mail addresses taken out of a labeled region (or an
   * `<address>`): replaced again wherever else they appear (another text, an attribute, the
   * `<title>`), whatever their case.
   */
  const removedStrings = new Map<string, string>();
  const noteString = (value: string, placeholder: string) => {
    const text = collapse(value);
    if (text.length < 3 || text.length > 80 || isCountryName(text)) return;
    if (Object.values(PLACEHOLDERS).some((p) => p.toLowerCase() === text.toLowerCase())) return;
    if (/^[\d\s.,:/-]*$/u.test(text)) return;
    removedStrings.set(text.toLowerCase(), placeholder);
  };
  const noteRegion = (kind: RemovedKind) => seen[kind].add(`\ufdd0region ${regionCount++}`);

  // --- ids: kept, or faked consistently
  const fakes = new Map<string, string>();
  const usedFakes = new Set<string>();
  const idOut = (id: string): string => {
    if (!options.fakeIds) return id;
    let fake = fakes.get(id);
    if (fake === undefined) {
      for (let attempt = 0; fake === undefined || fake === id || usedFakes.has(fake); attempt++)
        fake = fakeOf(id, salt, attempt);
      fakes.set(id, fake);
      usedFakes.add(fake);
      note('ids', id);
    }
    return fake;
  };
  const known = [...new Set(options.trackingNumbers ?? [])].filter((t) => t.length >= 6);
  known.sort((a, b) => b.length - a.length);
  const idPatterns: RegExp[] = [AMAZON_ORDER_ID, ...TRACKING_SHAPES];
  if (known.length > 0)
    idPatterns.unshift(new RegExp(`(?<![\\w-])(?:${known.map(escapeRegExp).join('|')})(?![\\w-])`, 'g'));

  const shapesOut = new Map<string, string>();
  /** Shapes anywhere in a text: emails, phones, postcodes with a city, streets; ids kept or faked. */
  function redactString(text: string): string {
    if (!MAY_HOLD_SHAPE.test(text)) return text;
    const cached = shapesOut.get(text);
    if (cached !== undefined) return cached;
    const shielded: string[] = [];
    let out = text;
    for (const pattern of idPatterns)
      out = out.replace(pattern, (id) => {
        shielded.push(idOut(id));
        return `\ufdd0${String.fromCharCode(0xe000 + shielded.length - 1)}\ufdd0`;
      });
    out = out.replace(EMAIL, (email) => {
      if (email === PLACEHOLDERS.email) return email;
      note('emails', email.toLowerCase());
      return PLACEHOLDERS.email;
    });
    for (const pattern of PHONES)
      out = out.replace(pattern, (phone) => {
        const digits = digitCount(phone);
        if (phone === PLACEHOLDERS.phone || digits < PHONE_DIGITS.min || digits > PHONE_DIGITS.max)
          return phone;
        note('phones', phone.replace(/\D/g, ''));
        return PLACEHOLDERS.phone;
      });
    for (const pattern of [POSTCODE_CITY, UK_POSTCODE, US_STATE_ZIP])
      out = out.replace(pattern, (place) => {
        if (place === PLACEHOLDERS.city) return place;
        note('addresses', place);
        return PLACEHOLDERS.city;
      });
    for (const pattern of STREETS)
      out = out.replace(pattern, (street) => {
        if (street === PLACEHOLDERS.street) return street;
        note('addresses', street.trim());
        return PLACEHOLDERS.street;
      });
    if (shielded.length > 0)
      out = out.replace(SHIELD, (_, mark: string) => shielded[mark.charCodeAt(0) - 0xe000]!);
    if (shapesOut.size < 50_000) shapesOut.set(text, out);
    return out;
  }

  // --- labeled values: found once, before anything is written
  const textOut = new Map<Text, string>();
  const attributesOut = new Map<Element, Map<string, string>>();
  const setAttribute = (element: Element, name: string, value: string) => {
    let names = attributesOut.get(element);
    if (!names) {
      names = new Map();
      attributesOut.set(element, names);
    }
    names.set(name, value);
  };

  function replaceSlots(kind: PersonalKind, slots: Slot[], attributeHolders: Element[]): void {
    const filled = slots.filter((slot) => slot.value.trim() !== '' && !textOut.has(slot.node));
    if (filled.length === 0 && attributeHolders.length === 0) return;
    const write = (slot: Slot, value: string) => {
      const lead = /^\s*/.exec(slot.value)![0];
      const trail = /\s*$/.exec(slot.value)![0];
      textOut.set(slot.node, value === '' ? slot.prefix + lead : slot.prefix + lead + value + trail);
    };
    if (kind === 'address') {
      noteRegion('addresses');
      let named = false;
      for (const slot of filled) {
        const lines = slot.value.split('\n');
        const outLines = lines.map((line) => {
          const text = collapse(line);
          if (text === '') return line;
          if (HAS_EMAIL.test(text)) {
            note('emails', text.toLowerCase());
            for (const email of text.match(EMAIL) ?? []) noteString(email, PLACEHOLDERS.email);
            return PLACEHOLDERS.email;
          }
          if (LOOKS_LIKE_PHONE.test(text) && digitCount(text) >= PHONE_DIGITS.min) {
            note('phones', text.replace(/\D/g, ''));
            return PLACEHOLDERS.phone;
          }
          if (isCountryName(text)) return line;
          const street = STREETS.some((pattern) => new RegExp(pattern.source, 'iu').test(text));
          if (POSTCODE_LINE.test(text) || POSTCODE_ANYWHERE.test(text))
            return street ? `${PLACEHOLDERS.street}, ${PLACEHOLDERS.city}` : PLACEHOLDERS.city;
          if (!named && !/\d/.test(text)) {
            named = true;
            note('names', text);
            noteString(text, PLACEHOLDERS.name);
            return PLACEHOLDERS.name;
          }
          if (/\d/.test(text)) noteString(text, PLACEHOLDERS.street);
          return PLACEHOLDERS.street;
        });
        write(slot, outLines.map((l) => l.trim()).join('\n'));
      }
    } else {
      const placeholder = PLACEHOLDER_OF[kind];
      if (filled.length > 0 || attributeHolders.length > 0) noteRegion(KIND_COUNTER[kind]);
      filled.forEach((slot, i) => {
        write(slot, i === 0 ? placeholder : '');
      });
      if (kind === 'name' || kind === 'email') {
        const whole = collapse(filled.map((slot) => slot.value).join(' '));
        if (kind === 'name') noteString(whole, PLACEHOLDERS.name);
        for (const email of whole.match(EMAIL) ?? []) noteString(email, PLACEHOLDERS.email);
      }
    }
    for (const holder of attributeHolders)
      for (const name of ['text', 'label', 'value', 'title', 'aria-label', 'placeholder'])
        if (holder.hasAttribute(name)) {
          if (name === 'value' && kind === 'name')
            noteString(holder.getAttribute(name) ?? '', PLACEHOLDERS.name);
          setAttribute(holder, name, PLACEHOLDER_OF[kind]);
        }
  }

  /** The slots and attribute-carrying elements of a value region. */
  function regionOf(nodes: Node[]): { slots: Slot[]; holders: Element[] } {
    const slots: Slot[] = [];
    const holders: Element[] = [];
    for (const node of nodes) {
      for (const text of textNodesIn(node)) slots.push({ node: text, prefix: '', value: text.data });
      walkComposed(node, (current) => {
        if (current.nodeType !== ELEMENT_NODE) return true;
        const element = current as Element;
        if (
          element.hasAttribute('value') ||
          (element.localName.startsWith('kat-') &&
            (element.hasAttribute('text') || element.hasAttribute('label')))
        )
          holders.push(element);
        return true;
      });
    }
    return { slots, holders };
  }

  const isBlankNode = (node: Node) =>
    (node.nodeType !== TEXT_NODE && node.nodeType !== ELEMENT_NODE) || composedText(node, 0) === '';
  const BLOCK_STOPS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'th', 'hr']);
  const INLINE = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'small', 'br', 'bdi', 'u', 'mark', 'abbr']);
  const isInline = (node: Node) =>
    node.nodeType === TEXT_NODE ||
    (node.nodeType === ELEMENT_NODE && INLINE.has((node as Element).localName));
  /** A sibling that starts another field: a heading, or a label of ours or any "Label :" line. */
  const startsAnotherField = (node: Node): boolean => {
    if (node.nodeType !== ELEMENT_NODE) {
      const text = collapse((node as Text).data ?? '');
      return personalKindOfLabel(text) !== undefined;
    }
    const element = node as Element;
    if (BLOCK_STOPS.has(element.localName)) return true;
    const shown = composedText(element, 80);
    if (!shown) return false;
    return (
      personalKindOfLabel(shown) !== undefined || (/^[^:：]{1,40}[:：]$/.test(shown) && !/\d/.test(shown))
    );
  };

  /** The nodes holding the value a label (the node `anchor`) announces. */
  function valueNodesAfter(anchor: Node, kind: PersonalKind): Node[] {
    let node: Node = anchor;
    for (let climb = 0; climb < 5; climb++) {
      if (node.nodeType === ELEMENT_NODE) {
        const name = (node as Element).localName;
        if (name === 'dt') {
          const values: Node[] = [];
          for (
            let s = (node as Element).nextElementSibling;
            s && s.localName !== 'dt';
            s = s.nextElementSibling
          )
            values.push(s);
          return values;
        }
        if (name === 'th' || name === 'td') {
          const cells = columnOrRowValues(node as Element);
          if (cells) return cells;
        }
      }
      const values: Node[] = [];
      let mode: 'inline' | 'block' | undefined;
      for (let s = node.nextSibling; s && values.length < 40; s = s.nextSibling) {
        if (isBlankNode(s) && !(s.nodeType === ELEMENT_NODE && (s as Element).localName === 'br')) {
          if (s.nodeType === ELEMENT_NODE && (s as Element).hasAttribute('value')) values.push(s);
          continue;
        }
        if (startsAnotherField(s)) break;
        const inline = isInline(s);
        mode ??= inline ? 'inline' : 'block';
        if (mode === 'inline' && !inline) break;
        values.push(s);
        // A block value is one element, except for free text, which may run over several.
        if (mode === 'block' && kind !== 'message') break;
      }
      if (values.length > 0) return values;
      const up = parentOrHost(node);
      if (!up || up.localName === 'body' || up.localName === 'html') break;
      node = up;
    }
    return [];
  }

  /** A label cell's values: the next cells of its row, or its column below a header row. */
  function columnOrRowValues(cell: Element): Node[] | null {
    const row = cell.parentElement;
    if (!row) return null;
    const cells = Array.from(row.children);
    const index = cells.indexOf(cell);
    const after = cells.slice(index + 1).filter((c) => !isBlankNode(c));
    const isHeaderRow = cells.every((c) => c.localName === 'th') || row.parentElement?.localName === 'thead';
    if (!isHeaderRow) return after.length > 0 ? [after[0]!] : null;
    const table = row.closest('table');
    if (!table) return null;
    const column: Node[] = [];
    for (const other of Array.from(table.querySelectorAll('tr'))) {
      if (other === row || other.closest('table') !== table) continue;
      const below = other.children[index];
      if (below && below.localName === 'td') column.push(below);
    }
    return column;
  }

  /** Climbs from a label's text to the largest element that shows only that label. */
  function labelAnchor(text: Text, label: string): Node {
    let anchor: Node = text;
    for (let up = parentOrHost(text); up; up = parentOrHost(up)) {
      if (composedText(up, label.length + 8) !== label) break;
      anchor = up;
    }
    return anchor;
  }

  /**
   * A URL, read decoded (`claire.moreau%40gmail.com` is an e-mail address); written back as it
   * was when nothing in it is personal. A `mailto:` or `tel:` link loses its target.
   */
  function urlAttribute(value: string): string {
    const decoded = decodePercents(value);
    const scheme = /^\s*(mailto|tel|sms|callto):/i.exec(decoded)?.[1]?.toLowerCase();
    if (scheme === 'mailto') {
      for (const email of decoded.match(EMAIL) ?? []) note('emails', email.toLowerCase());
      return `mailto:${PLACEHOLDERS.email}`;
    }
    if (scheme) {
      const digits = decoded.replace(/\D/g, '');
      if (digits.length > 0) note('phones', digits);
      return `${scheme}:${PLACEHOLDERS.phone}`;
    }
    const out = finalString(decoded);
    return out === decoded ? value : out;
  }

  const claimed = new Set<Text>();
  if (root)
    walkComposed(root, (node) => {
      if (node.nodeType === ELEMENT_NODE) {
        const element = node as Element;
        const name = element.localName;
        if (name === 'script' || name === 'style') return false;
        // <address> is an address block, <textarea> holds free text (a message): whatever labels them.
        if (name === 'address' || name === 'textarea') {
          const region = regionOf([element]);
          const slots = region.slots.filter((slot) => !claimed.has(slot.node));
          for (const slot of slots) claimed.add(slot.node);
          if (slots.length > 0)
            replaceSlots(name === 'address' ? 'address' : 'message', slots, region.holders);
        }
        // <kat-input label="Buyer name" value="…">, <kat-label text="Shipping address">
        const label = name.startsWith('kat-')
          ? (element.getAttribute('label') ?? element.getAttribute('text'))
          : null;
        const kind = label ? personalKindOfLabel(collapse(label)) : undefined;
        if (kind && !attributesOut.has(element)) {
          if (element.hasAttribute('value')) {
            const value = element.getAttribute('value') ?? '';
            if (value.trim() !== '') {
              setAttribute(element, 'value', PLACEHOLDER_OF[kind]);
              noteRegion(KIND_COUNTER[kind]);
              if (kind === 'name') noteString(value, PLACEHOLDERS.name);
              else if (kind === 'email') noteString(value, PLACEHOLDERS.email);
            }
          } else if (textNodesIn(element).every((t) => t.data.trim() === '')) {
            const { slots, holders } = regionOf(valueNodesAfter(element, kind));
            for (const slot of slots) claimed.add(slot.node);
            replaceSlots(kind, slots, holders);
          }
        }
        return true;
      }
      if (node.nodeType !== TEXT_NODE || claimed.has(node as Text)) return true;
      const text = node as Text;
      const collapsed = collapse(text.data);
      if (collapsed === '' || collapsed.length > 400) return true;
      const kind = personalKindOfLabel(collapsed);
      if (kind) {
        const { slots, holders } = regionOf(valueNodesAfter(labelAnchor(text, collapsed), kind));
        for (const slot of slots) claimed.add(slot.node);
        replaceSlots(kind, slots, holders);
        return true;
      }
      // "Téléphone : 06 12 34 56 78", "Gift message: Happy birthday<br>Love, Ann"
      const colon = text.data.search(/[:：]/);
      if (colon > 0 && colon <= 60) {
        const inlineKind = personalKindOfLabel(collapse(text.data.slice(0, colon)));
        if (inlineKind) {
          const slots: Slot[] = [
            { node: text, prefix: text.data.slice(0, colon + 1), value: text.data.slice(colon + 1) },
          ];
          const rest: Node[] = [];
          if (inlineKind === 'address' || inlineKind === 'message')
            for (let s = text.nextSibling; s && isInline(s) && !startsAnotherField(s); s = s.nextSibling)
              rest.push(s);
          const region = regionOf(rest);
          slots.push(...region.slots);
          for (const slot of slots) claimed.add(slot.node);
          if (slots[0]!.value.trim() === '' && region.slots.length === 0) {
            const after = regionOf(valueNodesAfter(labelAnchor(text, collapsed), inlineKind));
            for (const slot of after.slots) claimed.add(slot.node);
            replaceSlots(inlineKind, after.slots, after.holders);
          } else replaceSlots(inlineKind, slots, region.holders);
        }
      }
      return true;
    });

  // --- the removed names, streets and e-mails, wherever else they appear
  let everywhere: RegExp | null = null;
  if (removedStrings.size > 0) {
    const alternatives = [...removedStrings.keys()]
      .sort((a, b) => b.length - a.length)
      .map((text) => text.split(' ').map(escapeRegExp).join(SEPARATOR));
    everywhere = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  }
  const replaceRemoved = (text: string): string =>
    everywhere
      ? text.replace(
          everywhere,
          (found) =>
            removedStrings.get(found.toLowerCase()) ??
            removedStrings.get(collapse(found.replace(SEPARATORS, ' ')).toLowerCase()) ??
            PLACEHOLDERS.name,
        )
      : text;
  const finalString = (text: string) => replaceRemoved(redactString(text));

  return {
    text: (node) => replaceRemoved(textOut.get(node) ?? redactString(node.data)),
    attribute: (element, name, value) => {
      const planned = attributesOut.get(element)?.get(name);
      if (planned !== undefined) return planned;
      if (name === 'class') return value;
      if (URL_ATTRIBUTES.has(name.toLowerCase())) return urlAttribute(value);
      return finalString(value);
    },
    string: finalString,
    removed: () => Object.fromEntries(REMOVED_KINDS.map((kind) => [kind, seen[kind].size])) as RemovedCounts,
  };
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
