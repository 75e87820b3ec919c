import { daysBetween, todayIn } from '../../core/dates/calendar';
import type { OrderSummary } from '../../core/export/order-summary';
import { SEVERITIES } from '../../core/model/finding';
import { describeFinding } from '../finding-text';
import { statusCodesText } from '../status-text';
import { formatDay, orderLink, swishipLink } from './format';
import type { DashboardLang, DashboardTexts } from './texts';

// One order of the dashboard table: its values in the seller's language, its links (the order's
// Seller Central page, Swiship), the delivery question of a lost-order check, its findings as
// chips and its claim deadline. Only the table's active row is a tab stop.
// Before the first page is read, the row's place in view is drawn with the same row and cells,
// empty: the table's frame paints at once, and the rows read fill those elements in place rather
// than building them, which shortens the first rows' render.

export const ROW_HEIGHT = 36;

export interface OrderRowProps {
  texts: DashboardTexts;
  lang: DashboardLang;
  /** Undefined: the place of a row still being read. */
  row: OrderSummary | undefined;
  /** Its place among the rows read (0-based). */
  index: number;
  /** The row is the table's tab stop: it and its controls take Tab. */
  tabbable: boolean;
  now: Date;
  selected: ReadonlySet<string>;
  onToggle: (key: string, selected: boolean) => void;
  onDelivery: (row: OrderSummary, delivered: boolean) => void;
  busyKeys: ReadonlySet<string>;
}

export function OrderRow({
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
}: OrderRowProps) {
  if (!row) return rowBeingRead();
  const tabIndex = tabbable ? 0 : -1;
  const daysLeft = row.claimDeadline ? daysBetween(todayIn(now, row.timeZone), row.claimDeadline) : undefined;
  const asksDelivery = row.kinds.includes('lost-check');
  const busy = busyKeys.has(row.key);
  const orderPage = orderLink(row);
  const swiship = swishipLink(row);
  const status = statusCodesText(row.status, lang);
  return (
    <tr class="row" aria-rowindex={index + 2} tabIndex={tabIndex} data-testid="order-row" data-index={index}>
      <td class="cell check">
        <input
          type="checkbox"
          tabIndex={tabIndex}
          aria-label={texts.selectRow(row.orderId)}
          checked={selected.has(row.key)}
          onChange={(e) => onToggle(row.key, (e.currentTarget as HTMLInputElement).checked)}
        />
      </td>
      <td
        class="cell orderId"
        title={
          row.displayableOrderId !== undefined && row.displayableOrderId !== row.orderId
            ? row.displayableOrderId
            : undefined
        }
      >
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

/**
 * A row's place while it is read: the elements the order fills once read (a plain function, not a
 * component, so that Preact patches them), hidden from assistive technology until then.
 */
function rowBeingRead() {
  return (
    <tr class="row being-read" aria-hidden="true" tabIndex={-1} data-testid="row-being-read">
      <td class="cell check">
        <input type="checkbox" tabIndex={-1} disabled />
      </td>
      <td class="cell orderId" />
      <td class="cell countryCode" />
      <td class="cell status" />
      <td class="cell shipDate" />
      <td class="cell edd" />
      <td class="cell carrier" />
      <td class="cell tracking" />
      <td class="cell findings" />
      <td class="cell claimDeadline" />
    </tr>
  );
}
