import { collapse, composedText, parentOrHost } from '../../page/text';
import { type PersonalKind, personalKindOfLabel } from '../personal-labels';
import { ELEMENT_NODE, TEXT_NODE, textNodesIn, walkComposed } from '../walk';

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
 * value is free text, the next field after a separator.
 */
export function splitInlineField(
  text: string,
): { kind: PersonalKind; prefix: string; value: string; suffix: string } | null {
  const colon = text.search(/[:：]/);
  if (colon <= 0) return null;
  const before = text.slice(0, colon).split(FIELD_SEPARATOR);
  const label = collapse(before[before.length - 1] ?? '');
  if (label === '' || label.length > 60) return null;
  const kind = personalKindOfLabel(label);
  if (!kind) return null;
  let value = text.slice(colon + 1);
  let suffix = '';
  const next = kind === 'message' ? -1 : value.search(/\s[·|•]\s/);
  if (next >= 0) {
    suffix = value.slice(next);
    value = value.slice(0, next);
  }
  return { kind, prefix: text.slice(0, colon + 1), value, suffix };
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
export const isInline = (node: Node) =>
  node.nodeType === TEXT_NODE || (node.nodeType === ELEMENT_NODE && INLINE.has((node as Element).localName));
/** A sibling that starts another field: a heading, or a label of ours or any "Label :" line. */
export const startsAnotherField = (node: Node): boolean => {
  if (node.nodeType !== ELEMENT_NODE) {
    const text = collapse((node as Text).data ?? '');
    return personalKindOfLabel(text) !== undefined;
  }
  const element = node as Element;
  if (BLOCK_STOPS.has(element.localName)) return true;
  const shown = composedText(element, 80);
  if (!shown) return false;
  return (
    personalKindOfLabel(shown) !== undefined ||
    (/^[^:：]{1,40}[:：]$/.test(shown) && !/\d/.test(shown)) ||
    isInlineField(element)
  );
};
/** An element showing a whole "Label : value" of ours ("Empfänger: Annika von Brühl"). */
const isInlineField = (element: Element): boolean => {
  const shown = composedText(element, 120);
  return shown !== null && splitInlineField(shown) !== null;
};
/** A text that starts the next field of a line: "· Demande de retour : Hier". */
const startsNextOnLine = (node: Node): boolean => /^\s*[·|•]/.test(node.textContent ?? '');

/** The nodes holding the value a label (the node `anchor`) announces. */
export function valueNodesAfter(anchor: Node, kind: PersonalKind): Node[] {
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
      if (startsAnotherField(s)) {
        // A "Label : value" line of its own between a heading and its block is another field.
        if (values.length === 0 && s.nodeType === ELEMENT_NODE && isInlineField(s as Element)) continue;
        break;
      }
      if (mode === 'inline' && startsNextOnLine(s)) break;
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
export function labelAnchor(text: Text, label: string): Node {
  let anchor: Node = text;
  for (let up = parentOrHost(text); up; up = parentOrHost(up)) {
    if (composedText(up, label.length + 8) !== label) break;
    anchor = up;
  }
  return anchor;
}
