import type { FieldKey, LabelLanguage } from './labels';
import { indexPage, type PageNode } from './page-index';
import {
  attributeText,
  collapse,
  composedText,
  INLINE_ELEMENTS,
  NODE,
  normalizeCollapsed,
  parentOrHost,
  shadowOf,
} from './text';
import {
  isNormalizedCreateReturnAction,
  type LabelMatch,
  matchLabel,
  matchNormalizedHeading,
  matchNormalizedLabel,
  mayBeWord,
  mayStartWord,
  startsNoWord,
} from './vocabulary';

// One pass over the page, open shadow roots included, collecting label → value pairs ("facts")
// and section headings, in document order. Structural pairs only: dt/dd, th/td, header row +
// data rows, label and value siblings in grids, Katal label attributes, data-test-id hooks,
// Swiship links, and "Label: value" lines (kept apart as weaker evidence).

export interface Fact {
  key: FieldKey;
  value: string;
  /** Document order of the label (or of the table header for table cells). */
  pos: number;
  /** 2: structural pair; 1: one of several "Label: value" lines of a block. */
  strength: 1 | 2;
  /** The node holding the value. */
  node: Node;
  /** The table row of a value read by columns, or of a "Label: value" line inside a cell. */
  row: Element | null;
}

export interface Heading {
  kind: 'shipment' | 'package';
  pos: number;
}

export interface Collected {
  facts: Fact[];
  headings: Heading[];
  /** Values of comment fields: customer text, never read for labels. */
  opaque: Set<Node>;
  createReturnAction: boolean;
  languageVotes: Map<LabelLanguage, number>;
  /** The page's elements and text nodes in document order, as recorded by the one walk. */
  nodes: readonly PageNode[];
}

/** `data-test-id` hooks of the Manage Orders page (domain.md §2) and their fields. */
export const TEST_ID_FIELDS: Readonly<Record<string, FieldKey>> = {
  'order-id-value': 'orderId',
  'order-summary-deliverby-value': 'estimatedArrivalDate',
  'order-summary-shipdate-value': 'shippingDate',
  'order-summary-sales-channel-value': 'salesChannel',
  'order-summary-status-value': 'status',
  'order-summary-merchant-order-id-value': 'merchantOrderId',
  'tracking-id-value': 'trackingNumber',
  'carrier-name-value': 'carrier',
};

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option']);
const CELL_TAGS = new Set(['td', 'th', 'kat-table-cell']);
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
const ROW_TAGS = new Set(['tr', 'kat-table-row']);
const TABLE_TAGS = new Set(['table', 'kat-table']);
const SWISHIP = 'swiship.com/track';
const MAX_LABEL_TEXT = 80;
const MAX_VALUE_TEXT = 300;

const isCell = (n: PageNode) => n.kind === NODE.ELEMENT && (CELL_TAGS.has(n.name) || CELL_ROLES.has(n.role));
const isRow = (n: PageNode) => ROW_TAGS.has(n.name) || n.role === 'row';
const TABLE_ROLES = new Set(['table', 'grid']);
const isTable = (n: PageNode) => TABLE_TAGS.has(n.name) || TABLE_ROLES.has(n.role);

/** Index of the first character that is not blank, -1 for a blank text. */
function firstVisible(data: string): number {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x202f) return i;
  }
  return -1;
}
export const isBlank = (data: string): boolean => firstVisible(data) < 0;

const NOT_CONTENT = new Set(['br', 'img', 'script', 'style', 'template', 'noscript']);
function hasElementSiblings(node: PageNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  for (const sibling of parent.children) {
    if (sibling !== node && sibling.kind === NODE.ELEMENT && !NOT_CONTENT.has(sibling.name)) return true;
  }
  return false;
}

function nearestRowOf(node: PageNode): PageNode | null {
  let el = node.parentOrHost;
  for (let depth = 0; el && depth < 12; depth++, el = el.parentOrHost) if (isRow(el)) return el;
  return null;
}

export function nearestRow(node: Node): Element | null {
  let el = parentOrHost(node);
  for (let depth = 0; el && depth < 12; depth++, el = parentOrHost(el)) {
    const role = el.hasAttributes() ? el.getAttribute('role') : null;
    if (ROW_TAGS.has(el.localName) || role === 'row') return el;
  }
  return null;
}

const elementOf = (n: PageNode) => n.node as Element;

export function collect(doc: Document): Collected {
  const index = indexPage(doc);
  const nodes = index.nodes;
  const facts: Fact[] = [];
  const headings: Heading[] = [];
  const opaque = new Set<Node>();
  const languageVotes = new Map<LabelLanguage, number>();
  /** Header rows (true) and rows judged not to be one (false). */
  const rowsJudged = new Map<PageNode, boolean>();
  const runs: { fact: Fact; parent: PageNode }[] = [];
  /** Normalized forms of the texts already judged: the same texts are judged from several places. */
  const normalizedTexts = new Map<string, string>();
  // Texts judged here are collapsed (`PageNode.text`), or the start of one.
  let createReturnAction = false;
  let pos = 0;

  const normalizedOf = (text: string): string => {
    let normalized = normalizedTexts.get(text);
    if (normalized === undefined) {
      normalized = normalizeCollapsed(text);
      normalizedTexts.set(text, normalized);
    }
    return normalized;
  };
  const labelOf = (text: string): LabelMatch | undefined =>
    startsNoWord(text) ? undefined : matchNormalizedLabel(normalizedOf(text));

  const vote = (match: LabelMatch) => {
    for (const language of match.languages)
      languageVotes.set(language, (languageVotes.get(language) ?? 0) + 1);
  };

  const addFact = (
    key: FieldKey,
    value: string,
    node: PageNode,
    strength: Fact['strength'],
    row: PageNode | null = null,
  ) => {
    if (value.length === 0) return null;
    const fact: Fact = {
      key,
      value,
      pos,
      strength,
      node: node.node,
      row: row ? elementOf(row) : null,
    };
    facts.push(fact);
    if (key === 'comments') opaque.add(node.node);
    return fact;
  };

  const nextMeaningfulSibling = (node: PageNode): PageNode | null => {
    for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) {
      if (sibling.kind === NODE.TEXT) {
        if (!isBlank(sibling.data)) return sibling;
      } else if (sibling.kind === NODE.ELEMENT) {
        if (SKIPPED.has(sibling.name)) continue;
        const text = sibling.text(MAX_VALUE_TEXT);
        if (text === null || text.length > 0) return sibling;
      }
    }
    return null;
  };

  const valueTextOf = (node: PageNode | null): string | null => {
    if (!node) return null;
    const text = node.text(MAX_VALUE_TEXT);
    if (!text || (mayBeWord(text) && labelOf(text))) return null;
    return text;
  };

  /** Rows of a table, as `table.querySelectorAll('tr, kat-table-row, [role="row"]')` finds them. */
  const rowsOf = (table: PageNode): PageNode[] => {
    const rows: PageNode[] = [];
    for (let p = table.pos; p < table.end; p++) {
      const node = nodes[p] as PageNode;
      if (node.kind === NODE.ELEMENT && node.treeHost === table.treeHost && isRow(node)) rows.push(node);
    }
    return rows;
  };

  /** A header row names two fields or more: read the rows under it by column. */
  const readColumns = (row: PageNode): boolean => {
    const known = rowsJudged.get(row);
    if (known !== undefined) return known;
    const cells = row.children.filter(isCell);
    const keys = cells.map((cell) => {
      const text = cell.text(MAX_LABEL_TEXT);
      return text && mayBeWord(text) ? (labelOf(text)?.key ?? null) : null;
    });
    const isHeader = keys.filter((k) => k !== null).length >= 2;
    rowsJudged.set(row, isHeader);
    if (!isHeader) return false;
    let table: PageNode | null = row.parentOrHost;
    while (table && !isTable(table)) table = table.parentOrHost;
    if (!table) return true;
    const rows = rowsOf(table);
    const start = rows.indexOf(row);
    for (const dataRow of rows.slice(start + 1)) {
      let owner: PageNode | null = dataRow.parentOrHost;
      while (owner && !isTable(owner)) owner = owner.parentOrHost;
      if (owner !== table) continue; // a nested table
      const dataCells = dataRow.children.filter(isCell);
      dataCells.forEach((cell, i) => {
        const key = keys[i];
        if (!key) return;
        // A product cell also holds "ASIN: ..." lines (read on their own): its title is its
        // first line that is not such a line.
        const text = key === 'productName' ? titleLine(elementOf(cell)) : cell.text(MAX_VALUE_TEXT);
        if (text) addFact(key, text, cell, 2, dataRow);
      });
    }
    return true;
  };

  /** `anchor` is the label (a text node, or the element that holds only the label). */
  const readPair = (anchor: PageNode, match: LabelMatch) => {
    vote(match);
    if (anchor.kind === NODE.ELEMENT) {
      if (anchor.name === 'dt') {
        let dd = anchor.nextElementSibling;
        while (dd && dd.name !== 'dd' && dd.name !== 'dt') dd = dd.nextElementSibling;
        const text = dd?.name === 'dd' ? valueTextOf(dd) : null;
        if (dd && text) addFact(match.key, text, dd, 2);
        return;
      }
      if (isCell(anchor)) {
        const row = anchor.parentOrHost;
        if (row && isRow(row) && readColumns(row)) return;
        let cell = anchor.nextElementSibling;
        while (cell && !isCell(cell)) cell = cell.nextElementSibling;
        const text = valueTextOf(cell);
        if (cell && text) addFact(match.key, text, cell, 2);
        return;
      }
    }
    const valueNode = nextMeaningfulSibling(anchor);
    const text = valueTextOf(valueNode);
    if (valueNode && text) addFact(match.key, text, valueNode, 2);
    if (match.key === 'comments' && valueNode) markCommentBlock(valueNode);
  };

  /** A comment may run over several sibling blocks: all of them, up to the next label, are customer text. */
  const markCommentBlock = (first: PageNode) => {
    for (let sibling = first.nextSibling; sibling; sibling = sibling.nextSibling) {
      if (sibling.kind !== NODE.ELEMENT) continue;
      const text = sibling.text(MAX_LABEL_TEXT);
      if (text && labelOf(text)) break;
      opaque.add(sibling.node);
    }
  };

  /** Climbs from a label's text node to the largest element whose whole text is that label. */
  const labelAnchor = (textNode: PageNode, label: string, normalized: string): PageNode => {
    let anchor: PageNode = textNode;
    for (let element = textNode.parentOrHost; element; element = element.parentOrHost) {
      // Stop below a parent that also holds the (maybe empty) value: a grid row, a dl.
      if (anchor !== textNode && hasElementSiblings(anchor)) break;
      const text = element.text(MAX_LABEL_TEXT);
      if (text === null || (text !== label && normalizedOf(text) !== normalized)) break;
      anchor = element;
    }
    return anchor;
  };

  const visitText = (node: PageNode) => {
    const data = node.data;
    if (data.length > 400) return;
    const first = firstVisible(data);
    if (first < 0) return;
    // Most page text (values, names, numbers) can be neither a label nor a "Label: value" line:
    // turned away here, before it is collapsed. An ASCII character past the blanks starts the
    // collapsed text, or follows a control character that no word starts with either.
    const c = data.charCodeAt(first);
    if (c < 0x80 && !mayStartWord(c) && data.indexOf(':') < 0 && data.indexOf('：') < 0) return;
    const parent = node.parentOrHost;
    if (parent && SKIPPED.has(parent.name)) return;
    const text = node.text(Number.POSITIVE_INFINITY) as string;
    if (text.length > MAX_LABEL_TEXT + MAX_VALUE_TEXT) return;
    if (text.length <= MAX_LABEL_TEXT && mayBeWord(text)) {
      const normalized = normalizedOf(text);
      const match = matchNormalizedLabel(normalized);
      if (match) {
        readPair(labelAnchor(node, text, normalized), match);
        return;
      }
      const heading = matchNormalizedHeading(normalized);
      if (heading) {
        headings.push({ kind: heading, pos });
        return;
      }
      if (isNormalizedCreateReturnAction(normalized)) {
        createReturnAction = true;
        return;
      }
    }
    // "Carrier: X<br>": a line that starts with a label and a colon.
    let colon = text.indexOf(':');
    if (colon < 0) colon = text.indexOf('：');
    if (colon <= 0 || colon > 50 || !parent) return;
    // The start of a collapsed text ends with at most a space.
    const match = labelOf(text.slice(0, colon).trim());
    if (!match) return;
    const value = text.slice(colon + 1).trim();
    if (value.length === 0) {
      readPair(node, match);
      return;
    }
    vote(match);
    // Lines inside a table cell ("SKU: X" under the product name) belong to that row's item.
    const fact = addFact(match.key, value, node, 1, nearestRowOf(node));
    if (fact) runs.push({ fact, parent });
  };

  const visitElement = (node: PageNode) => {
    const name = node.name;
    const katal = name.startsWith('kat-');
    if (name !== 'a' && !katal && !node.attributed) return;
    const element = elementOf(node);
    const testId = node.attributed ? element.getAttribute('data-test-id') : null;
    if (name !== 'a' && !katal && testId === null) return;
    if (testId) {
      const key = TEST_ID_FIELDS[testId];
      const text = key ? node.text(MAX_VALUE_TEXT) : null;
      if (key && text) addFact(key, text, node, 2);
    }
    if (name === 'a') {
      const href = node.attributed ? element.getAttribute('href') : null;
      if (href?.includes(SWISHIP)) {
        const id = /[?&]id=([^&#]+)/.exec(href)?.[1];
        if (id) addFact('trackingNumber', safeDecode(id), node, 2);
      }
    } else if (katal) {
      const label = node.attributed ? attributeText(element) : null;
      if (!label) return;
      // The label is normalized once, for every question asked of it.
      const collapsed = collapse(label);
      const normalized = normalizedOf(collapsed);
      const match = startsNoWord(label) ? undefined : matchNormalizedLabel(normalized);
      const value = element.getAttribute('value');
      if (match && value !== null) {
        // <kat-input label="Order ID" value="..." readonly>
        vote(match);
        addFact(match.key, collapse(value), node, 2);
      } else if (match && (node.text(MAX_LABEL_TEXT) ?? '') === collapsed) {
        readPair(node, match);
      } else if (!match) {
        const heading = matchNormalizedHeading(normalized);
        if (heading) headings.push({ kind: heading, pos });
        else if (isNormalizedCreateReturnAction(normalized)) createReturnAction = true;
      }
    }
  };

  for (const node of nodes) {
    pos = node.pos;
    if (node.kind === NODE.TEXT) visitText(node);
    else visitElement(node);
  }

  // A "Label: value" line counts as page layout only when its block holds several such lines
  // (the old "#shipment-tables" cell: "Carrier: X<br>Tracking ID: Y"). A lone line may be a
  // customer's sentence ("Numéro de suivi : X"): it is dropped.
  const linesPerBlock = new Map<PageNode, number>();
  for (const run of runs) linesPerBlock.set(run.parent, (linesPerBlock.get(run.parent) ?? 0) + 1);
  for (const run of runs) if ((linesPerBlock.get(run.parent) ?? 0) < 2) run.fact.value = '';

  return {
    facts: facts.filter((f) => f.value.length > 0 && !insideOpaque(f.node, opaque)),
    headings,
    opaque,
    createReturnAction,
    languageVotes,
    nodes,
  };
}

/** "ASIN : B08XYZ1234": a line that starts with a known label and a colon. */
export function isLabelLine(text: string): boolean {
  let colon = text.indexOf(':');
  if (colon < 0) colon = text.indexOf('：');
  return colon > 0 && colon <= 50 && matchLabel(text.slice(0, colon)) !== undefined;
}

const INLINE_IN_LINE = INLINE_ELEMENTS;

/**
 * The first line of a cell (lines end at `<br>` and at block elements) that is neither empty,
 * nor a label, nor a "Label : value" line. Null when there is none within the first lines.
 */
export function titleLine(cell: Element): string | null {
  let current = '';
  let found: string | null = null;
  let budget = 200;
  const flush = (): boolean => {
    const line = collapse(current);
    current = '';
    if (line.length === 0 || line.length > MAX_VALUE_TEXT) return false;
    if (matchLabel(line) || isLabelLine(line)) return false;
    found = line;
    return true;
  };
  /** True once the title is found or the budget is spent. */
  const visit = (node: Node): boolean => {
    if (--budget < 0) return true;
    if (node.nodeType === NODE.TEXT) {
      current += (node as Text).data;
      return false;
    }
    if (node.nodeType !== NODE.ELEMENT) return false;
    const element = node as Element;
    const name = element.localName;
    if (SKIPPED.has(name)) return false;
    const inline = INLINE_IN_LINE.has(name);
    if (!inline && flush()) return true;
    if (shadowOf(element) || (name.startsWith('kat-') && !element.firstChild)) {
      current += ` ${composedText(element, MAX_VALUE_TEXT) ?? ''} `;
    } else {
      for (let child = element.firstChild; child; child = child.nextSibling) if (visit(child)) return true;
    }
    return !inline && flush();
  };
  for (let child = cell.firstChild; child; child = child.nextSibling) if (visit(child)) return found;
  if (budget >= 0) flush();
  return found;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function insideOpaque(node: Node, opaque: ReadonlySet<Node>): boolean {
  if (opaque.size === 0) return false;
  for (let current: Node | null = node; current; current = parentOrHost(current)) {
    if (opaque.has(current)) return true;
  }
  return false;
}
