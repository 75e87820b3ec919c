import type { OrderSummary } from '../../core/export/order-summary';
import {
  createRow,
  emptyRow,
  fillRow,
  ROW_HEIGHT,
  type RowState,
  type RowView,
  rowIndexOf,
} from './row-cells';

// The orders table's body: the rows in view, each kept for its place in the list (a row scrolled
// past is dropped, one scrolled to is made; a new sort or filter refills the rows in view rather
// than rebuilding them), between two spacer rows that stand for the rows out of view, so that the
// scrollbar matches the whole list. Preact renders the body element and leaves its rows to this.

interface Body {
  top: HTMLTableRowElement;
  bottom: HTMLTableRowElement;
  /** The rows in the DOM, by place in the list. */
  rows: Map<number, HTMLTableRowElement>;
}

const bodies = new WeakMap<HTMLTableSectionElement, Body>();

export interface RowsWindow {
  /** The place of the first row in the DOM. */
  start: number;
  /** From `start` on: the orders read, or undefined for the places of rows still being read. */
  places: readonly (OrderSummary | undefined)[];
  /** Rows read after the last one in the DOM. */
  below: number;
  view: RowView;
  state: (index: number, row: OrderSummary) => RowState;
}

export function paintRows(
  body: HTMLTableSectionElement,
  { start, places, below, view, state }: RowsWindow,
): void {
  const doc = body.ownerDocument;
  let parts = bodies.get(body);
  if (!parts) {
    parts = { top: spacer(doc), bottom: spacer(doc), rows: new Map() };
    bodies.set(body, parts);
  }
  const end = start + places.length;
  for (const [index, tr] of parts.rows)
    if (index < start || index >= end) {
      tr.remove();
      parts.rows.delete(index);
    }
  placeSpacer(body, parts.top, start, 'first');
  placeSpacer(body, parts.bottom, below, 'last');
  // The rows kept are in order after the top spacer; new ones go before the first kept (scrolled
  // up) or after the last (scrolled down, or the first rows).
  let next: ChildNode | null = parts.top.isConnected ? parts.top.nextSibling : body.firstChild;
  places.forEach((row, i) => {
    const index = start + i;
    let tr = parts.rows.get(index);
    if (tr) next = tr.nextSibling;
    else {
      tr = createRow(doc);
      parts.rows.set(index, tr);
      body.insertBefore(tr, next);
    }
    if (row) fillRow(tr, row, view, state(index, row));
    else emptyRow(tr);
  });
}

/** What a click or change in the body asks of the order of `rows` it happened in. */
export type RowEvent =
  | { kind: 'toggle'; row: OrderSummary; selected: boolean }
  | { kind: 'delivery'; row: OrderSummary; delivered: boolean };

/** The row action of an event in the body (its listener is the body's, not each row's). */
export function rowEventOf(event: Event, rows: readonly OrderSummary[]): RowEvent | undefined {
  const target = event.target as Element | null;
  if (!target) return undefined;
  const index = rowIndexOf(target);
  const row = index === undefined ? undefined : rows[index];
  if (!row) return undefined;
  if (event.type === 'change' && target.matches('input[type="checkbox"]'))
    return { kind: 'toggle', row, selected: (target as HTMLInputElement).checked };
  const answer = event.type === 'click' ? target.closest<HTMLButtonElement>('button[data-answer]') : null;
  if (answer && !answer.disabled)
    return { kind: 'delivery', row, delivered: answer.dataset.answer === 'delivered' };
  return undefined;
}

function spacer(doc: Document): HTMLTableRowElement {
  const tr = doc.createElement('tr');
  tr.className = 'spacer';
  return tr;
}

function placeSpacer(
  body: HTMLTableSectionElement,
  tr: HTMLTableRowElement,
  rows: number,
  where: 'first' | 'last',
) {
  if (rows <= 0) {
    tr.remove();
    return;
  }
  tr.style.height = `${rows * ROW_HEIGHT}px`;
  if (where === 'first' && body.firstChild !== tr) body.prepend(tr);
  if (where === 'last' && body.lastChild !== tr) body.append(tr);
}
