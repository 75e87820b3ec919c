import { isCarrierName } from '../../carrier-names';
import { DATE_FIELD_KEYS, type FieldKey } from '../../labels';
import { normalizeLabel } from '../../text';
import { matchNormalizedHeading } from '../../vocabulary';
import { ancestor, isCell, isRow, isTable, ownDescendants } from '../structure';
import type { VNode } from '../visible-tree';
import type { FactContext } from './context';
import { colonOf, MAX_LABEL, MAX_STATUS_LABEL, statusDateKey } from './labels';
import { orderedBeforeShipped } from './shipped-quantity';
import { countedList, ownTexts, shownValue, textParts, titleOf } from './values';

// Tables read by column: a header row naming two fields or more (or a row of header cells only,
// naming one) labels the cells under it, spans counted.

/** Columns only a returns table has. */
const RETURN_COLUMNS: ReadonlySet<FieldKey> = new Set([
  'rmaId',
  'returnStatus',
  'returnQuantity',
  'returnItem',
]);
const SHIPMENT_COLUMNS: ReadonlySet<FieldKey> = new Set([
  'shippingDate',
  'estimatedArrivalDate',
  'carrier',
  'trackingNumber',
]);

/** Whether `row` is a header row; if so, the rows under it are read (once per table). */
export function readColumns(ctx: FactContext, row: VNode): boolean {
  const known = ctx.judgedRows.get(row);
  if (known !== undefined) return known;
  const cells = ownDescendants(ctx.tree.nodes, row, isCell, isRow);
  const keys = cells.map((cell) => ctx.labels.labelOf(ctx.text.of(cell, MAX_LABEL))?.key ?? null);
  const isHeader = isHeaderRowOf(ctx, row, cells, keys);
  ctx.judgedRows.set(row, isHeader);
  if (isHeader) readUnderHeader(ctx, row, cells, keys);
  return isHeader;
}

/**
 * Two labelled cells, or a row of header cells only (<th>, columnheader) with one. A row that
 * mixes header cells and data cells ("<th>Statut</th><td>Expédiée</td><th>…") is a row of
 * label/value pairs, not a header.
 */
function isHeaderRowOf(
  ctx: FactContext,
  row: VNode,
  cells: readonly VNode[],
  keys: (FieldKey | null)[],
): boolean {
  const labelled = keys.filter((k) => k !== null).length;
  const isHeaderCell = (c: VNode) => c.name === 'th' || c.role === 'columnheader';
  const headerCells = cells.filter(isHeaderCell).length;
  const pairs =
    (headerCells > 0 &&
      headerCells < cells.length &&
      keys.every((k, i) => !k || isHeaderCell(cells[i] as VNode))) ||
    // "<td>Versanddatum:</td><td>09.12.2024</td><td>Zustellung:</td><td>11.12.2024</td>": every
    // label followed by a value of its own, in plain cells (a row of header cells is a header when
    // it labels two columns or more, or when rows of data cells follow it).
    (labelled > 0 &&
      (headerCells < cells.length || (labelled < 2 && !followedByData(ctx, row))) &&
      keys.every(
        (k, i) =>
          !k ||
          (i + 1 < cells.length && keys[i + 1] === null && !!ctx.text.of(cells[i + 1] as VNode, MAX_LABEL)),
      ) &&
      keys.every((k, i) => k || i === 0 || keys[i - 1] !== null));
  return !pairs && (labelled >= 2 || (labelled >= 1 && cells.length >= 2 && headerCells === cells.length));
}

/** The rows under a header row, each cell as its column's field (spans counted). */
function readUnderHeader(
  ctx: FactContext,
  row: VNode,
  cells: readonly VNode[],
  keys: (FieldKey | null)[],
): void {
  const { nodes } = ctx.tree;
  orderedBeforeShipped(ctx, cells, keys);
  // A header "Shipped" / "Delivered" over dates: that event's date (candidates keep dates only);
  // in a returns table, the return parcel's.
  const returnsTable = keys.some((k) => k !== null && RETURN_COLUMNS.has(k));
  if (!returnsTable)
    cells.forEach((cell, i) => {
      if (keys[i] === null) keys[i] = statusDateKey(ctx.text.of(cell, MAX_STATUS_LABEL) ?? '') ?? null;
    });
  const stateColumn = keys.some((k) => k === 'status' || k === 'returnStatus');
  // Columns by position, spans counted ("<th colspan=2>Produit</th>" covers two cells below).
  const keyAt = new Map<number, FieldKey>();
  columnsOf(cells).forEach((column, i) => {
    const key = keys[i];
    const span = spanOf(cells[i] as VNode);
    if (key) for (let c = column; c < column + span; c++) keyAt.set(c, key);
  });
  const shipmentTable = keys.some((k) => k !== null && SHIPMENT_COLUMNS.has(k));
  const table = ancestor(row, isTable, 64);
  const rows = table
    ? ownDescendants(nodes, table, isRow, isTable)
    : (row.parent?.children ?? []).filter(isRow);
  const held = new Map<number, number>();
  let section: VNode | null = null;
  for (const dataRow of rows.slice(rows.indexOf(row) + 1)) {
    ctx.judgedRows.set(dataRow, false);
    // A tall cell ends with its table section (<tbody>), as the browser draws it.
    if (dataRow.parent !== section) {
      held.clear();
      section = dataRow.parent;
    }
    const dataCells = ownDescendants(nodes, dataRow, isCell, isRow);
    // A header spanning cells (an image, then the title) gives its field the first that shows one.
    const filled = new Set<FieldKey>();
    columnsOf(dataCells, held).forEach((column, i) => {
      const key = keyAt.get(column);
      const cell = dataCells[i] as VNode;
      if (!key || filled.has(key)) return;
      const value =
        (key === 'carrier' ? carrierBeforeService(ctx, cell) : null) ||
        withoutOwnLabel(ctx, key, key === 'productName' ? titleOf(ctx, cell) : shownValue(ctx, cell)) ||
        (key === 'quantity' ? editedQuantity(ctx, cell) : null);
      if (!value) return;
      filled.add(key);
      const extra = shipmentTable ? { shipmentRow: true } : {};
      // "SKU × 1" under "Items": the row's item and its count (a returns table's, an order's).
      const counted = key === 'productName' ? countedList(value) : null;
      if (counted?.length === 1 && counted[0]) {
        ctx.add('sku', counted[0].sku, 2, cell.pos, cell, dataRow, extra);
        ctx.add('quantity', String(counted[0].count), 2, cell.pos, cell, dataRow, extra);
        return;
      }
      ctx.add(key, value, 2, cell.pos, cell, dataRow, extra);
      // An RMA with its status chip beside it in its cell ("Dk3wPq7vRMA <kat-badge label=
      // "Remboursé">", a dot named "In transit"): the id and the return's status, each a part.
      // Only where no column says the state; a line with a number is an event ("Etichetta creata
      // il 03/12/2024"), not a state.
      if (key === 'rmaId') {
        const [first, ...rest] = ownTexts(ctx, cell);
        if (first && rest.length > 0) ctx.add('rmaId', first, 2, cell.pos, cell, dataRow, { fallback: true });
        if (!stateColumn)
          for (const part of rest)
            if (!/\d/.test(part)) ctx.add('returnStatus', part, 2, cell.pos, cell, dataRow);
      }
      // A cell printing its value twice ("2" then, for screen readers, "Menge: 2 Stück"; a short
      // date then the long one), or a SKU with a badge after it: each part is a fallback, read
      // when the whole is no value.
      if (key === 'quantity' || key === 'sku' || DATE_FIELD_KEYS.has(key))
        for (const part of textParts(ctx, cell))
          if (part !== value)
            ctx.add(key, part, 2, cell.pos, cell, dataRow, { ...extra, fallback: true, twin: true });
    });
  }
}

/**
 * A carrier's name with its service set apart in the cell ("Royal Mail <small>Tracked 48</small>"):
 * the carrier. Null when the cell is one text, or does not open with a carrier's name.
 */
function carrierBeforeService(ctx: FactContext, cell: VNode): string | null {
  const [first, ...rest] = ownTexts(ctx, cell);
  return first && rest.length > 0 && isCarrierName(first) ? first : null;
}

/** Whether the row after `row` in its table holds data cells (<td>, gridcell). */
function followedByData(ctx: FactContext, row: VNode): boolean {
  const table = ancestor(row, isTable, 64);
  if (!table) return false;
  const rows = ownDescendants(ctx.tree.nodes, table, isRow, isTable);
  const next = rows[rows.indexOf(row) + 1];
  return (
    next !== undefined &&
    ownDescendants(ctx.tree.nodes, next, isCell, isRow).some(
      (c) => c.name === 'td' || c.role === 'gridcell' || c.role === 'cell',
    )
  );
}

function spanOf(cell: VNode): number {
  const span = Number(cell.attribute('colspan') ?? cell.attribute('aria-colspan') ?? 1);
  return Number.isInteger(span) && span > 0 && span < 100 ? span : 1;
}

function rowSpanOf(cell: VNode): number {
  const span = Number(cell.attribute('rowspan') ?? cell.attribute('aria-rowspan') ?? 1);
  // rowspan="0": to the end of the table's section (where `held` is cleared).
  if (span === 0) return 1000;
  return Number.isInteger(span) && span > 0 && span < 1000 ? span : 1;
}

/**
 * The column each cell starts at, spans counted. With `held` (the rows still covered by cells
 * above, by column: a shipment's cells spanning its item rows), a row's cells skip the columns
 * held from above, and its own tall cells hold the rows below.
 */
function columnsOf(cells: readonly VNode[], held?: Map<number, number>): number[] {
  let column = 0;
  const starts = cells.map((cell) => {
    while (held && (held.get(column) ?? 0) > 0) column++;
    const start = column;
    column += spanOf(cell);
    return start;
  });
  if (!held) return starts;
  for (const [c, left] of held) {
    if (left <= 1) held.delete(c);
    else held.set(c, left - 1);
  }
  cells.forEach((cell, i) => {
    const rows = rowSpanOf(cell);
    const start = starts[i] as number;
    if (rows > 1) for (let c = start; c < start + spanOf(cell); c++) held.set(c, rows - 1);
  });
  return starts;
}

/** Per table (its node), its shipment column headings, or null: not a sideways table. */
const sidewaysHeadings = new WeakMap<VNode, { header: VNode; headingAt: Map<number, VNode> } | null>();

/**
 * A table turned sideways: a header row naming two shipments or parcels or more over the columns
 * ("Sendung 1", "Envío 2", "Colis 1/2"), then rows of "label | value | value". Each column has its
 * own dates: a shipment each (`sidewaysHeads`). For such a row, its value cells, each with
 * where its column's heading stands (the shipment it belongs to); null for any other row.
 */
export function shipmentColumns(ctx: FactContext, row: VNode): { cell: VNode; scopePos: number }[] | null {
  const { nodes } = ctx.tree;
  const table = ancestor(row, isTable, 64);
  if (!table) return null;
  // Once per table: a table of many label rows asks for every one of them.
  let headings = sidewaysHeadings.get(table);
  if (headings === undefined) {
    headings = null;
    const header = ownDescendants(nodes, table, isRow, isTable)[0];
    const headerCells = header ? ownDescendants(nodes, header, isCell, isRow) : [];
    const headingAt = new Map<number, VNode>();
    columnsOf(headerCells).forEach((column, i) => {
      const cell = headerCells[i] as VNode;
      const text = ctx.text.of(cell, MAX_LABEL);
      const kind = text ? matchNormalizedHeading(ctx.labels.normalized(text)) : undefined;
      if (kind === 'shipment' || kind === 'package') headingAt.set(column, cell);
    });
    if (header && headingAt.size >= 2) {
      headings = { header, headingAt };
      ctx.sidewaysHeads.push(...headingAt.values());
    }
    sidewaysHeadings.set(table, headings);
  }
  if (!headings || headings.header === row) return null;
  const { headingAt } = headings;
  const cells = ownDescendants(nodes, row, isCell, isRow);
  const found: { cell: VNode; scopePos: number }[] = [];
  columnsOf(cells).forEach((column, i) => {
    const heading = headingAt.get(column);
    // Past the heading's own text: the shipment's section starts there.
    if (heading) found.push({ cell: cells[i] as VNode, scopePos: heading.end + 0.5 });
  });
  return found.length > 0 ? found : null;
}

/** A cell repeating its column's label before its value ("SKU: MUG-1" under "SKU"): the value. */
function withoutOwnLabel(ctx: FactContext, key: FieldKey, value: string | null): string | null {
  if (!value) return value;
  const colon = colonOf(value);
  if (colon <= 0 || colon > MAX_LABEL) return value;
  return ctx.labels.labelOf(value.slice(0, colon).trim())?.key === key
    ? value.slice(colon + 1).trim()
    : value;
}

/** Headings of a form that acts on the order's units (a refund, a return, a cancellation), normalized. */
const ACTS_ON_UNITS =
  /\b(?:rembours\w*|refund\w*|erstatt\w*|reembols\w*|rimbors\w*|retour\w*|return\w*|rucksend\w*|devoluc\w*|devolver|reso|resi|annul\w*|cancel\w*|stornier\w*)\b/;

/**
 * An order open for editing shows each item's quantity in a number box: the value the page was
 * served with (its `value` attribute, never what was typed since), one shown box alone in the
 * cell, never in a form titled for a refund, a return or a cancellation (a count to choose).
 */
function editedQuantity(ctx: FactContext, cell: VNode): string | null {
  const boxes: VNode[] = [];
  for (let p = cell.pos + 1; p <= cell.end; p++) {
    const node = ctx.tree.nodes[p] as VNode;
    if (node.name === 'input' && node.attribute('type') === 'number') boxes.push(node);
  }
  const box = boxes.length === 1 ? boxes[0] : undefined;
  const served = box?.attribute('value')?.trim();
  if (!box || !served || !/^\d{1,4}$/.test(served) || Number(served) < 1) return null;
  const form = box.element.closest('form');
  if (form) {
    const titles = [
      form.previousElementSibling,
      form.querySelector('h1, h2, h3, h4, legend, [role="heading"]'),
    ];
    if (
      titles.some(
        (title) => title && ACTS_ON_UNITS.test(normalizeLabel(title.textContent?.slice(0, 200) ?? '')),
      )
    )
      return null;
  }
  return served;
}
