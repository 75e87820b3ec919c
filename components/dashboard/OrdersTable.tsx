import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { daysBetween, todayIn } from '../../core/dates/calendar';
import type { OrderSummary } from '../../core/export/order-summary';
import { SEVERITIES } from '../../core/model/finding';
import { describeFinding } from '../finding-text';
import { statusCodesText } from '../status-text';
import { formatDay, orderLink, swishipLink } from './format';
import { SORT_COLUMNS, type SortColumn, type TableSort, visibleWindow } from './table-query';
import type { DashboardLang, DashboardTexts } from './texts';

// A virtualized table: only the rows in view (plus a margin) are in the DOM, so 100,000 orders
// scroll as smoothly as 100. Rows have a fixed height; the scroll area's height is that of the rows
// read so far, and the next page is asked for as the view nears their end.
//
// Keyboard: one row is a tab stop (a roving tabindex); the arrow keys, Page Up/Down, Home and End
// move between rows, scrolling the one reached into view; Space on a row toggles its selection,
// Enter opens its order page. Only that row's links and buttons are tab stops, so Tab leaves the
// table after them instead of walking every row.

export const ROW_HEIGHT = 36;

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

  const [active, setActive] = useState(0);
  /** The row to focus once rendered (after a key moved to it, possibly out of the window). */
  const pendingFocus = useRef<number | null>(null);

  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = scroller.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (!row) return;
    pendingFocus.current = null;
    row.focus({ preventScroll: true });
  });

  const { start, end } = visibleWindow(view.top, view.height, ROW_HEIGHT, rows.length);
  const { onNearEnd } = props;
  // The next page is read while a screenful of rows read is still ahead.
  const nearEnd = end + Math.ceil(view.height / ROW_HEIGHT) >= rows.length;
  useEffect(() => {
    if (nearEnd && onNearEnd) onNearEnd();
  }, [nearEnd, onNearEnd, rows.length]);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.key));
  // The tab stop: the active row while rendered, else the first row in view.
  const tabStop =
    active >= start && active < end
      ? active
      : Math.max(0, Math.min(rows.length - 1, Math.floor(view.top / ROW_HEIGHT)));

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    const element = scroller.current;
    if (element) {
      const top = target * ROW_HEIGHT;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight)
        element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
      setView({ top: element.scrollTop, height: element.clientHeight });
    }
    setActive(target);
    pendingFocus.current = target;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const tr = target.closest<HTMLElement>('tr[data-index]');
    if (!tr) return;
    const index = Number(tr.dataset.index);
    const onRow = target === tr;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    const row = rows[index];
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = index + 1;
        break;
      case 'ArrowUp':
        next = index - 1;
        break;
      case 'PageDown':
        next = index + page;
        break;
      case 'PageUp':
        next = index - page;
        break;
      case 'Home':
        if (onRow) next = 0;
        break;
      case 'End':
        if (onRow) next = rows.length - 1;
        break;
      case ' ':
        if (onRow && row) {
          event.preventDefault();
          props.onToggle(row.key, !selected.has(row.key));
        }
        return;
      case 'Enter':
        if (onRow) {
          event.preventDefault();
          tr.querySelector<HTMLAnchorElement>('.orderId a')?.click();
        }
        return;
    }
    if (next !== undefined) {
      event.preventDefault();
      moveTo(next);
    }
  };

  const onFocusCapture = (event: FocusEvent) => {
    const tr = (event.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
    if (tr) setActive(Number(tr.dataset.index));
  };

  return (
    <table
      class="orders-table"
      aria-label={texts.tableLabel}
      aria-rowcount={props.total === null ? -1 : props.total + 1}
      data-testid="orders-table"
    >
      <thead>
        <tr class="row head">
          <th class="cell check">
            <input
              type="checkbox"
              aria-label={texts.selectAll}
              checked={allSelected}
              onChange={(e) => props.onToggleAll((e.currentTarget as HTMLInputElement).checked)}
              data-testid="select-all"
            />
          </th>
          {SORT_COLUMNS.map((column) => (
            <th
              key={column}
              class={`cell ${column}`}
              aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}
            >
              <button type="button" onClick={() => props.onSort(column)} data-testid={`sort-${column}`}>
                {texts.columns[column]}
                {sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      {/* Spacer rows stand for the rows out of view, so the scrollbar matches the whole list. */}
      <tbody
        class="scroll"
        ref={scroller}
        onKeyDown={onKeyDown}
        onFocusCapture={onFocusCapture}
        data-testid="orders-scroll"
      >
        {start > 0 ? <tr class="spacer" style={{ height: `${start * ROW_HEIGHT}px` }} /> : null}
        {rows.slice(start, end).map((row, i) => (
          <Row key={row.key} {...props} row={row} index={start + i} tabbable={start + i === tabStop} />
        ))}
        {end < rows.length ? (
          <tr class="spacer" style={{ height: `${(rows.length - end) * ROW_HEIGHT}px` }} />
        ) : null}
      </tbody>
    </table>
  );
}

function Row({
  row,
  index,
  texts,
  lang,
  now,
  selected,
  onToggle,
  onDelivery,
  busyKeys,
  tabbable,
}: Props & { row: OrderSummary; index: number; tabbable: boolean }) {
  const tabIndex = tabbable ? 0 : -1;
  const daysLeft = row.claimDeadline ? daysBetween(todayIn(now, row.timeZone), row.claimDeadline) : undefined;
  const asksDelivery = row.kinds.includes('lost-check');
  const busy = busyKeys.has(row.key);
  const orderPage = orderLink(row);
  const swiship = swishipLink(row);
  const status = statusCodesText(row.status, lang);
  return (
    <tr
      class="row"
      aria-rowindex={index + 2}
      style={{ height: `${ROW_HEIGHT}px` }}
      tabIndex={tabIndex}
      data-testid="order-row"
      data-key={row.key}
      data-index={index}
    >
      <td class="cell check">
        <input
          type="checkbox"
          tabIndex={tabIndex}
          aria-label={texts.selectRow(row.orderId)}
          checked={selected.has(row.key)}
          onChange={(e) => onToggle(row.key, (e.currentTarget as HTMLInputElement).checked)}
        />
      </td>
      <td class="cell orderId" title={row.displayableOrderId ?? row.orderId}>
        {orderPage ? (
          <a
            href={orderPage}
            tabIndex={tabIndex}
            target="_blank"
            rel="noopener noreferrer"
            title={texts.openOrder}
          >
            {row.orderId}
          </a>
        ) : (
          row.orderId
        )}
      </td>
      <td class="cell countryCode">{row.countryCode}</td>
      <td class="cell status" title={status}>
        {status}
      </td>
      <td class="cell shipDate">{row.shipDate ? formatDay(row.shipDate, lang) : ''}</td>
      <td class="cell edd">{row.edd ? formatDay(row.edd, lang) : ''}</td>
      <td class="cell carrier">{row.carrier ?? ''}</td>
      <td class="cell tracking">
        {row.tracking ? (
          <a href={swiship} tabIndex={tabIndex} target="_blank" rel="noopener noreferrer">
            {row.tracking}
          </a>
        ) : (
          ''
        )}
      </td>
      <td class="cell findings">
        {asksDelivery ? (
          <span class="delivery" title={texts.deliveryQuestion}>
            <button
              type="button"
              tabIndex={tabIndex}
              disabled={busy}
              onClick={() => onDelivery(row, true)}
              data-testid="answer-delivered"
            >
              {texts.delivered}
            </button>
            <button
              type="button"
              tabIndex={tabIndex}
              disabled={busy}
              onClick={() => onDelivery(row, false)}
              data-testid="answer-not-delivered"
            >
              {texts.notDelivered}
            </button>
          </span>
        ) : null}
        {row.findings.map((finding, i) => {
          const described = describeFinding(finding, lang);
          const chip = {
            class: `finding ${SEVERITIES[Math.max(0, SEVERITIES.indexOf(finding.severity))]}`,
            title: `${described.title} — ${described.action}`,
          };
          // "Vérifier sur Swiship" opens the marketplace's Swiship page for the parcel.
          return finding.kind === 'lost-check' && swiship ? (
            <a
              key={`${finding.kind}-${i}`}
              {...chip}
              tabIndex={tabIndex}
              href={swiship}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="swiship-chip"
            >
              {texts.kinds[finding.kind]}
            </a>
          ) : (
            <span key={`${finding.kind}-${i}`} {...chip}>
              {texts.kinds[finding.kind]}
            </span>
          );
        })}
      </td>
      <td class="cell claimDeadline">
        {row.claimDeadline ? `${formatDay(row.claimDeadline, lang)} (${texts.daysLeft(daysLeft ?? 0)})` : ''}
        {row.claimFiled ? <span class="filed"> ✓ {row.caseId ?? texts.claimFiled}</span> : null}
      </td>
    </tr>
  );
}
