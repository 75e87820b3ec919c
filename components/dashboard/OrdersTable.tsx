import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { OrderSummary } from '../../core/export/order-summary';
import { OrdersTableHead } from './OrdersTableHead';
import { ROW_HEIGHT } from './row-cells';
import { paintRows, rowEventOf } from './rows-body';
import { type SortColumn, type TableSort, visibleWindow } from './table-query';
import type { DashboardLang, DashboardTexts } from './texts';
import { useRowKeys } from './use-row-keys';

// A virtualized table: only the rows in view (plus a margin) are in the DOM, so 100,000 orders
// scroll as smoothly as 100. Rows have a fixed height; the scroll area's height is that of the rows
// read so far, and the next page is asked for as the view nears their end.
// Keyboard use: `use-row-keys.ts` (one row a tab stop, so Tab leaves the table after that row's
// links and buttons instead of walking every row).

/** Rows kept in the DOM above and below the view, so that scrolling shows no blank. */
const OVERSCAN_ROWS = 10;

interface Props {
  texts: DashboardTexts;
  lang: DashboardLang;
  /** The rows read so far (pages, in the table's order). */
  rows: readonly OrderSummary[];
  /** How many orders the table holds in all, when known. */
  total: number | null;
  /** Asks for the next page: called when the view comes near the last row read. */
  onNearEnd: (() => void) | undefined;
  now: Date;
  sort: TableSort;
  onSort: (column: SortColumn) => void;
  selected: ReadonlySet<string>;
  onToggle: (key: string, selected: boolean) => void;
  onToggleAll: (selected: boolean) => void;
  onDelivery: (row: OrderSummary, delivered: boolean) => void;
  busyKeys: ReadonlySet<string>;
  /** A page is being read: with no row yet, the rows' places in view are drawn (row-cells.ts). */
  loading: boolean;
}

export function OrdersTable(props: Props) {
  const { texts, rows, sort, selected } = props;
  const scroller = useRef<HTMLTableSectionElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const update = () => setView({ top: element.scrollTop, height: element.clientHeight });
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    element.addEventListener('scroll', update, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', update);
    };
  }, []);

  // The first rows are painted alone (those in view); the margin kept around them for scrolling
  // follows in the render after that paint.
  const [margin, setMargin] = useState(0);
  const someRows = rows.length > 0;
  useEffect(() => {
    if (someRows) setMargin(OVERSCAN_ROWS);
  }, [someRows]);
  const { start, end } = visibleWindow(view.top, view.height, ROW_HEIGHT, rows.length, margin);
  const beingRead = rows.length === 0 && props.loading ? Math.ceil(view.height / ROW_HEIGHT) : 0;
  const { onNearEnd } = props;
  // The next page is read while a screenful of rows read is still ahead.
  const nearEnd = end + Math.ceil(view.height / ROW_HEIGHT) >= rows.length;
  useEffect(() => {
    if (nearEnd && onNearEnd) onNearEnd();
  }, [nearEnd, onNearEnd, rows.length]);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.key));
  const keys = useRowKeys({
    scroller,
    rowCount: rows.length,
    window: { start, end },
    top: view.top,
    onScrolled: setView,
    onToggle: (index) => {
      const row = rows[index];
      if (row) props.onToggle(row.key, !selected.has(row.key));
    },
  });

  // Painted as this render is committed, before the frame: the rows are in that frame.
  useLayoutEffect(() => {
    const body = scroller.current;
    if (!body) return;
    paintRows(body, {
      start,
      places: beingRead > 0 ? Array.from({ length: beingRead }, () => undefined) : rows.slice(start, end),
      below: beingRead > 0 ? 0 : rows.length - end,
      view: { texts, lang: props.lang, now: props.now },
      state: (index, row) => ({
        index,
        tabbable: index === keys.tabStop,
        checked: selected.has(row.key),
        busy: props.busyKeys.has(row.key),
      }),
    });
    keys.focusPending();
  });
  const onRowEvent = (event: Event) => {
    const asked = rowEventOf(event, rows);
    if (asked?.kind === 'toggle') props.onToggle(asked.row.key, asked.selected);
    if (asked?.kind === 'delivery') props.onDelivery(asked.row, asked.delivered);
  };

  return (
    <table
      class="orders-table"
      aria-label={texts.tableLabel}
      aria-rowcount={props.total === null ? -1 : props.total + 1}
      aria-busy={beingRead > 0}
      data-testid="orders-table"
    >
      <OrdersTableHead
        texts={texts}
        sort={sort}
        onSort={props.onSort}
        allSelected={allSelected}
        onToggleAll={props.onToggleAll}
      />
      {/* Its rows are painted by rows-body.ts (no Preact children): see row-cells.ts for why. */}
      <tbody
        class="scroll"
        ref={scroller}
        onKeyDown={keys.onKeyDown}
        onFocusCapture={keys.onFocusCapture}
        onChange={onRowEvent}
        onClick={onRowEvent}
        data-testid="orders-scroll"
      />
    </table>
  );
}
