import { type FieldKey, PAGE_LABELS } from '../../page/labels';
import { composedText, normalizeLabel } from '../../page/text';
import { textNodesIn } from '../walk';
import { hasPostcode } from './address-blocks';
import type { PlannedWrites } from './planned-writes';
import { valueNodesAfter } from './value-regions';

// What a capture keeps although it has the shape of personal data. The value of a product,
// SKU, ASIN or carrier field is no person: "Der Herr der Ringe", "Mr. Proper", "Classic T-Shirt,
// Black" stay even when a buyer is named Black. And Amazon's own address (the fulfilment centre a
// return goes back to) has the very shape of the customer's beside it, but names no one.

/**
 * The fields whose value is a title or a code. A status is not among them: "Zugestellt an
 * Nachbar Herr Özdemir" names a person in it.
 */
const TITLE_OR_CODE_FIELDS = new Set<FieldKey>([
  'productName',
  'sku',
  'asin',
  'fnsku',
  'carrier',
  'trackingNumber',
  'orderId',
  'merchantOrderId',
  'salesChannel',
  'rmaId',
  'returnItem',
]);
const FIELD_LABELS = new Set(
  Object.values(PAGE_LABELS).flatMap((labels) =>
    Object.entries(labels.fields)
      .filter(([key]) => TITLE_OR_CODE_FIELDS.has(key as FieldKey))
      .flatMap(([, names]) => names.map(normalizeLabel)),
  ),
);

/** Whether a text labels a title or a code the reader needs ("Product", "Artikel", "SKU"). */
export const isReaderFieldLabel = (collapsed: string): boolean =>
  collapsed.length <= 60 && FIELD_LABELS.has(normalizeLabel(collapsed));

/**
 * The value of a reader field's label written on its line, up to the next field: "Articolo:
 * Lampada da tavolo «Hikari» in ottone", "SKU: LAMP-HIKARI-38 · ASIN: …".
 */
export function readerFieldValue(collapsed: string): string | undefined {
  const colon = collapsed.search(/[:：]/);
  if (colon <= 0 || !isReaderFieldLabel(collapsed.slice(0, colon))) return undefined;
  const value = collapsed
    .slice(colon + 1)
    .split(/\s[·|•–—]\s/)[0]!
    .trim();
  return value === '' ? undefined : value;
}

/**
 * Marks the value of a reader field's label as a field: titles in it are no people. Climbs from
 * the label's own text, so that a header cell alone in its row still finds its column.
 */
export function keepFieldValue(label: Text, writes: PlannedWrites): void {
  for (const node of valueNodesAfter(label, 'name'))
    for (const text of textNodesIn(node))
      if (!writes.kept.has(text) && !inCustomisation(text, node)) writes.kept.set(text, 'field');
}

/**
 * "Customisations: Line 1: Okonkwo Dental Care · Line 2: C. Okonkwo": what a buyer had engraved or
 * printed on a custom product, written under the product's title, is the buyer's text, no title.
 */
const CUSTOMISATION =
  /^\s*(?:customi[sz]ations?|personali[sz]ations?|personnalisations?|personalisierung(?:en)?|anpassungen|personalizaci[oó]n(?:es)?|personalizzazion[ei])\s*:/i;

/** Whether `text` is in a block opened by a customisation's label, inside `field`. */
function inCustomisation(text: Text, field: Node): boolean {
  for (let up = text.parentElement; up && up !== field.parentElement; up = up.parentElement) {
    if (CUSTOMISATION.test(up.textContent ?? '')) return true;
    if (up === field) break;
  }
  return false;
}

/**
 * "Amazon EU S.à r.l. – Devoluciones MAD4", "Amazon.com Services LLC", "Amazon Fulfillment
 * LEJ1", "Amazon Fulfillment Poland Sp. z o.o.": Amazon, then a company form or a fulfilment
 * centre's code. "Amazon Logistics" alone opens a tracking card, whose town is the customer's.
 * An Amazon Locker or Counter ("c/o Amazon Locker – Giglio") is Amazon's public pickup site: the
 * customer chose it instead of their home.
 */
const AMAZON_FIRST_LINE =
  /^(?:amazon\b.*(?:\bS\.?\s?à\s?r\.?\s?l\b|\bGmbH\b|\bLLC\b|\bLtd\b|\bS\.?L\.?U?\b|\bS\.?r\.?l\b|\bSAS\b|\bInc\b|\bSp\. z o\.o\.|\b[A-Z]{3}\d\b)|(?:c\/o\s+)?amazon\s+(?:hub\s+)?(?:locker|counter)\b)/iu;

/**
 * A labeled value opened by an Amazon entity ("DESTINATARIO" over "Amazon Spain Fulfillment
 * S.L.U. – Devoluciones MAD4", a street, a postcode): Amazon's address, kept as it is.
 */
export function keepAmazonValue(nodes: readonly Node[], writes: PlannedWrites): boolean {
  const texts = nodes.flatMap((node) => textNodesIn(node)).filter((text) => text.data.trim() !== '');
  if (texts.length < 2 || texts.length > 6 || !AMAZON_FIRST_LINE.test(texts[0]!.data.trim())) return false;
  if (!texts.slice(1).some((text) => hasPostcode(text.data))) return false;
  for (const text of texts) writes.kept.set(text, 'verbatim');
  return true;
}

/** The lines a small block shows: a table's rows, or its children. */
function linesOfBlock(element: Element): string[] {
  const rows = element.localName === 'table' ? Array.from(element.querySelectorAll('tr')) : null;
  const parts = rows ?? Array.from(element.childNodes);
  return parts.map((part) => composedText(part, 120) ?? '').filter((line) => line !== '');
}

/** Amazon's address, a block opened by an Amazon entity, with a postcode: kept as it is. */
export function keepAmazonAddress(element: Element, writes: PlannedWrites): boolean {
  if (!/^(?:table|address|div|p|td)$/.test(element.localName)) return false;
  let lines = linesOfBlock(element);
  // "Dirección de devolución" over the block: a heading names the address, it is none of its lines.
  if (/^h[1-6]$/.test(element.firstElementChild?.localName ?? '') && !AMAZON_FIRST_LINE.test(lines[0] ?? ''))
    lines = lines.slice(1);
  if (lines.length < 2 || lines.length > 6 || !AMAZON_FIRST_LINE.test(lines[0]!)) return false;
  if (lines.some((line) => line.includes('@'))) return false;
  // A postcode in any country's shape: "45770 Saran", "62-080 Sady".
  if (!lines.slice(1).some(hasPostcode)) return false;
  for (const text of textNodesIn(element)) writes.kept.set(text, 'verbatim');
  return true;
}
