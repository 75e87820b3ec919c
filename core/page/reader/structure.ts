import { ELEMENT, TEXT, type VNode } from './visible-tree';

// What a node is in the page's structure: cells, rows, tables (HTML, Katal and ARIA alike).

const CELL_TAGS = new Set(['td', 'th', 'kat-table-cell']);
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
const ROW_TAGS = new Set(['tr', 'kat-table-row']);
const TABLE_TAGS = new Set(['table', 'kat-table']);
const TABLE_ROLES = new Set(['table', 'grid', 'treegrid']);
const ITEM_TAGS = new Set(['li', 'tr', 'kat-table-row']);
const ITEM_ROLES = new Set(['row', 'listitem']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export const isCell = (n: VNode): boolean =>
  n.kind === ELEMENT && (CELL_TAGS.has(n.name) || CELL_ROLES.has(n.role));
/** A header cell: `<th>`, an ARIA column or row header, a cell of a Katal table's head. */
export const isHeaderCell = (n: VNode): boolean =>
  n.kind === ELEMENT &&
  (n.name === 'th' ||
    n.role === 'columnheader' ||
    n.role === 'rowheader' ||
    (n.name === 'kat-table-cell' && ancestor(n, (a) => a.name === 'kat-table-head', 3) !== null));
export const isRow = (n: VNode): boolean => n.kind === ELEMENT && (ROW_TAGS.has(n.name) || n.role === 'row');
export const isTable = (n: VNode): boolean =>
  n.kind === ELEMENT && (TABLE_TAGS.has(n.name) || TABLE_ROLES.has(n.role));
/** A list: <ol>, <ul>, role=list. */
export const isList = (n: VNode): boolean =>
  n.kind === ELEMENT && (n.name === 'ol' || n.name === 'ul' || n.role === 'list');
export const isHeading = (n: VNode): boolean =>
  n.kind === ELEMENT && (HEADING_TAGS.has(n.name) || n.role === 'heading');

/** The nearest ancestor (within `depth` levels) that passes `test`. */
export function ancestor(node: VNode, test: (n: VNode) => boolean, depth = 12): VNode | null {
  let current = node.parent;
  for (let i = 0; current && i < depth; i++, current = current.parent) if (test(current)) return current;
  return null;
}

/** A table row or a list item: one item of an order each. */
export const isItemRow = (n: VNode): boolean => ITEM_TAGS.has(n.name) || ITEM_ROLES.has(n.role);

/** The row or list item holding a node: the facts of one item of an order share it. */
export const itemRowOf = (node: VNode): VNode | null => ancestor(node, isItemRow);

const LIST_TAGS = new Set(['dl', 'ul', 'ol']);
/**
 * The table, list or description list holding a label and its value: the item facts it holds
 * are read together (a field seen twice there starts the next item).
 */
export const pairContainerOf = (node: VNode): VNode | null =>
  ancestor(node, (n) => isTable(n) || LIST_TAGS.has(n.name) || n.role === 'list');

/** Descendants of `container` that pass `test` and whose nearest `owner` ancestor is `container`. */
export function ownDescendants(
  nodes: readonly VNode[],
  container: VNode,
  test: (n: VNode) => boolean,
  owner: (n: VNode) => boolean,
): VNode[] {
  const found: VNode[] = [];
  for (let p = container.pos + 1; p <= container.end; p++) {
    const node = nodes[p] as VNode;
    if (node.kind !== ELEMENT || !test(node)) continue;
    if (ancestor(node, owner, 64) === container) found.push(node);
  }
  return found;
}

/** The next sibling that shows something (text or an element), skipping blank text. */
export function nextShownSibling(node: VNode, isBlank: (data: string) => boolean): VNode | null {
  const siblings = node.parent?.children;
  if (!siblings) return null;
  for (let i = node.index + 1; i < siblings.length; i++) {
    const sibling = siblings[i] as VNode;
    if (sibling.kind === TEXT ? !isBlank(sibling.data) : sibling.name !== 'br' && sibling.name !== 'img')
      return sibling;
  }
  return null;
}

/** Whether the node's parent holds other shown elements besides it. */
export function hasElementSiblings(node: VNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  for (const sibling of parent.children)
    if (sibling !== node && sibling.kind === ELEMENT && !isDecoration(sibling)) return true;
  return false;
}

/** A break, an image, or an icon with nothing to read (an info icon's tooltip is help): no value's place. */
const isDecoration = (node: VNode): boolean =>
  node.name === 'br' ||
  node.name === 'img' ||
  ((node.name === 'i' || node.name === 'svg') && node.children.length === 0);

/** A stepper's marked step (`aria-current="step"`, `"true"`, …): where the parcel or order is now. */
export const isCurrentStep = (node: VNode): boolean => CURRENT_STEP.has(node.attribute('aria-current') ?? '');
const CURRENT_STEP: ReadonlySet<string> = new Set(['step', 'true', 'location', 'page']);
