import { composedText } from '../../page/text';
import { isDataCell, isHeaderCell, ROWS, TABLES, tableOf } from './table-cells';

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
  if (cells.some(isHeaderCell) && cells.every((cell) => isHeaderCell(cell) || isFillerCell(cell)))
    return true;
  return isBoldFirstRow(row, cells);
}

/** A cell whose whole text is bold (`<td><b>Nom de l'acheteur</b></td>`). */
function isBoldCell(cell: Element): boolean {
  const shown = composedText(cell, 80);
  if (!shown) return false;
  const bold = Array.from(cell.querySelectorAll('b,strong'))
    .map((element) => composedText(element, 80) ?? '')
    .join(' ')
    .trim();
  return bold === shown;
}

/**
 * A header row written in `<td>`s, each in bold (an old report page, a print view): its table's
 * first row, all its cells bold, over a row whose cells are not.
 */
function isBoldFirstRow(row: Element, cells: Element[]): boolean {
  const table = tableOf(row);
  if (!table || row.localName !== 'tr' || table.querySelector('tr') !== row) return false;
  const rows = Array.from(table.querySelectorAll('tr')).filter((other) => tableOf(other) === table);
  if (rows.length < 2) return false;
  const shown = cells.filter((cell) => !isFillerCell(cell));
  const next = cellsOfRow(rows[1]!).filter((cell) => !isFillerCell(cell));
  return shown.length >= 2 && shown.every(isBoldCell) && !next.every(isBoldCell);
}

/**
 * The cells under a header cell, each row's cells whose columns meet the header's; a `<th>` in the
 * body is a cell of its column ("Harriet Quimby" as the row's `<th scope="row">`).
 */
export function cellsUnderHeader(header: Element, table: Element, options: ColumnOptions = {}): Element[] {
  const placed = placeCells(table);
  const width = columnCount(placed);
  const own = placed.find((entry) => entry.cell === header);
  if (!own) return [];
  const headerRows = new Set([...new Set(placed.map((entry) => entry.row))].filter(isHeaderRow));
  return placed
    .filter(
      (entry) =>
        !headerRows.has(entry.row) &&
        entry.column < own.column + own.width &&
        own.column < entry.column + entry.width &&
        (options.spanningToo || !spansOtherColumns(entry, own, width)),
    )
    .map((entry) => entry.cell);
}

export interface ColumnOptions {
  /**
   * Count cells spanning other columns as the column's too: under a comments header a row across
   * the table is the customer's words as often as the seller's reply (review CR2), and a message
   * taken for a row of another kind leaks whole.
   */
  spanningToo?: boolean;
}

/**
 * A body cell running across this header's column from a column before it, or across the whole
 * row ("Votre réponse publique" under a feedback's row, `<td colspan="4">`), is a row of another
 * kind, no value of this column; its text still goes through every shape and every name removed
 * elsewhere. A cell that starts in the header's column and runs right ("Buyer name" over
 * `<td colspan="2">` taking the empty "City" too) is still the header's value.
 */
const spansOtherColumns = (entry: PlacedCell, header: PlacedCell, rowWidth: number): boolean =>
  entry.width > 1 && (entry.column < header.column || (entry.column === 0 && entry.width >= rowWidth));

const columnCount = (placed: PlacedCell[]) =>
  Math.max(0, ...placed.map((entry) => entry.column + entry.width));

/** The cells that name `header` in their `headers` attribute (`<td headers="h2">`). */
function cellsPointingAt(header: Element): Element[] {
  const id = header.getAttribute('id');
  if (!id) return [];
  const root = header.getRootNode() as Document | ShadowRoot;
  return Array.from(root.querySelectorAll?.('[headers]') ?? []).filter((cell) =>
    (cell.getAttribute('headers') ?? '').split(/\s+/).includes(id),
  );
}

/** The first table after `table` in the page, climbing a few containers (a sticky header's box). */
function tableAfter(table: Element): Element | null {
  let node: Element | null = table;
  for (let climb = 0; node && climb < 4; climb++, node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      const found = next.matches(TABLES) ? next : next.querySelector(TABLES);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The cells a header names: its column, the cells pointing at it by `headers`, or, when its table
 * holds only its header (a sticky header drawn as a `<table>` of its own above the list), the same
 * column of the next table with as many columns.
 */
export function valuesOfHeader(header: Element, table: Element, options: ColumnOptions = {}): Element[] {
  const values = new Set([...cellsUnderHeader(header, table, options), ...cellsPointingAt(header)]);
  if (values.size > 0) return [...values];
  const placed = placeCells(table);
  const own = placed.find((entry) => entry.cell === header);
  if (!own || ![...new Set(placed.map((entry) => entry.row))].every(isHeaderRow)) return [];
  const body = tableAfter(table);
  if (!body) return [];
  const below = placeCells(body);
  if (columnCount(below) !== columnCount(placed)) return [];
  const bodyHeaderRows = new Set([...new Set(below.map((entry) => entry.row))].filter(isHeaderRow));
  return below
    .filter(
      (entry) =>
        !bodyHeaderRows.has(entry.row) &&
        entry.column < own.column + own.width &&
        own.column < entry.column + entry.width,
    )
    .map((entry) => entry.cell);
}
