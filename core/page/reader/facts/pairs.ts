import { machineDateText } from '../../../dates/date-time';
import { DATE_FIELD_KEYS, type FieldKey } from '../../labels';
import { normalizeLabel } from '../../text';
import { isRelativeDay, matchNormalizedHeading, matchReturnStatus } from '../../vocabulary';
import {
  ancestor,
  hasElementSiblings,
  isCell,
  isHeading,
  isRow,
  isTable,
  nextShownSibling,
  ownDescendants,
  pairContainerOf,
} from '../structure';
import { isBlank } from '../tree-text';
import { ELEMENT, TEXT, type VNode } from '../visible-tree';
import { readColumns, shipmentColumns } from './columns';
import type { FactContext } from './context';
import { readDivRows } from './div-rows';
import { readFlatGrid } from './flat-grid';
import { MAX_LABEL, type Match } from './labels';
import { parallelValue } from './parallel-stacks';
import { markPrivate, startsWithLabel } from './private-blocks';
import { cellBeforeTaught, pastIcons, taughtColumnValues } from './taught';
import { addCounted, countedList, listedReturnItems, listedValues, shownValue, textParts } from './values';

// A label with its value beside it: dt/dd, a cell and the next cell (or its column, under a
// header row), an element and its next shown sibling.

export function readPair(ctx: FactContext, anchor: VNode, match: Match): void {
  ctx.vote(match);
  let valueNode: VNode | null = null;
  if (anchor.name === 'dt') {
    let dd = anchor.nextElementSibling();
    while (dd && dd.name !== 'dd' && dd.name !== 'dt') dd = dd.nextElementSibling();
    valueNode = dd?.name === 'dd' ? dd : null;
  } else if (isCell(anchor)) {
    const row = ancestor(anchor, isRow, 3);
    if (row && readColumns(ctx, row)) return;
    const sideways = row && match.key !== 'comments' ? shipmentColumns(ctx, row) : null;
    if (sideways) {
      for (const { cell, scopePos } of sideways) {
        const value = shownValue(ctx, cell);
        if (value) ctx.add(match.key, value, match.strength ?? 2, anchor.pos, cell, null, { scopePos });
      }
      return;
    }
    // Spacer cells between a label and its value (layout tables) are passed; a label further on
    // is no value: this label's cell was empty.
    let cell = anchor.nextElementSibling();
    while (cell && (!isCell(cell) || !ctx.text.of(cell, MAX_LABEL))) cell = cell.nextElementSibling();
    valueNode = cell && !ctx.labels.labelOf(ctx.text.of(cell, MAX_LABEL) ?? '') ? cell : null;
    const before = cellBeforeTaught(anchor, match);
    const dated = before ? shownValue(ctx, before) : null;
    if (before && dated) ctx.add(match.key, dated, match.strength ?? 0.5, anchor.pos, before, null);
  } else {
    // A taught heading over its column in a grid drawn without rows: the value in its column.
    const column = match.taught ? taughtColumnValues(anchor) : null;
    if (column) {
      for (const cell of column) {
        const value = shownValue(ctx, cell);
        if (value) ctx.add(match.key, value, match.strength ?? 0.5, cell.pos, cell, null);
      }
      return;
    }
    if (readFlatGrid(ctx, anchor) || readDivRows(ctx, anchor)) return;
    // A stack of labels beside a stack of values: the value at the label's place, if any.
    const parallel = parallelValue(ctx, anchor);
    if (parallel) valueNode = parallel.box;
    else {
      valueNode = nextShownSibling(anchor, isBlank) ?? valueAbove(ctx, anchor);
      // After a taught label, an info icon before the value is passed.
      if (match.taught) valueNode = pastIcons(ctx, valueNode);
      // A heading over rows of their own ("<h2>Items</h2><div><span>SKU</span>…"): no value.
      if (valueNode && startsWithLabel(ctx, valueNode)) valueNode = null;
    }
  }
  if (match.key === 'comments') {
    markPrivate(ctx, anchor, false);
    return;
  }
  const value = shownValue(ctx, valueNode);
  if (!valueNode || !value) return;
  const group = pairGroupOf(ctx, anchor, valueNode);
  // "Articoli: SKU – 1 su 4" in a return's block (its RMA read just before in the same list, or
  // beside it in the same box of pairs):
  // the items that come back, not the order's.
  const inReturn = ctx.facts.some(
    (f) => f.key === 'rmaId' && ((group !== null && f.group === group) || f.node.parent === valueNode.parent),
  );
  const counted = match.key === 'productName' ? countedList(value, inReturn) : null;
  if (counted && inReturn)
    for (const { sku, count } of counted)
      ctx.add('returnItem', `${sku} × ${count}`, match.strength ?? 2, anchor.pos, valueNode, group);
  else if (counted) addCounted(ctx.add, counted, match.strength ?? 2, anchor.pos, valueNode);
  else {
    const values =
      match.key === 'trackingNumber'
        ? listedValues(ctx, valueNode, value)
        : match.key === 'returnItem'
          ? listedReturnItems(ctx, valueNode, value)
          : [value];
    for (const one of values) ctx.add(match.key, one, match.strength ?? 2, anchor.pos, valueNode, group);
    if (match.key === 'rmaId') readStatusChip(ctx, valueNode, anchor.pos, group);
    // "Yesterday<small>Mon, Dec 9, 2024</small>": a relative day with the date in small print.
    // Each part is a fallback, used only when the whole value is no date (candidates).
    if (DATE_FIELD_KEYS.has(match.key))
      for (const part of [...textParts(ctx, valueNode), ...dateBeside(ctx, valueNode, value, match.key)])
        if (part !== value)
          ctx.add(match.key, part, match.strength ?? 2, anchor.pos, valueNode, group, { fallback: true });
  }
}

/**
 * The facts a pair's value is read with: those of its table, list or description list (a field
 * seen twice there starts the next item); but a pair inside one cell of a table row ("SKU: X"
 * under a "More information" column) is that row's, as the row's other cells are.
 */
function pairGroupOf(ctx: FactContext, anchor: VNode, valueNode: VNode): VNode | null {
  const cell = ancestor(valueNode, isCell, 8);
  if (cell && ancestor(anchor, isCell, 8) === cell) {
    const row = ancestor(cell, isRow, 3);
    if (row && row.children.filter(isCell).length >= 2 && underHeaderRow(ctx, row)) return row;
  }
  return pairContainerOf(valueNode);
}

/**
 * A data table's row: its table has a header row above it. A layout table's cells ("Articles"
 * beside "Retour", each a block of pairs) are blocks of their own, not one item's row.
 */
function underHeaderRow(ctx: FactContext, row: VNode): boolean {
  const table = ancestor(row, isTable, 64);
  if (!table) return false;
  const rows = ownDescendants(ctx.tree.nodes, table, isRow, isTable);
  const first = rows[0];
  if (!first || first === row) return false;
  // A row of <th>s, or one read as a header by its labels ("<td><b>Produktname</b></td>…").
  if (ctx.judgedRows.get(first) === true) return true;
  const cells = ownDescendants(ctx.tree.nodes, first, isCell, isRow);
  return cells.length >= 2 && cells.every((c) => c.name === 'th' || c.role === 'columnheader');
}

/**
 * Where a relative day ("Ieri", "Yesterday") keeps its date: a <time>'s `datetime`, the value's
 * own tooltip (`title`), or a short text right after it ("<span>Yesterday</span><span>11/10/2025</span>");
 * any value a <time> holds whole, its `datetime` and `title`.
 */
function dateBeside(ctx: FactContext, node: VNode, value: string, key: FieldKey): string[] {
  if (node.kind !== ELEMENT) return [];
  // Only for a relative day: beside a placeholder ("—", "Not yet shipped") a date is someone else's.
  // "<span title="vendredi 6 décembre 2024">Aujourd’hui</span>, avant 20:00": the day's own element.
  if (!isRelativeDay(value)) {
    // A <time> holding a span of days as the whole value ("vor 3 Tagen", "Montag (in 3 Tagen)"):
    // its machine date is the page's own statement of that day. A span still to come dates only
    // an estimate: a shipment or a delivery three days ahead has not happened ("Not yet
    // delivered" or "—" in a <time> holding the promised day are no dates at all).
    const whole = node.name === 'time' ? node : onlyElementInside(ctx, node, 'time');
    const span = normalizeLabel(value);
    const dated = DAYS_SPAN.test(span) && (key === 'estimatedArrivalDate' || PAST_SPAN.test(span));
    if (whole && dated && ctx.text.of(whole, MAX_LABEL) === value) {
      const machine = machineDateText(whole.attribute('datetime') ?? '');
      const title = whole.attribute('title')?.trim();
      return [...(machine ? [machine] : []), ...(title && title.length <= MAX_LABEL ? [title] : [])];
    }
    const inner = relativeDayInside(ctx, node, value);
    return inner ? dateBeside(ctx, inner.holder, inner.text, key) : [];
  }
  const found: string[] = [];
  const time = node.name === 'time' ? node : onlyElementInside(ctx, node, 'time');
  const machine = time ? machineDateText(time.attribute('datetime') ?? '') : null;
  if (machine) found.push(machine);
  const title = (time ?? node).attribute('title')?.trim();
  if (title && title.length <= MAX_LABEL) found.push(title);
  const next = nextShownSibling(node, isBlank);
  const after = next ? ctx.text.of(next, 40) : null;
  if (after && !ctx.labels.labelOf(after)) found.push(after);
  return found;
}

/** "3 Tagen", "2 days", "5 jours", "3 días", "4 giorni" (normalized). */
const DAYS_SPAN = /\d+\s*(?:tag|tage|tagen|day|days|jour|jours|dia|dias|giorno|giorni)\b/;
/** A span reaching back: "vor 3 Tagen", "3 days ago", "il y a 3 jours", "hace 3 días", "3 giorni fa". */
const PAST_SPAN = /\b(?:vor|ago|il y a|hace|fa)\b/;

/** The element of a value that shows only its first words, when they are a relative day. */
function relativeDayInside(
  ctx: FactContext,
  node: VNode,
  value: string,
): { holder: VNode; text: string } | null {
  for (let p = node.pos + 1; p <= node.end; p++) {
    const inner = ctx.tree.nodes[p] as VNode;
    if (inner.kind !== TEXT) continue;
    const text = ctx.text.of(inner, MAX_LABEL);
    if (!text) continue;
    const holder = inner.parent;
    if (!holder || holder === node || !value.startsWith(text) || !isRelativeDay(text)) return null;
    return { holder, text };
  }
  return null;
}

/** The one element named `name` inside `node`, if there is exactly one. */
function onlyElementInside(ctx: FactContext, node: VNode, name: string): VNode | null {
  let found: VNode | null = null;
  for (let p = node.pos + 1; p <= node.end; p++) {
    const inner = ctx.tree.nodes[p] as VNode;
    if (inner.kind !== ELEMENT || inner.name !== name) continue;
    if (found) return null;
    found = inner;
  }
  return found;
}

const MAX_CAPTIONED = 60;
const MAX_CAPTIONED_WORDS = 5;

/**
 * A caption under its value (a stat card: the figure, then what it is): the label is the last of
 * exactly two shown parts of its container and the first is no label. Only then: a label at the
 * end of a longer run may be a pair whose value is missing, and must not take its neighbour's.
 */
function valueAbove(ctx: FactContext, anchor: VNode): VNode | null {
  const shown = (anchor.parent?.children ?? []).filter((node) =>
    node.kind === TEXT ? !isBlank(node.data) : node.name !== 'br' && node.name !== 'img',
  );
  if (shown.length !== 2 || shown[1] !== anchor) return null;
  const value = shown[0] as VNode;
  const text = ctx.text.of(value, MAX_CAPTIONED);
  // A figure, not a heading ("Shipment 1") nor a sentence ("Royal Mail will collect tomorrow").
  if (!text || isHeading(value) || text.split(' ').length > MAX_CAPTIONED_WORDS) return null;
  if (matchNormalizedHeading(ctx.labels.normalized(text))) return null;
  return ctx.labels.labelOf(text) ? null : value;
}

/** Climbs from a label's text to the largest element whose whole text is that label. */
export function anchorOf(ctx: FactContext, textNode: VNode, label: string): VNode {
  let anchor = textNode;
  for (let element = textNode.parent; element && element !== ctx.tree.root; element = element.parent) {
    // Stop below a parent that also holds the (maybe empty) value: a grid row, a dl.
    if (anchor !== textNode && hasElementSiblings(anchor)) break;
    if (ctx.text.of(element, MAX_LABEL) !== label) break;
    anchor = element;
  }
  return anchor;
}

/**
 * "RMA <strong>D…RMA</strong> <span class=chip>Genehmigt – warten auf …</span>": a return's status
 * shown as a chip right after its id, with no label of its own. Weaker than a labelled status.
 */
function readStatusChip(ctx: FactContext, valueNode: VNode, pos: number, group: VNode | null): void {
  const chip = nextShownSibling(valueNode, isBlank);
  const text = chip ? ctx.text.of(chip, MAX_LABEL) : null;
  if (!chip || !text || ctx.labels.labelOf(text) || !matchReturnStatus(text)) return;
  ctx.add('returnStatus', text.split(/\s[–—-]\s/u)[0] as string, 1, pos, chip, group);
}
