import { isHeaderRow, type PlacedCell, placeCells, TABLES } from '../../page/table-grid';

// Which cells stand under a header: its column's, in the table's grid (core/page/table-grid.ts).

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
