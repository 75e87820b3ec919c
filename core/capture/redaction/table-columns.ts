import { composedText } from '../../page/text';
import { isDataCell, isHeaderCell, ROWS, tableOf } from './table-cells';

// Which column a cell is in. A cell's place in its row is not its column: a header spanning two
// columns ("Commande" over the order id and its date) or a body cell spanning two rows (an order
// id over each of its items) shifts every cell after it, and the value replaced under "Nom de
// l'acheteur" would be the date while the name stayed. So the columns are counted as a browser
// lays them out: colspan across, rowspan carried down.

const isCell = (element: Element) => isHeaderCell(element) || isDataCell(element);

/**
 * A row's cells in order: a `<tr>`'s own, or, in a grid of roles, every cell inside the row that
 * no nested row holds (Katal and report previews wrap each cell in a `<div>` of their own).
 */
export function cellsOfRow(row: Element): Element[] {
  if (row.localName === 'tr') return Array.from(row.children).filter(isCell);
  return Array.from(row.querySelectorAll('*')).filter(
    (element) => isCell(element) && element.parentElement?.closest(ROWS) === row,
  );
}

const spanOf = (cell: Element, attribute: string): number => {
  const span = Number.parseInt(
    cell.getAttribute(attribute) ?? cell.getAttribute(`aria-${attribute}`) ?? '',
    10,
  );
  // rowspan="0" runs to the end of its group: any large count does.
  if (span === 0 && attribute === 'rowspan') return 1000;
  return Number.isFinite(span) && span > 0 ? Math.min(span, 1000) : 1;
};

export interface PlacedCell {
  cell: Element;
  row: Element;
  /** The first column the cell covers, and how many. */
  column: number;
  width: number;
}

/** Every cell of a table with its columns, rows in order. */
export function placeCells(table: Element): PlacedCell[] {
  const rows = Array.from(table.querySelectorAll(ROWS)).filter((row) => tableOf(row) === table);
  // The row index until which each column is still taken by a cell from above.
  const takenUntil: number[] = [];
  const placed: PlacedCell[] = [];
  rows.forEach((row, rowIndex) => {
    let column = 0;
    for (const cell of cellsOfRow(row)) {
      while ((takenUntil[column] ?? -1) >= rowIndex) column++;
      const width = spanOf(cell, 'colspan');
      const height = spanOf(cell, 'rowspan');
      for (let c = column; c < column + width; c++) takenUntil[c] = rowIndex + height - 1;
      placed.push({ cell, row, column, width });
      column += width;
    }
  });
  return placed;
}

/** A cell holding nothing but a "select all" checkbox, or nothing at all. */
function isFillerCell(cell: Element): boolean {
  if (composedText(cell, 0) !== '') return false;
  return Array.from(cell.querySelectorAll('input,select,textarea,kat-input,kat-textarea')).every(
    (field) => field.getAttribute('type') === 'checkbox',
  );
}

/**
 * A header row: header cells, but for a leading "select all" checkbox or an empty corner in a
 * `<td>`, which a list of orders puts before its column names; or any row in a `<thead>`.
 */
export function isHeaderRow(row: Element): boolean {
  if (row.parentElement?.localName === 'thead') return true;
  const cells = cellsOfRow(row);
  return cells.some(isHeaderCell) && cells.every((cell) => isHeaderCell(cell) || isFillerCell(cell));
}

/**
 * The cells under a header cell, each row's cells whose columns meet the header's; a `<th>` in the
 * body is a cell of its column ("Harriet Quimby" as the row's `<th scope="row">`).
 */
export function cellsUnderHeader(header: Element, table: Element): Element[] {
  const placed = placeCells(table);
  const own = placed.find((entry) => entry.cell === header);
  if (!own) return [];
  const headerRows = new Set(placed.filter((entry) => isHeaderRow(entry.row)).map((entry) => entry.row));
  return placed
    .filter(
      (entry) =>
        !headerRows.has(entry.row) &&
        entry.column < own.column + own.width &&
        own.column < entry.column + entry.width,
    )
    .map((entry) => entry.cell);
}
