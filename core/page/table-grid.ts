import { composedText } from './text';

// Tables as pages write them: `<table>` with `<th>`/`<td>`, Katal's `kat-table` (its head's cells
// are headers), or a grid of `<div>`s whose roles say the same (a report preview:
// `role="columnheader"`, `role="cell"`). Shared by page capture (which column a value is in) and
// teach mode (which header names a picked cell).

const HEADER_ROLES = /^(?:columnheader|rowheader)$/;
const CELL_ROLES = /^(?:cell|gridcell)$/;
/** The rows of a table, either way. */
export const ROWS = 'tr,[role="row"],kat-table-row';
export const TABLES = 'table,[role="table"],[role="grid"],[role="treegrid"],kat-table';

const isKatalCell = (element: Element): boolean => element.localName === 'kat-table-cell';
const inKatalHead = (element: Element): boolean => element.closest('kat-table-head') !== null;
export const isHeaderCell = (element: Element): boolean =>
  element.localName === 'th' ||
  HEADER_ROLES.test(element.getAttribute('role') ?? '') ||
  (isKatalCell(element) && inKatalHead(element));
export const isDataCell = (element: Element): boolean =>
  element.localName === 'td' ||
  CELL_ROLES.test(element.getAttribute('role') ?? '') ||
  (isKatalCell(element) && !inKatalHead(element));

/** The header cell holding `node`, if any. */
export const headerCellOf = (node: Node): Element | null =>
  node.parentElement?.closest('th,[role="columnheader"],[role="rowheader"]') ?? null;

/** The table (or grid) a row belongs to. */
export const tableOf = (row: Element): Element | null => row.closest(TABLES);

// Which column a cell is in. A cell's place in its row is not its column: a header spanning two
// columns ("Commande" over the order id and its date) or a body cell spanning two rows (an order
// id over each of its items) shifts every cell after it, and the value replaced under "Nom de
// l'acheteur" would be the date while the name stayed. So the columns are counted as a browser
// lays them out: colspan across, rowspan carried down.

/** A cell of either kind. */
export const isCell = (element: Element): boolean => isHeaderCell(element) || isDataCell(element);

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
  const group = row.parentElement?.localName;
  if (group === 'thead' || group === 'kat-table-head') return true;
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
 * The header cells over `cell`'s column, the one naming the fewest columns first (a group header
 * "Suivi du colis" spans several); with no header row, the table's first row's cell over that
 * column. Empty outside a table.
 */
export function columnHeadersOf(cell: Element): Element[] {
  const row = cell.parentElement;
  const table = row ? tableOf(row) : null;
  if (!row || !table) return [];
  const placed = placeCells(table);
  const own = placed.find((entry) => entry.cell === cell);
  if (!own) return [];
  const covering = placed.filter(
    (entry) => entry.row !== row && entry.column <= own.column && own.column < entry.column + entry.width,
  );
  const heads = covering.filter((entry) => isHeaderRow(entry.row));
  // Narrowest first; of two as narrow, the lower row's (nearer the cell).
  if (heads.length > 0)
    return heads
      .reverse()
      .sort((a, b) => a.width - b.width)
      .map((entry) => entry.cell);
  const first = covering.find((entry) => entry.row === placed[0]?.row);
  return first ? [first.cell] : [];
}

/** The header naming `cell`'s column: of several header rows, the narrowest cell over it. */
export const columnHeaderOf = (cell: Element): Element | null => columnHeadersOf(cell)[0] ?? null;
