// Tables as pages write them: `<table>` with `<th>`/`<td>`, or a grid of `<div>`s whose roles say
// the same (Katal's tables, a report preview: `role="columnheader"`, `role="cell"`).

const HEADER_ROLES = /^(?:columnheader|rowheader)$/;
const CELL_ROLES = /^(?:cell|gridcell)$/;
/** The rows of a table, either way. */
export const ROWS = 'tr,[role="row"]';
export const TABLES = 'table,[role="table"],[role="grid"],[role="treegrid"]';

export const isHeaderCell = (element: Element): boolean =>
  element.localName === 'th' || HEADER_ROLES.test(element.getAttribute('role') ?? '');
export const isDataCell = (element: Element): boolean =>
  element.localName === 'td' || CELL_ROLES.test(element.getAttribute('role') ?? '');

/** The header cell holding `node`, if any. */
export const headerCellOf = (node: Node): Element | null =>
  node.parentElement?.closest('th,[role="columnheader"],[role="rowheader"]') ?? null;

/** The table (or grid) a row belongs to. */
export const tableOf = (row: Element): Element | null => row.closest(TABLES);
