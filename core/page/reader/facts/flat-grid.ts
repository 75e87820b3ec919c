import type { FieldKey } from '../../labels';
import { hasShape } from '../../shapes';
import { ELEMENT, type VNode } from '../visible-tree';
import type { FactContext } from './context';
import { MAX_LABEL } from './labels';
import { shownValue, titleOf } from './values';

// A table drawn by CSS grid with no row elements: one container whose children are the header
// cells, then the data cells row after row ("<div>Produit</div><div>SKU</div><div>Qté</div>
// <div>Mug</div><div>MUG-1</div><div>2</div>…"). Its shape says where rows end: N header cells
// naming N fields, then a multiple of N cells, none a label.

const MIN_COLUMNS = 2;

/** Reads the grid `anchor` heads, once per grid; false when `anchor` heads no such grid. */
export function readFlatGrid(ctx: FactContext, anchor: VNode): boolean {
  const grid = anchor.parent;
  if (!grid || anchor.kind !== ELEMENT) return false;
  const known = ctx.judgedRows.get(grid);
  if (known !== undefined) return known;
  const found = columnsOf(ctx, grid);
  ctx.judgedRows.set(grid, found !== null);
  if (!found) return false;
  const { cells, keys } = found;
  const width = keys.length;
  for (let row = width; row < cells.length; row += width) {
    // The row's first cell stands for the row: the item's facts share it.
    const group = cells[row] as VNode;
    keys.forEach((key, column) => {
      const cell = cells[row + column] as VNode;
      const value = key === 'productName' ? titleOf(ctx, cell) : shownValue(ctx, cell);
      if (value) ctx.add(key, value, 2, cell.pos, cell, group);
    });
  }
  return true;
}

function columnsOf(ctx: FactContext, grid: VNode): { cells: VNode[]; keys: FieldKey[] } | null {
  const cells = grid.children.filter((c) => c.kind === ELEMENT);
  // Only elements: text between the cells would be a sentence, not a grid.
  if (cells.length !== grid.children.filter((c) => c.kind === ELEMENT || ctx.text.of(c, 1)).length)
    return null;
  const keys: FieldKey[] = [];
  for (const cell of cells) {
    const key = ctx.labels.labelOf(ctx.text.of(cell, MAX_LABEL) ?? '')?.key;
    if (!key) break;
    keys.push(key);
  }
  const width = keys.length;
  if (width < MIN_COLUMNS || new Set(keys).size !== width) return null;
  // A column of a known shape (a SKU, a count) checks every row's alignment: without one, a
  // header cell that is no label ("Actions") would shift the rows unseen.
  if (!keys.some((key) => SHAPED_COLUMNS.has(key))) return null;
  if (cells.length < 2 * width || cells.length % width !== 0) return null;
  for (let i = width; i < cells.length; i++) {
    const cell = cells[i] as VNode;
    const text = ctx.text.of(cell, MAX_LABEL) ?? '';
    // Data cells, never labels (a run of label/value pairs is no grid); never placed by CSS
    // (their DOM order is then not the rows'); each of its column's shape (a SKU, a count).
    if (ctx.labels.labelOf(text) || placedByStyle(cell)) return null;
    const key = keys[i % width] as FieldKey;
    if (!fitsColumn(key, text)) return null;
  }
  return { cells, keys };
}

/** Columns whose cells must have their field's shape for a grid or rows of boxes to be read. */
export const SHAPED_COLUMNS: ReadonlySet<FieldKey> = new Set(['sku', 'quantity', 'asin', 'fnsku']);

/** A cell fits its column: any text, or its field's shape in a shaped column ("x2" a count). */
export const fitsColumn = (key: FieldKey, text: string): boolean =>
  !SHAPED_COLUMNS.has(key) || hasShape(key, text.replace(/^[x×]\s?/u, ''));

const placedByStyle = (cell: VNode): boolean =>
  /grid-(?:area|row|column)|order\s*:/i.test(cell.attribute('style') ?? '');
