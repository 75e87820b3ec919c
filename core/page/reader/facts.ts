import { elementAtPath } from '../../teach/nearest-label';
import type { FieldKey, LabelLanguage, StatusKey } from '../labels';
import { countedSku } from '../shapes';
import { normalizeCollapsed } from '../text';
import {
  introducesOrderId,
  isNormalizedCreateReturnAction,
  isNormalizedPrivateBlock,
  type LabelMatch,
  matchNormalizedHeading,
  matchNormalizedLabel,
  matchUnfulfillableReason,
  matchWholeStatus,
  mayBeWord,
  startsNoWord,
} from '../vocabulary';
import {
  ancestor,
  hasElementSiblings,
  isCell,
  isHeading,
  isRow,
  isTable,
  itemRowOf,
  nextShownSibling,
  ownDescendants,
  pairContainerOf,
} from './structure';
import { isBlank, type Line, TreeText } from './tree-text';
import { ELEMENT, TEXT, type VisibleTree, type VNode } from './visible-tree';

// Stage 2 of the reader: candidate facts, each a field, a raw value, and its strength.
// - Structure (2): dt/dd, th/td, a header row over data rows, a label element and the element
//   beside it, Katal label attributes, data-test-id hooks, Swiship links.
// - Prose (1): "Label : value" at the start of a line or of a " · ", " | ", "; " segment, and an
//   order id introduced by an order word ("Commande n° 402-…").
// Nothing at all is read inside private blocks (an address, a buyer's block, a customer message
// or note, known by their headings in five languages, and <address>): what a customer typed is
// not the page's layout, even when each of its lines is an element.

export interface RawFact {
  key: FieldKey;
  value: string;
  /**
   * 2: structural pair; 1: a line of prose. A label the seller taught gives 4 when it was taught
   * to correct a wrong reading (it wins), else 0.5 (used only when nothing else gives the field).
   */
  strength: number;
  /** Document order of the label (of the value for table cells read by column). */
  pos: number;
  /** The node holding the value. */
  node: VNode;
  /** The row, list item or block holding an item's facts; null: items follow one another. */
  group: VNode | null;
}

export interface Heading {
  kind: 'shipment' | 'package';
  pos: number;
}

export interface PageFacts {
  facts: RawFact[];
  headings: Heading[];
  createReturnAction: boolean;
  languageVotes: Map<LabelLanguage, number>;
  /** Subtrees of personal or customer-written text: no fact and no order id comes from them. */
  privateRoots: VNode[];
  /** Whether the node at a position lies in a private subtree (one flag per position). */
  isPrivate: (node: VNode) => boolean;
  /** R7: notices saying why an order cannot ship, with the line that says it. */
  notices: { reason: 'damaged-unit' | 'dangerous-goods'; node: VNode }[];
  text: TreeText;
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

const MAX_LABEL = 80;
const MAX_VALUE = 300;
/** Swiship tracking links, on every Swiship domain (swiship.com, .co.uk, .de, .fr, .es, .it, ...). */
const SWISHIP = /^(?:https?:)?\/\/(?:www\.)?swiship\.[a-z]{2,3}(?:\.[a-z]{2})?\/track\b/i;
/**
 * What separates "Label : value" pairs printed on one line. An em dash between spaces does too
 * ("SKU : A-1 — Quantité : 3"); an en dash does not: it joins the two days of a range ("3 – 5 déc.").
 */
const SEGMENT = / · | \| | • |; | — /;
const AMAZON_ID = /[A-Z0-9]{3}-\d{7}-\d{7}/g;
const LIST_SEPARATOR = /\s*[,;]\s*|\s+\/\s+/;
const ONE_WORD = /^[A-Za-z0-9-]{6,40}$/;
const MAX_LISTED = 20;
const BRACKETED_PAIR = /\(([^():：]{1,50})[:：]([^()]{1,80})\)/g;

/** A label or a path the seller taught (core/teach), for the reader's field `key`. */
export interface TaughtPlace {
  key: FieldKey;
  /** Normalized label. */
  label?: string;
  /** `#id>…` or `[data-test-id="…"]>…` (see core/teach/nearest-label.ts). */
  path?: string;
  /** Taught to correct a wrong reading: wins over what the built-in labels give. */
  override: boolean;
}

type Match = LabelMatch & { strength?: number };

export function collectFacts(tree: VisibleTree, taught: readonly TaughtPlace[] = []): PageFacts {
  const nodes = tree.nodes;
  const text = new TreeText(tree);
  const facts: RawFact[] = [];
  const headings: Heading[] = [];
  const languageVotes = new Map<LabelLanguage, number>();
  const privateRoots: VNode[] = [];
  const judgedRows = new Map<VNode, boolean>();
  let createReturnAction = false;
  const normalizedTexts = new Map<string, string>();

  const normalized = (collapsed: string): string => {
    let value = normalizedTexts.get(collapsed);
    if (value === undefined) {
      value = normalizeCollapsed(collapsed);
      normalizedTexts.set(collapsed, value);
    }
    return value;
  };
  const taughtLabels = new Map<string, Match>();
  for (const place of taught)
    if (place.label && !(taughtLabels.get(place.label)?.strength === 4))
      taughtLabels.set(place.label, { key: place.key, languages: [], strength: place.override ? 4 : 0.5 });
  const labelOf = (collapsed: string | null): Match | undefined => {
    if (!collapsed) return undefined;
    if (taughtLabels.size > 0 && collapsed.length <= MAX_LABEL) {
      const learned = taughtLabels.get(normalized(collapsed));
      // Built-in labels first; a label taught to correct a wrong reading wins.
      if (learned?.strength === 4) return learned;
      const builtIn =
        mayBeWord(collapsed) && !startsNoWord(collapsed) ? builtInLabel(normalized(collapsed)) : undefined;
      return builtIn ?? learned;
    }
    if (!mayBeWord(collapsed) || startsNoWord(collapsed)) return undefined;
    return builtInLabel(normalized(collapsed));
  };
  const vote = (match: LabelMatch) => {
    for (const language of match.languages)
      languageVotes.set(language, (languageVotes.get(language) ?? 0) + 1);
  };
  const add: AddFact = (key, value, strength, pos, node, group) => {
    if (value.length > 0) facts.push({ key, value, strength, pos, node, group });
  };

  /** The value a node shows: its first line (a value element may hold more lines below it). */
  const shownValue = (node: VNode | null): string | null => {
    if (!node) return null;
    const whole = text.of(node, MAX_VALUE);
    if (whole === null || whole.length === 0) return null;
    const lines = node.kind === ELEMENT ? linesWithin(text.lines(), node) : [];
    const value = lines.length > 1 ? (lines[0] as Line).text : whole;
    return labelOf(value) ? null : value;
  };

  /** A header row names two fields or more: the rows under it are read by column. */
  const readColumns = (row: VNode): boolean => {
    const known = judgedRows.get(row);
    if (known !== undefined) return known;
    const cells = ownDescendants(nodes, row, isCell, isRow);
    const keys = cells.map((cell) => labelOf(text.of(cell, MAX_LABEL))?.key ?? null);
    // Two labelled cells, or a row of header cells only (<th>, columnheader) with one. A row
    // that mixes header cells and data cells ("<th>Statut</th><td>Expédiée</td><th>…") is a
    // row of label/value pairs, not a header.
    const labelled = keys.filter((k) => k !== null).length;
    const isHeaderCell = (c: VNode) => c.name === 'th' || c.role === 'columnheader';
    const headerCells = cells.filter(isHeaderCell).length;
    const pairs =
      headerCells > 0 &&
      headerCells < cells.length &&
      keys.every((k, i) => !k || isHeaderCell(cells[i] as VNode));
    const isHeader =
      !pairs && (labelled >= 2 || (labelled >= 1 && cells.length >= 2 && headerCells === cells.length));
    judgedRows.set(row, isHeader);
    if (!isHeader) return false;
    // Columns by position, spans counted ("<th colspan=2>Produit</th>" covers two cells below).
    const keyAt = new Map<number, FieldKey>();
    const starts = columnsOf(cells);
    starts.forEach((column, i) => {
      const key = keys[i];
      const span = spanOf(cells[i] as VNode);
      if (key) for (let c = column; c < column + span; c++) keyAt.set(c, key);
    });
    const table = ancestor(row, isTable, 64);
    const rows = table
      ? ownDescendants(nodes, table, isRow, isTable)
      : (row.parent?.children ?? []).filter(isRow);
    for (const dataRow of rows.slice(rows.indexOf(row) + 1)) {
      judgedRows.set(dataRow, false);
      const dataCells = ownDescendants(nodes, dataRow, isCell, isRow);
      // A header spanning cells (an image, then the title) gives its field the first that shows one.
      const filled = new Set<FieldKey>();
      columnsOf(dataCells).forEach((column, i) => {
        const key = keyAt.get(column);
        const cell = dataCells[i] as VNode;
        if (!key || filled.has(key)) return;
        const value = key === 'productName' ? titleOf(cell) : shownValue(cell);
        if (!value) return;
        filled.add(key);
        add(key, value, 2, cell.pos, cell, dataRow);
      });
    }
    return true;
  };

  /** A product cell also holds "ASIN : …" lines: its title is its first line that is not one. */
  const titleOf = (cell: VNode): string | null => {
    for (const line of linesWithin(text.lines(), cell)) {
      if (labelOf(line.text) || labelLine(line.text)) continue;
      return line.text.length <= MAX_VALUE ? line.text : null;
    }
    return null;
  };
  const labelLine = (line: string): LabelMatch | undefined => {
    const colon = colonOf(line);
    return colon > 0 && colon <= 50 ? labelOf(line.slice(0, colon).trim()) : undefined;
  };

  const readPair = (anchor: VNode, match: Match) => {
    vote(match);
    let valueNode: VNode | null = null;
    if (anchor.name === 'dt') {
      let dd = anchor.nextElementSibling();
      while (dd && dd.name !== 'dd' && dd.name !== 'dt') dd = dd.nextElementSibling();
      valueNode = dd?.name === 'dd' ? dd : null;
    } else if (isCell(anchor)) {
      const row = ancestor(anchor, isRow, 3);
      if (row && readColumns(row)) return;
      let cell = anchor.nextElementSibling();
      while (cell && !isCell(cell)) cell = cell.nextElementSibling();
      valueNode = cell;
    } else {
      valueNode = nextShownSibling(anchor, isBlank);
    }
    if (match.key === 'comments') {
      markPrivate(anchor);
      return;
    }
    const value = shownValue(valueNode);
    if (valueNode && value) {
      const group = pairContainerOf(valueNode);
      const counted = match.key === 'productName' ? countedList(value) : null;
      if (counted) addCounted(add, counted, match.strength ?? 2, anchor.pos, valueNode);
      else {
        const values = match.key === 'trackingNumber' ? listedValues(valueNode, value) : [value];
        for (const one of values) add(match.key, one, match.strength ?? 2, anchor.pos, valueNode, group);
      }
    }
  };

  /**
   * A value listing several tracking numbers (one a line, or "A, B"): one fact each. Only when
   * every part is one word: a sentence split at its commas is not a list.
   */
  const listedValues = (node: VNode, first: string): string[] => {
    const lines = node.kind === ELEMENT ? linesWithin(text.lines(), node).map((l) => l.text) : [first];
    const parts = (lines.length > 0 ? lines : [first]).flatMap((line) => line.split(LIST_SEPARATOR));
    if (parts.length < 2 || parts.length > MAX_LISTED || !parts.every((p) => ONE_WORD.test(p)))
      return [first];
    return parts;
  };

  /**
   * The block after a private heading or label: its following siblings, up to the next heading
   * or label. Nothing inside is read: what a buyer typed or an address holds is not the page's
   * layout, even when it is laid out in elements.
   */
  const markPrivate = (anchor: VNode) => {
    const siblings = anchor.parent?.children ?? [];
    for (let i = anchor.index + 1; i < siblings.length; i++) {
      const sibling = siblings[i] as VNode;
      if (sibling.kind === ELEMENT) {
        if (isHeading(sibling)) break;
        const own = text.of(sibling, MAX_LABEL);
        if (own && (labelOf(own) || isNormalizedPrivateBlock(normalized(own)))) break;
      }
      privateRoots.push(sibling);
    }
  };

  /** Climbs from a label's text to the largest element whose whole text is that label. */
  const anchorOf = (textNode: VNode, label: string): VNode => {
    let anchor = textNode;
    for (let element = textNode.parent; element && element !== tree.root; element = element.parent) {
      // Stop below a parent that also holds the (maybe empty) value: a grid row, a dl.
      if (anchor !== textNode && hasElementSiblings(anchor)) break;
      if (text.of(element, MAX_LABEL) !== label) break;
      anchor = element;
    }
    return anchor;
  };

  // An <address> is personal text, whatever heads it.
  for (const node of nodes) if (node.name === 'address') privateRoots.push(node);

  // Labels: a text that is a whole label, with its value beside it.
  for (const node of nodes) {
    if (node.kind !== TEXT || node.data.length > MAX_LABEL * 4 || isBlank(node.data)) continue;
    const own = text.of(node, MAX_LABEL);
    if (!own || (taughtLabels.size === 0 && (!mayBeWord(own) || startsNoWord(own)))) continue;
    const form = normalized(own);
    const match = labelOf(own);
    // A Katal component holding its label and its value in attributes.
    const host = node.node.nodeType === ELEMENT ? (node.node as Element) : null;
    if (match && host?.hasAttribute('value')) {
      vote(match);
      add(match.key, host.getAttribute('value')?.trim() ?? '', 2, node.pos, node, pairContainerOf(node));
    } else if (match) readPair(anchorOf(node, own), match);
    else if (isNormalizedPrivateBlock(form)) markPrivate(anchorOf(node, own));
    else if (isNormalizedCreateReturnAction(form)) createReturnAction = true;
    else if (own.length <= MAX_STATUS_LABEL) {
      // A header cell or term "Shipped" / "Delivered" beside a date labels that date (a status
      // value sits in a data cell, never in a <th> or <dt>). Candidates keep it only if a date.
      const anchor = anchorOf(node, own);
      const key = anchor.name === 'th' || anchor.name === 'dt' ? statusDateKey(own) : undefined;
      if (key) readPair(anchor, { key, languages: [] });
    }
  }

  readHooks(nodes, text, add);

  // Places taught by path: the element there, when it is shown.
  for (const place of taught) {
    if (!place.path) continue;
    const element = elementAtPath(tree.root.node.ownerDocument ?? (tree.root.node as Document), place.path);
    const node = element ? nodes.find((n) => n.node === element) : undefined;
    const value = node ? shownValue(node) : null;
    if (node && value) add(place.key, value, place.override ? 4 : 0.5, node.pos, node, null);
  }

  // One flag per position, set once every private block is known: a page of many private rows
  // must not cost a scan of every block for every line.
  const privateFlags = new Uint8Array(nodes.length);
  for (const root of privateRoots) privateFlags.fill(1, root.pos, root.end + 1);
  const isPrivate = (node: VNode) => privateFlags[node.pos] === 1;

  const notices = readProse(text, isPrivate, labelOf, vote, normalized, add, headings);

  return {
    facts: facts.filter((f) => !isPrivate(f.node)).sort((a, b) => a.pos - b.pos),
    headings,
    createReturnAction,
    languageVotes,
    privateRoots,
    isPrivate,
    notices,
    text,
  };
}

/** Adds one candidate fact (see RawFact). */
type AddFact = (
  key: FieldKey,
  value: string,
  strength: number,
  pos: number,
  node: VNode,
  group: VNode | null,
) => void;

/**
 * Hooks: data-test-id values, Swiship tracking links, and status badges (an element of a heading,
 * or a live status region, whose whole text is a status word).
 */
function readHooks(nodes: readonly VNode[], text: TreeText, add: AddFact): void {
  for (const node of nodes) {
    if (node.kind !== ELEMENT) continue;
    if (node.role === 'status' || isHeading(node)) {
      for (let p = node.pos + 1; p <= node.end; p++) {
        const badge = nodes[p] as VNode;
        if (badge.kind !== ELEMENT || badge.children.length === 0) continue;
        const shown = text.of(badge, 40);
        if (shown && matchWholeStatus(shown)) {
          add('status', shown, 1, badge.pos, badge, null);
          break;
        }
      }
    }
    const testId = node.attribute('data-test-id');
    const key = testId ? TEST_ID_FIELDS[testId] : undefined;
    if (key) {
      const value = text.of(node, MAX_VALUE);
      if (value) add(key, value, 2, node.pos, node, null);
    }
    if (node.name === 'a') {
      const href = node.attribute('href');
      if (href && SWISHIP.test(href)) {
        const id = /[?&]id=([^&#]+)/.exec(href)?.[1];
        if (id) add('trackingNumber', safeDecode(id), 2, node.pos, node, null);
      }
    }
  }
}

/**
 * Prose: "Label : value" at the start of a line or of a segment, order ids after an order word,
 * section headings, and notices saying why an order cannot ship. Private lines are skipped.
 */
function readProse(
  text: TreeText,
  isPrivate: (node: VNode) => boolean,
  labelOf: (collapsed: string | null) => Match | undefined,
  vote: (match: LabelMatch) => void,
  normalized: (collapsed: string) => string,
  add: AddFact,
  headings: Heading[],
): PageFacts['notices'] {
  const notices: PageFacts['notices'] = [];
  for (const line of text.lines()) {
    if (isPrivate(line.first)) continue;
    const reason = matchUnfulfillableReason(line.text);
    if (reason) notices.push({ reason, node: line.first });
    const form = line.text.length <= 60 ? normalized(line.text) : '';
    const heading = form ? matchNormalizedHeading(form) : undefined;
    if (heading) {
      headings.push({ kind: heading, pos: line.first.pos });
      continue;
    }
    const group = itemRowOf(line.first) ?? line.owner;
    for (const segment of line.text.split(SEGMENT)) {
      const colon = colonOf(segment);
      if (colon <= 0 || colon > 50) continue;
      const label = segment.slice(0, colon).trim();
      const value = segment.slice(colon + 1).trim();
      // "Shipped: 3 Dec 2024": a status word labels its date (kept by candidates only if one).
      const dated = label.length <= MAX_STATUS_LABEL ? statusDateKey(label) : undefined;
      const match = labelOf(label) ?? (dated ? { key: dated, languages: [] } : undefined);
      if (!match || value.length === 0 || match.key === 'comments') continue;
      vote(match);
      const counted = match.key === 'productName' ? countedList(value) : null;
      if (counted) addCounted(add, counted, match.strength ?? 1, line.first.pos, line.first);
      else add(match.key, value, match.strength ?? 1, line.first.pos, line.first, group);
    }
    // "Vaso blu (SKU: VASO-BLU-30)": a pair in brackets after a title.
    if (line.text.includes('(')) {
      for (const found of line.text.matchAll(BRACKETED_PAIR)) {
        const match = labelOf((found[1] as string).trim());
        const value = (found[2] as string).trim();
        if (!match || value.length === 0 || match.key === 'comments') continue;
        vote(match);
        add(match.key, value, match.strength ?? 1, line.first.pos, line.first, group);
      }
    }
    for (const found of line.text.matchAll(AMAZON_ID)) {
      if (introducesOrderId(line.text.slice(0, found.index)))
        add('orderId', found[0], 1, line.first.pos, line.first, null);
    }
  }
  return notices;
}

/**
 * "Articles : 2 × TELO-MARE-XL, 1 × CIABATTE-42": items as counted codes under an items label,
 * or null when any part is not one (a product title is not a SKU).
 */
function countedList(value: string): { sku: string; count: number }[] | null {
  const parts = value.split(/\s*[,;]\s*/);
  if (parts.length > MAX_LISTED) return null;
  const items: { sku: string; count: number }[] = [];
  for (const part of parts) {
    const item = countedSku(part, true);
    if (!item) return null;
    items.push(item);
  }
  return items;
}

/** Counted items as SKU and quantity facts, one after the other (each SKU opens its item). */
function addCounted(
  add: AddFact,
  items: readonly { sku: string; count: number }[],
  strength: number,
  pos: number,
  node: VNode,
): void {
  for (const item of items) {
    add('sku', item.sku, strength, pos, node, null);
    add('quantity', String(item.count), strength, pos, node, null);
  }
}

/** The date a status word labels when it stands as a label: shipped → ship date, delivered → delivered date. */
const STATUS_DATES: Partial<Record<StatusKey, FieldKey>> = {
  shipped: 'shippingDate',
  delivered: 'deliveredDate',
};
const MAX_STATUS_LABEL = 24;
const statusDateKey = (label: string): FieldKey | undefined => {
  const status = matchWholeStatus(label);
  return status ? STATUS_DATES[status] : undefined;
};

function builtInLabel(form: string): LabelMatch | undefined {
  return matchNormalizedLabel(form) ?? (form.includes('(') ? matchParenthesized(form) : undefined);
}

/** "Référence vendeur (SKU)", "Lieferdatum (voraussichtlich)": the words around or inside the brackets. */
function matchParenthesized(form: string): LabelMatch | undefined {
  const inner = /\(([^()]{1,40})\)/.exec(form)?.[1]?.trim();
  const outer = form.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
  return (
    (outer ? matchNormalizedLabel(outer) : undefined) ?? (inner ? matchNormalizedLabel(inner) : undefined)
  );
}

function spanOf(cell: VNode): number {
  const span = Number(cell.attribute('colspan') ?? cell.attribute('aria-colspan') ?? 1);
  return Number.isInteger(span) && span > 0 && span < 100 ? span : 1;
}

/** The column each cell starts at, spans counted. */
function columnsOf(cells: readonly VNode[]): number[] {
  let column = 0;
  return cells.map((cell) => {
    const start = column;
    column += spanOf(cell);
    return start;
  });
}

function colonOf(text: string): number {
  const colon = text.indexOf(':');
  return colon >= 0 ? colon : text.indexOf('：');
}

/** The lines whose first text lies inside `node` (lines are in document order). */
function linesWithin(lines: readonly Line[], node: VNode): Line[] {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((lines[mid] as Line).first.pos < node.pos) low = mid + 1;
    else high = mid;
  }
  const found: Line[] = [];
  for (let i = low; i < lines.length && (lines[i] as Line).first.pos <= node.end; i++)
    found.push(lines[i] as Line);
  return found;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
