import { DATE_FIELD_KEYS, type FieldKey } from '../../labels';
import { ELEMENT, type VNode } from '../visible-tree';
import type { FactContext } from './context';
import { fitsColumn, SHAPED_COLUMNS } from './flat-grid';
import { MAX_LABEL } from './labels';
import { orderedBeforeShipped } from './shipped-quantity';
import { shownValue } from './values';

// A table drawn as rows of plain boxes: a header box whose children are the column names, then
// boxes of the same number of children, one per row ("<div><span>Prodotto</span><span>SKU</span>
// <span>Quantità ordinata</span></div><div><span>Olio…</span><span>OLIO-30ML</span><span>2</span>
// </div>…"). The rows say where each item ends; the columns are the header's, by place.

const MIN_LABELLED = 2;
const judged = new WeakMap<VNode, boolean>();

/** Reads the rows under the header row `anchor` stands in, once; false when it heads none. */
export function readDivRows(ctx: FactContext, anchor: VNode): boolean {
  const header = anchor.parent;
  if (!header || anchor.kind !== ELEMENT) return false;
  // Judged once per header (its own cache: the flat-grid reader judges the same box otherwise).
  const known = judged.get(header);
  if (known !== undefined) return known;
  const found = rowsUnder(ctx, header);
  judged.set(header, found !== null);
  if (!found) return false;
  for (const row of found.rows) {
    const cells = elementsOf(row);
    found.keys.forEach((key, column) => {
      const cell = cells[column] as VNode;
      if (!key) return;
      // The cell's own text: a box of spans is one line, and its title line would be the row's.
      const value = shownValue(ctx, cell);
      if (value) ctx.add(key, value, 2, cell.pos, cell, row);
    });
  }
  return true;
}

const elementsOf = (node: VNode): VNode[] => node.children.filter((c) => c.kind === ELEMENT);

function rowsUnder(ctx: FactContext, header: VNode): { keys: (FieldKey | null)[]; rows: VNode[] } | null {
  const cells = elementsOf(header);
  // Only elements: text between the boxes would be a sentence, not a row.
  if (cells.length < MIN_LABELLED || header.children.some((c) => c.kind !== ELEMENT && ctx.text.of(c, 1)))
    return null;
  const keys = cells.map((cell) => ctx.labels.labelOf(ctx.text.of(cell, MAX_LABEL) ?? '')?.key ?? null);
  orderedBeforeShipped(ctx, cells, keys);
  const known = keys.filter((k): k is FieldKey => k !== null);
  if (known.length < MIN_LABELLED || new Set(known).size !== known.length) return null;
  // A column of a checkable shape (a SKU, a count) proves every row is aligned with the header.
  if (!known.some((key) => SHAPED_COLUMNS.has(key))) return null;
  // Rows with a date column are events or other orders ("Order date | SKU | Quantity" of the
  // buyer's other orders), not this order's items.
  if (known.some((key) => DATE_FIELD_KEYS.has(key) || key === 'orderId' || key === 'merchantOrderId'))
    return null;
  const rows: VNode[] = [];
  for (let row = header.nextElementSibling(); row; row = row.nextElementSibling()) {
    const rowCells = elementsOf(row);
    if (rowCells.length !== cells.length || row.name !== header.name) break;
    rows.push(row);
  }
  if (rows.length === 0) return null;
  for (const row of rows) {
    const rowCells = elementsOf(row);
    for (let i = 0; i < rowCells.length; i++) {
      const text = ctx.text.of(rowCells[i] as VNode, MAX_LABEL) ?? '';
      // Data cells, never labels (rows of label/value pairs are no table).
      if (ctx.labels.labelOf(text)) return null;
      const key = keys[i];
      if (key && !fitsColumn(key, text)) return null;
    }
  }
  return { keys, rows };
}
