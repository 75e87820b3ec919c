import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { OrderSummary } from '../../core/export/order-summary';
import { OrderRow, ROW_HEIGHT } from './OrderRow';
import { OrdersTableHead } from './OrdersTableHead';
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
  /** A page is being read: with no row yet, the rows' places in view are drawn (OrderRow.tsx). */
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
      {/* Spacer rows stand for the rows out of view, so the scrollbar matches the whole list. */}
      <tbody
        class="scroll"
        ref={scroller}
        onKeyDown={keys.onKeyDown}
        onFocusCapture={keys.onFocusCapture}
        data-testid="orders-scroll"
      >
        {start > 0 ? <tr class="spacer" style={{ height: `${start * ROW_HEIGHT}px` }} /> : null}
        {/* One list, keyed by place in it: the first rows read fill the places drawn while they
            were read, and a new sort or filter refills the rows in view rather than rebuilding them. */}
        {(beingRead > 0 ? Array.from({ length: beingRead }, () => undefined) : rows.slice(start, end)).map(
          (row, i) => (
            <OrderRow
              key={start + i}
              texts={texts}
              lang={props.lang}
              row={row}
              index={start + i}
              tabbable={start + i === keys.tabStop}
              now={props.now}
              selected={selected}
              onToggle={props.onToggle}
              onDelivery={props.onDelivery}
              busyKeys={props.busyKeys}
            />
          ),
        )}
        {end < rows.length ? (
          <tr class="spacer" style={{ height: `${(rows.length - end) * ROW_HEIGHT}px` }} />
        ) : null}
      </tbody>
    </table>
  );
}
