import type { PersonalKind } from '../personal-labels';
import { placeholderFor } from './attribute-values';
import type { RemovedLedger } from './ledger';
import { personalKindOfIdentifier } from './personal-attributes';
import { KIND_COUNTER, PLACEHOLDERS } from './placeholders';

// A page's state written as JSON where no label shows it: `data-review='{"reviewerName":…}'`, a
// hidden input holding the address as an object, `<script type="application/json">`. Its keys say
// what each value is, as a data-* name does (./personal-attributes.ts); its strings are escaped
// (`Cl\u00e9mence`), so the text is read parsed, never matched raw. The values its keys call
// personal are chased through the rest of the page, and the JSON is written back with them
// replaced and every other string redacted like any text.

/** `buyerVatId`, `nif_cliente`, `codiceFiscale`: a tax number, a person's for a sole trader. */
const TAX_WORDS =
  /^(?:vat|vatid|vatnumber|tax|taxid|taxnumber|tva|nif|nie|dni|cif|ustid|ustidnr|steuernummer|steuerid|codicefiscale|cf|piva|partitaiva|siren|siret)$/;
/** The seller's own number is the page's, needed to read an invoice. */
const SELLER_WORDS = /^(?:seller|merchant|vendor|vendeur|verkaeufer|vendedor|venditore|amazon|company|shop)$/;

/** The last word of a key naming a thing of the order, never a person's data. */
const THING_WORDS =
  /^(?:id|ids|count|type|index|key|label|hint|order|asin|sku|fnsku|date|time|status|quantity|qty|price|amount|currency|url|carrier|tracking|marketplace)$/;

type TaxKind = 'tax';
type JsonKind = PersonalKind | TaxKind;

const wordsOf = (key: string) =>
  key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');

/**
 * What a key says its value is: a kind of personal data, `none` for the things an order is made
 * of (`{"customer": {"orderId": "113-…"}}`: the id stays, though under a person), or undefined
 * when it says nothing (the value is what its parent's key says).
 */
function kindOfKey(key: string): JsonKind | 'none' | undefined {
  const words = wordsOf(key);
  if (words.some((word) => TAX_WORDS.test(word)) || TAX_WORDS.test(words.join('')))
    return words.some((word) => SELLER_WORDS.test(word)) ? 'none' : 'tax';
  if (THING_WORDS.test(words[words.length - 1] ?? '')) return 'none';
  return personalKindOfIdentifier(key);
}

const inherited = (own: JsonKind | 'none' | undefined, parent: JsonKind | undefined) =>
  own === 'none' ? undefined : (own ?? parent);

/** The value parsed when `text` is a JSON object or array, else undefined. */
export function parseJson(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed.length < 2 || trimmed.length > 200_000 || !/^[[{]/.test(trimmed)) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

/** Each string of `data` under a key that names personal data, with its kind and key. */
function personalLeaves(data: unknown, visit: (value: string, kind: JsonKind, key: string) => void): void {
  const stack: { value: unknown; kind?: JsonKind; key: string }[] = [{ value: data, key: '' }];
  while (stack.length > 0) {
    const { value, kind, key } = stack.pop()!;
    if (typeof value === 'string') {
      if (kind && value.trim() !== '') visit(value, kind, key);
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, kind, key });
    } else if (value !== null && typeof value === 'object') {
      // {"shipTo": {"name": …}}: an object under a personal key is personal throughout.
      for (const [child, item] of Object.entries(value))
        stack.push({ value: item, kind: inherited(kindOfKey(child), kind), key: child });
    }
  }
}

/** Notes the personal values of a JSON text, so that they are replaced wherever else they show. */
export function noteJsonValues(text: string, ledger: RemovedLedger): void {
  const data = parseJson(text);
  if (data === undefined) return;
  personalLeaves(data, (value, kind, key) => {
    if (kind === 'tax') {
      ledger.note('ids', value.replace(/\s/g, ''));
      ledger.noteString(value, PLACEHOLDERS.taxId);
      return;
    }
    ledger.note(KIND_COUNTER[kind], value.trim().toLowerCase());
    if (kind === 'name' && /\p{Lu}/u.test(value)) ledger.noteName(value);
    else if (kind === 'email') ledger.noteString(value, PLACEHOLDERS.email);
    // A street is chased; a town is not, being also a product's or a SKU's word ("PIATTO-PALERMO").
    else if (
      kind === 'address' &&
      placeholderFor(kind, key) === PLACEHOLDERS.street &&
      /\p{L}{3}/u.test(value)
    )
      ledger.noteString(value, PLACEHOLDERS.street);
  });
}

/**
 * A JSON object in an attribute whose own name calls it a person's (`data-empfaenger='{…}'`):
 * every line of it is theirs, whatever its key ("zusatz": "Stiege 2/Top 5"), so each is chased
 * whole, and the town with its postcode ("1060 Wien"). Names are chased as names wherever they
 * stand, under whatever key ("nominativo", "name1", "contactPerson", "first"/"last"): a value
 * written as a person's name is (title-case words, no digits) unless its key says a place; the
 * words of a street or a town ("Straße", "Wien") would wipe every line that says them.
 */
export function notePersonalObject(text: string, ledger: RemovedLedger): void {
  noteJsonValues(text, ledger);
  const leaves: { key: string; value: string }[] = [];
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') leaves.push({ key, value: value.trim() });
    else if (value !== null && typeof value === 'object')
      for (const [child, item] of Object.entries(value)) visit(item, Array.isArray(value) ? key : child);
  };
  visit(parseJson(text), '');
  leaves.forEach(({ key, value: leaf }, i) => {
    if (/\d/.test(leaf) && /\p{L}{2}/u.test(leaf)) ledger.noteString(leaf, PLACEHOLDERS.street);
    else if (PERSON_NAME.test(leaf) && !PLACE_KEY.test(key)) ledger.noteName(leaf);
    const town = leaves[i + 1]?.value;
    if (/^\d{4,5}$/.test(leaf) && town && /^\p{Lu}[\p{L} .'’-]+$/u.test(town))
      ledger.noteString(`${leaf} ${town}`, PLACEHOLDERS.city);
  });
}

/** One to four words written as a person's name: title case (not an acronym such as "DHL"), particles allowed. */
const PERSON_NAME =
  /^\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+(?:\p{Lu}\p{Ll}[\p{L}'’.-]*|van|von|der|den|de|del|della|di|da|la|le|du|des|zu|y)){0,3}$/u;
/** Keys of a place, a carrier or a kind, whose title-case values are no one's name. */
const PLACE_KEY =
  /city|town|ville|citt|stadt|^ort$|ort[_-]?name|country|pays|land|paese|pa[ií]s|state|region|provin|county|district|bezirk|quartier|street|stra(?:ss|ß)e|strada|calle|rue|via|line|ligne|zeile|linea|address|adress|indirizzo|direcc|carrier|transport|corriere|spediteur|service|method|status|type|kind|label|product|title|sku/i;

/**
 * A JSON text written back: values under personal keys as placeholders, other strings through
 * `redact`; keys stay when they are a developer's identifiers. Undefined when `text` is no JSON,
 * or when nothing in it changes (written as it was: parsing would round its long numbers).
 */
export function redactJson(text: string, redact: (value: string) => string): string | undefined {
  const data = parseJson(text);
  if (data === undefined) return undefined;
  let changed = false;
  const string = (value: string, out: string) => {
    if (out !== value) changed = true;
    return out;
  };
  const rewrite = (value: unknown, kind: JsonKind | undefined, key: string): unknown => {
    if (typeof value === 'string') {
      if (!kind || value.trim() === '') return string(value, redact(value));
      return string(value, kind === 'tax' ? PLACEHOLDERS.taxId : placeholderFor(kind, key));
    }
    if (Array.isArray(value)) return value.map((item) => rewrite(item, kind, key));
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([child, item]) => [
          /^[A-Za-z_$][\w$-]*$/.test(child) ? child : string(child, redact(child)),
          rewrite(item, inherited(kindOfKey(child), kind), child),
        ]),
      );
    return value;
  };
  const out = JSON.stringify(rewrite(data, undefined, ''));
  return changed ? out : undefined;
}
