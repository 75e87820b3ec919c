import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { daysBetween, todayIn } from '../../core/dates/calendar';
import type { OrderSummary } from '../../core/export/order-summary';
import { SEVERITIES } from '../../core/model/finding';
import { describeFinding } from '../finding-text';
import { statusCodesText } from '../status-text';
import { formatDay, orderLink, swishipLink } from './format';
import { SORT_COLUMNS, type SortColumn, type TableSort, visibleWindow } from './table-query';
import type { DashboardLang, DashboardTexts } from './texts';

// A virtualized table: only the rows in view (plus a margin) are in the DOM, so 100,000 orders
// scroll as smoothly as 100. Rows have a fixed height; the scroll area's height is the full list's.

export const ROW_HEIGHT = 36;

interface Props {
  texts: DashboardTexts;
  lang: DashboardLang;
  rows: readonly OrderSummary[];
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

  const { start, end } = visibleWindow(view.top, view.height, ROW_HEIGHT, rows.length);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.key));

  return (
    <table class="orders-table" aria-rowcount={rows.length + 1} data-testid="orders-table">
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
      <tbody class="scroll" ref={scroller} data-testid="orders-scroll">
        {start > 0 ? <tr class="spacer" style={{ height: `${start * ROW_HEIGHT}px` }} /> : null}
        {rows.slice(start, end).map((row, i) => (
          <Row key={row.key} {...props} row={row} index={start + i} />
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
}: Props & { row: OrderSummary; index: number }) {
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
      data-testid="order-row"
      data-key={row.key}
    >
      <td class="cell check">
        <input
          type="checkbox"
          aria-label={texts.selectRow(row.orderId)}
          checked={selected.has(row.key)}
          onChange={(e) => onToggle(row.key, (e.currentTarget as HTMLInputElement).checked)}
        />
      </td>
      <td class="cell orderId" title={row.displayableOrderId ?? row.orderId}>
        {orderPage ? (
          <a href={orderPage} target="_blank" rel="noopener noreferrer" title={texts.openOrder}>
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
          <a href={swiship} target="_blank" rel="noopener noreferrer">
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
              disabled={busy}
              onClick={() => onDelivery(row, true)}
              data-testid="answer-delivered"
            >
              {texts.delivered}
            </button>
            <button
              type="button"
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
