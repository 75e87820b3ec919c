import { useMemo, useState } from 'preact/hooks';
import type { OrderSummary } from '../../core/export/order-summary';
import { Filters } from './Filters';
import { OrdersTable } from './OrdersTable';
import { SummaryStrip } from './SummaryStrip';
import {
  countriesOf,
  EMPTY_FILTER,
  type FocusFigures,
  filterRows,
  type SortColumn,
  sortRows,
  type TableSort,
} from './table-query';
import type { DashboardLang, DashboardTexts } from './texts';

export interface OrdersViewProps {
  texts: DashboardTexts;
  lang: DashboardLang;
  rows: readonly OrderSummary[];
  loading: { done: number; total: number } | null;
  /** The summary strip's figures (indexed queries and counters), null until read. */
  figures?: FocusFigures | null;
  now: Date;
  busyKeys: ReadonlySet<string>;
  onReload: () => void;
  onDelivery: (row: OrderSummary, delivered: boolean) => void;
  onMarkClaim: (keys: string[], filed: boolean, caseId: string) => void;
  onExportCsv: (rows: readonly OrderSummary[]) => void;
  onExportClaims: (keys: string[]) => void;
  /** Rendered under the selection toolbar with the selected rows (the evidence packs). */
  selectionExtra?: (selected: readonly OrderSummary[]) => preact.ComponentChildren;
}

export function OrdersView(props: OrdersViewProps) {
  const { texts, rows } = props;
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const [sort, setSort] = useState<TableSort>({ column: 'claimDeadline', descending: false });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [caseId, setCaseId] = useState('');

  const countries = useMemo(() => countriesOf(rows), [rows]);
  const shown = useMemo(
    () => sortRows(filterRows(rows, filter, props.now), sort),
    [rows, filter, sort, props.now],
  );
  // Selection only counts orders still shown: a filter never acts on hidden orders.
  const selection = useMemo(
    () => shown.filter((r) => selected.has(r.key)).map((r) => r.key),
    [shown, selected],
  );

  const onSort = (column: SortColumn) =>
    setSort((s) => ({ column, descending: s.column === column ? !s.descending : false }));
  const toggle = (key: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const toggleAll = (on: boolean) => setSelected(on ? new Set(shown.map((r) => r.key)) : new Set());

  return (
    <section class="orders-view" aria-label={texts.tabs.orders}>
      <SummaryStrip
        texts={texts}
        lang={props.lang}
        figures={props.figures ?? null}
        focus={filter.focus}
        onFocus={(focus) => setFilter({ ...EMPTY_FILTER, focus })}
      />
      <Filters texts={texts} filter={filter} countries={countries} onChange={setFilter} />
      <div class="toolbar">
        <span data-testid="shown-count">{texts.shown(shown.length, rows.length)}</span>
        {props.loading ? (
          <progress value={props.loading.done} max={Math.max(1, props.loading.total)}>
            {texts.loading(props.loading.done, props.loading.total)}
          </progress>
        ) : null}
        <button type="button" onClick={() => setFilter(EMPTY_FILTER)}>
          {texts.filters.clear}
        </button>
        <button type="button" onClick={props.onReload} data-testid="reload">
          {texts.reload}
        </button>
        <button type="button" onClick={() => props.onExportCsv(shown)} data-testid="export-csv">
          {texts.exportCsv}
        </button>
      </div>
      <div class="toolbar selection">
        <span data-testid="selected-count">{texts.selected(selection.length)}</span>
        <input
          type="text"
          placeholder={texts.caseId}
          aria-label={texts.caseId}
          value={caseId}
          maxLength={200}
          onInput={(e) => setCaseId((e.currentTarget as HTMLInputElement).value)}
          data-testid="case-id"
        />
        <button
          type="button"
          disabled={selection.length === 0}
          onClick={() => props.onMarkClaim(selection, true, caseId.trim())}
          data-testid="mark-claim"
        >
          {texts.markClaim}
        </button>
        <button
          type="button"
          disabled={selection.length === 0}
          onClick={() => props.onMarkClaim(selection, false, '')}
        >
          {texts.unmarkClaim}
        </button>
        <button
          type="button"
          disabled={selection.length === 0}
          onClick={() => props.onExportClaims(selection)}
          data-testid="export-claims"
        >
          {texts.exportClaims}
        </button>
      </div>
      {props.selectionExtra?.(shown.filter((r) => selected.has(r.key)))}
      {rows.length === 0 && !props.loading ? <p class="empty">{texts.empty}</p> : null}
      {rows.length > 0 && shown.length === 0 ? <p class="empty">{texts.noMatch}</p> : null}
      <OrdersTable
        texts={texts}
        lang={props.lang}
        rows={shown}
        now={props.now}
        sort={sort}
        onSort={onSort}
        selected={selected}
        onToggle={toggle}
        onToggleAll={toggleAll}
        onDelivery={props.onDelivery}
        busyKeys={props.busyKeys}
      />
    </section>
  );
}
