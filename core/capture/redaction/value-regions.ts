import { cellsOfRow, isDataCell, isHeaderCell, isHeaderRow, ROWS, tableOf } from '../../page/table-grid';
import { collapse, composedText, parentOrHost } from '../../page/text';
import { isSenderLineLabel, type PersonalKind, personalKindOfLabel } from '../personal-labels';
import { ELEMENT_NODE, TEXT_NODE, textNodesIn, walkComposed } from '../walk';
import { hasPostcode } from './address-blocks';
import { continuesAddressRun, trimAddressRun } from './address-run';
import { isFormRow } from './form-controls';
import { valuesOfHeader } from './table-columns';

// Where a labeled value is on a page: the nodes after a label ("Adresse de livraison", a `<dt>`,
// a table header), up to the next field. Pages lay values out every way (inline after a colon, in
// the next block, the next cell, the column under a header), so this climbs from the label and
// looks at its following siblings until something starts another field.

/** A text node to rewrite: the part kept before the value (a "Label : value" line), and the value. */
export interface Slot {
  node: Text;
  prefix: string;
  value: string;
  /** What follows the value in the same text, kept (" · Demande de retour : Hier"). */
  suffix?: string;
}

/** Between two fields on one line: "Acheteur : X · Date : …", "Livré le … – signé par : X". */
export const FIELD_SEPARATOR = /\s[·|•–—]\s|^[·|•]\s?/;

/**
 * A "Label : value" text whose label is ours: the label (with what came before it on the line,
 * after a separator: "Envoltorio para regalo · Mensaje de regalo:"), the value, and, unless the
 * value is free text, the next field after a separator. Every colon is tried, since a line may
 * start with a time ("Consegnato ieri alle 12:37 – firmato da: CHEN M.").
 */
export function splitInlineField(
  text: string,
): { kind: PersonalKind; prefix: string; value: string; suffix: string } | null {
  for (const colonMatch of text.matchAll(/[:：]/g)) {
    const colon = colonMatch.index;
    if (colon <= 0) continue;
    const before = text.slice(0, colon).split(FIELD_SEPARATOR);
    const label = collapse(before[before.length - 1] ?? '');
    if (label === '' || label.length > 60) continue;
    const sender = isSenderLineLabel(label);
    const kind = personalKindOfLabel(label) ?? (sender ? 'name' : undefined);
    if (!kind) continue;
    const value = text.slice(colon + 1);
    // "Da: 01/12" in a date filter is no sender: a sender is a name or an address.
    if (sender && !/^\s*(?:\p{Lu}|\p{Lo})|@/u.test(value)) continue;
    const next = kind === 'message' ? -1 : endOfValue(value, kind);
    // "From: Northfield Kitchen Co. · Nov 29": a firm (the seller's shop) is no person.
    if (sender && isFirm(next < 0 ? value : value.slice(0, next))) continue;
    if (next < 0) return { kind, prefix: text.slice(0, colon + 1), value, suffix: '' };
    return { kind, prefix: text.slice(0, colon + 1), value: value.slice(0, next), suffix: value.slice(next) };
  }
  return null;
}

/** A company by its legal form, the way a shop signs: "Northfield Kitchen Co.", "Casa Brivio S.r.l.". */
const FIRM =
  /\s(?:Co\.|Company|Inc\.?|LLC|Ltd\.?|Limited|plc|GmbH|AG|KG|UG|e\.K\.|SARL|SAS|S\.A\.S\.|S\.?A\.|S\.à\s?r\.l\.|S\.L\.U?\.?|S\.r\.l\.|Srl|S\.p\.A\.|SpA|B\.V\.)$/u;
export const isFirm = (value: string): boolean => !value.includes('@') && FIRM.test(collapse(value));

const PART_SEPARATOR = /\s[·|•]\s/g;
/**
 * Where the value after a label ends on its line: at the next separator, except that an address
 * written on one line runs over its separators ("Jeanne Dupont · 12 rue des Lilas · 69003
 * Lyon") up to a part that is another "Label :" field.
 */
function endOfValue(value: string, kind: PersonalKind): number {
  for (const separator of value.matchAll(PART_SEPARATOR)) {
    if (kind !== 'address') return separator.index;
    const part = value.slice(separator.index + separator[0].length);
    if (/^[^:：\d]{1,40}[:：]/.test(part)) return separator.index;
  }
  return -1;
}

/** The slots and attribute-carrying elements of a value region. */
export function regionOf(nodes: Node[]): { slots: Slot[]; holders: Element[] } {
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
          (element.hasAttribute('text') || element.hasAttribute('label'))) ||
        // <span title="X. M. C. O.">Xosé …</span>: a tooltip on the value says it again, shortened.
        (INLINE.has(element.localName) &&
          (element.hasAttribute('title') || element.hasAttribute('aria-label')))
      )
        holders.push(element);
      return true;
    });
  }
  return { slots, holders };
}

const isBlankNode = (node: Node) =>
  (node.nodeType !== TEXT_NODE && node.nodeType !== ELEMENT_NODE) || composedText(node, 0) === '';
const STRUCTURES = new Set(['table', 'ul', 'ol', 'dl', 'form', 'fieldset']);
const BLOCK_STOPS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'th', 'hr']);
// <wbr> marks where a long word may break ("ettore.sabatini<wbr>@<wbr>…"): a line's part.
const INLINE = new Set([
  'a',
  'b',
  'i',
  'em',
  'strong',
  'span',
  'small',
  'br',
  'wbr',
  'bdi',
  'u',
  'mark',
  'abbr',
]);
export const isInline = (node: Node) =>
  node.nodeType === TEXT_NODE || (node.nodeType === ELEMENT_NODE && INLINE.has((node as Element).localName));
/** A sibling that starts another field: a heading, or a label of ours or any "Label :" line. */
export const startsAnotherField = (node: Node): boolean => {
  if (node.nodeType !== ELEMENT_NODE) {
    const text = collapse((node as Text).data ?? '');
    return personalKindOfLabel(text) !== undefined;
  }
  const element = node as Element;
  if (BLOCK_STOPS.has(element.localName) || isFormRow(element)) return true;
  const shown = composedText(element, 80);
  if (!shown) return false;
  return (
    personalKindOfLabel(shown) !== undefined ||
    (/^[^:：]{1,40}[:：]$/.test(shown) && !/\d/.test(shown)) ||
    isInlineField(element)
  );
};
/** A label of ours alone (of `kind`, when given): "Name des Empfängers". */
const isLabelOf = (node: Node, kind?: PersonalKind): boolean => {
  const found = personalKindOfLabel(composedText(node, 80) ?? '');
  return found !== undefined && (kind === undefined || found === kind);
};
/** An element showing a whole "Label : value" of ours ("Empfänger: Annika von Brühl"). */
const isInlineField = (element: Element): boolean => {
  const shown = composedText(element, 120);
  return shown !== null && splitInlineField(shown) !== null;
};
/** A time, a numeric date, "1 dic 2024", "Dec 1, 2024". */
const DATED =
  /\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}\.?\s\p{L}{3,}\.?,?\s\d{4}\b|\p{L}{3,}\.?\s\d{1,2},\s\d{4}\b/u;
/** A short line saying when something was sent or received: a message's stamp, never its text. */
const isTimeStamp = (node: Node): boolean => {
  const shown = composedText(node, 60);
  return shown !== null && shown.split(' ').length <= 8 && DATED.test(shown);
};
/** A text that starts the next field of a line: "· Demande de retour : Hier". */
const startsNextOnLine = (node: Node): boolean => /^\s*[·|•]/.test(node.textContent ?? '');

/** The nodes holding the value a label (the node `anchor`) announces. */
const isBr = (node: Node | null): boolean =>
  node?.nodeType === ELEMENT_NODE && (node as Element).localName === 'br';
/** The sibling before `node`, past white space. */
function previousShown(node: Node): Node | null {
  let before = node.previousSibling;
  while (before && before.nodeType === TEXT_NODE && (before as Text).data.trim() === '')
    before = before.previousSibling;
  return before;
}

export function valueNodesAfter(anchor: Node, kind: PersonalKind): Node[] {
  let node: Node = anchor;
  for (let climb = 0; climb < 5; climb++) {
    if (node.nodeType === ELEMENT_NODE) {
      const name = (node as Element).localName;
      // <kat-box><span slot="title">Ship to</span></kat-box>: the value is what the component
      // shows beside its slotted label, in its shadow root, not whatever follows the component.
      const shadowValue = slottedValue(node as Element);
      if (shadowValue) return shadowValue;
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
      if (isHeaderCell(node as Element) || isDataCell(node as Element)) {
        const cells = columnOrRowValues(node as Element, kind);
        if (cells) return cells;
      }
    }
    const values: Node[] = [];
    let mode: 'inline' | 'block' | undefined;
    for (let s = node.nextSibling; s && values.length < 40; s = s.nextSibling) {
      // "…<br>15003 A CORUÑA<br><br><b>DESTINATARIO</b>": an empty line ends a value on lines.
      if (mode === 'inline' && isBr(s) && isBr(previousShown(s))) break;
      if (isBlankNode(s) && !(s.nodeType === ELEMENT_NODE && (s as Element).localName === 'br')) {
        // A field showing its value in `value` (<input readonly value="…">), or a cell holding one.
        if (s.nodeType === ELEMENT_NODE && holdsFieldValue(s as Element)) values.push(s);
        continue;
      }
      // Buttons end a value: no address or message holds "Bestellung stornieren".
      if (s.nodeType === ELEMENT_NODE && holdsButton(s as Element)) break;
      if (startsAnotherField(s)) {
        // A "Label : value" line of its own between a heading and its block is another field.
        if (values.length === 0 && s.nodeType === ELEMENT_NODE && isInlineField(s as Element)) continue;
        // "Ship to", "Recipient name", the name, the street…: the address goes on past its name's label.
        if (kind === 'address' && isLabelOf(s, 'name')) continue;
        // A heading over labeled fields or form rows: its section holds fields, each with its own
        // label; climbing out of it would take the next section as its value.
        if (values.length === 0 && (isLabelOf(s) || (s.nodeType === ELEMENT_NODE && isFormRow(s as Element))))
          return [];
        break;
      }
      if (mode === 'inline' && startsNextOnLine(s)) break;
      // "<span>Telefon</span><span>0043-664-…</span><span>Rücksendegrund</span>…": a phone or an
      // e-mail is one element, an address ends with its postcode; the spans after them are the
      // next fields' labels and values.
      if (mode === 'inline' && s.nodeType === ELEMENT_NODE && holdsWholeValue(values, kind)) break;
      const inline = isInline(s);
      mode ??= inline ? 'inline' : 'block';
      if (mode === 'inline' && !inline) break;
      // A name, an address or a phone is short: a long block found by climbing is a section.
      if (mode === 'block' && kind !== 'message' && composedText(s, 400) === null) break;
      // "Teléfono" whose number a stylesheet draws: the block after it is another field's.
      if (mode === 'block' && values.length === 0 && !fitsContact(s, kind)) return [];
      if (
        mode === 'block' &&
        kind === 'address' &&
        values.length > 0 &&
        !continuesAddressRun(s, values.length)
      )
        break;
      // A message running over several paragraphs ends where a table, a list or a form begins,
      // or at the line stamping when it was sent ("Enviado el 1 dic 2024, 18:22"), the page's own.
      if (mode === 'block' && values.length > 0 && STRUCTURES.has((s as Element).localName)) break;
      if (mode === 'block' && kind === 'message' && values.length > 0 && isTimeStamp(s)) break;
      values.push(s);
      // A block value is one element, except for free text, which may run over several, and an
      // address written one line per block (./address-run.ts).
      if (mode === 'block' && kind !== 'message' && kind !== 'address') break;
    }
    if (values.length > 0) return mode === 'block' && kind === 'address' ? trimAddressRun(values) : values;
    const up = parentOrHost(node);
    if (!up || up.localName === 'body' || up.localName === 'html') break;
    node = up;
  }
  return [];
}

/**
 * Whether a block may be the value of a phone's or an e-mail's label: mostly digits (a phone, its
 * label and extension beside it), or an "@". An address or a note after the label is not.
 */
function fitsContact(block: Node, kind: PersonalKind): boolean {
  if (kind !== 'phone' && kind !== 'email') return true;
  const shown = composedText(block, 400) ?? '';
  if (kind === 'email') return /@|[[(]\s?(?:at|arobase|chiocciola)\s?[\])]/i.test(shown);
  const digits = shown.replace(/\D/g, '').length;
  return digits >= 6 && digits * 5 >= shown.replace(/\s/g, '').length * 2;
}

/** Whether a phone's, an e-mail's or an address's value already holds an element that is one. */
const holdsWholeValue = (values: readonly Node[], kind: PersonalKind): boolean =>
  values.some(
    (value) =>
      value.nodeType === ELEMENT_NODE &&
      (kind === 'address'
        ? textNodesIn(value).some((line) => hasPostcode(line.data))
        : (kind === 'phone' || kind === 'email') && fitsContact(value, kind)),
  );

const FIELDS_WITH_VALUE = 'input[value],kat-input[value],kat-textarea[value],textarea';
const holdsFieldValue = (element: Element): boolean =>
  element.hasAttribute('value') || element.querySelector(FIELDS_WITH_VALUE) !== null;
/** A row of buttons; an address with a "Copy" button beside it is still an address. */
const holdsButton = (element: Element): boolean =>
  (/^(?:button|kat-button)$/.test(element.localName) ||
    element.querySelector('button,kat-button,[role="button"]') !== null) &&
  composedText(element, 60) !== null;

/** The shadow content of the component a label is slotted into, its <slot>s and styles aside. */
function slottedValue(label: Element): Node[] | null {
  if (!label.hasAttribute('slot')) return null;
  const root = label.parentElement?.shadowRoot;
  if (!root) return null;
  const values = Array.from(root.childNodes).filter(
    (child) =>
      child.nodeType === ELEMENT_NODE &&
      !/^(?:slot|style|script)$/.test((child as Element).localName) &&
      !isBlankNode(child),
  );
  return values.length > 0 ? values : null;
}

/**
 * A row label's value: its next cell, and the cells after it up to the next label ("Nombre o
 * razón social | Jorge | Etxeberria Lasa", "Dirección | street | postcode"): a value split over
 * cells is one value. A header cell or a text ending in a colon is the next field's label.
 */
function rowValueCells(after: Element[]): Element[] {
  const values = [after[0]!];
  for (const cell of after.slice(1)) {
    const shown = collapse(composedText(cell, 200) ?? '');
    if (isHeaderCell(cell) || shown === '' || /:$/.test(shown) || personalKindOfLabel(shown)) break;
    values.push(cell);
  }
  return values;
}

/** A label cell's values: the next cells of its row, or its column below a header row. */
function columnOrRowValues(cell: Element, kind: PersonalKind): Node[] | null {
  const row = cell.parentElement?.closest(ROWS);
  if (!row) return null;
  const cells = cellsOfRow(row);
  const after = cells.slice(cells.indexOf(cell) + 1).filter((c) => !isBlankNode(c));
  if (!isHeaderRow(row)) return after.length > 0 ? rowValueCells(after) : null;
  const table = tableOf(row);
  return table ? valuesOfHeader(cell, table, { spanningToo: kind === 'message' }) : null;
}

/** Climbs from a label's text to the largest element that shows only that label. */
export function labelAnchor(text: Text, label: string): Node {
  let anchor: Node = text;
  for (let up = parentOrHost(text); up; up = parentOrHost(up)) {
    if (composedText(up, label.length + 8) !== label) break;
    anchor = up;
  }
  return anchor;
}
