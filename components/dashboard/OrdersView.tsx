import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OrderSummary } from '../../core/export/order-summary';
import { Filters } from './Filters';
import { OrdersTable } from './OrdersTable';
import { PAGING_TEXTS } from './paging-texts';
import { ROW_HEIGHT } from './row-cells';
import { SelectionBar } from './SelectionBar';
import { SummaryStrip } from './SummaryStrip';
import {
  EMPTY_FILTER,
  type FocusFigures,
  firstPageSize,
  type SortColumn,
  type TableFilter,
  type TableSort,
} from './table-query';
import type { DashboardLang, DashboardTexts } from './texts';
import { type OrdersSource, useOrdersPages } from './use-orders-pages';
import { useSelection } from './use-selection';

export interface OrdersViewProps {
  texts: DashboardTexts;
  lang: DashboardLang;
  /** The table's pages (indexed reads): the view never holds more than the pages scrolled through. */
  source: OrdersSource<unknown>;
  /** Bumped when the stored orders changed wholesale (an import, a restore): back to the first page. */
  epoch: number;
  /** Orders read again after a write (`seq` tells a new patch from the last one). */
  changed?: { seq: number; found: readonly OrderSummary[]; missing: readonly string[] } | null;
  /** The marketplaces with stored orders, with their counts. */
  countries: readonly { countryCode: string; count: number }[];
  onError: (error: unknown) => void;
  /** The first rows are shown (the dashboard's other reads wait for them). */
  onShown?: () => void;
  /** The summary strip's figures (indexed queries and counters), null until read. */
  figures?: FocusFigures | null;
  now: Date;
  busyKeys: ReadonlySet<string>;
  onReload: () => void;
  onDelivery: (row: OrderSummary, delivered: boolean) => void;
  onMarkClaim: (keys: string[], filed: boolean, caseId: string) => void;
  /** Every order the filters let through, in the table's order (read page after page). */
  onExportCsv: (filter: TableFilter, sort: TableSort) => void;
  onExportClaims: (keys: string[]) => void;
  /** Rendered under the selection toolbar with the selected rows (the evidence packs). */
  selectionExtra?: (selected: readonly OrderSummary[]) => preact.ComponentChildren;
}

export function OrdersView(props: OrdersViewProps) {
  const { texts } = props;
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const [sort, setSort] = useState<TableSort>({ column: 'claimDeadline', descending: false });

  const pages = useOrdersPages(
    props.source,
    filter,
    sort,
    props.epoch,
    props.onError,
    firstPageSize(innerHeight, ROW_HEIGHT),
  );
  const shown = pages.rows;
  const { patch } = pages;
  useEffect(() => {
    if (props.changed) patch(props.changed.found, props.changed.missing);
  }, [props.changed, patch]);
  const { onShown } = props;
  useEffect(() => {
    if (!pages.loading) onShown?.();
  }, [pages.loading, onShown]);
  // Exact when counted, or when every page is read; else at least the rows read so far.
  const matching = pages.matching ?? (pages.more ? null : shown.length);
  const stored = pages.stored ?? 0;

  const selection = useSelection(shown);
  const onSort = (column: SortColumn) =>
    setSort((s) => ({ column, descending: s.column === column ? !s.descending : false }));

  // The parts of the view its rows do not change are made again only when their own inputs change:
  // Preact skips an element it is given again, and the first rows' render is what a seller waits for.
  const { lang, figures, countries, onMarkClaim, onExportClaims, selectionExtra } = props;
  const filterControls = useMemo(
    () => (
      <>
        <SummaryStrip
          texts={texts}
          lang={lang}
          figures={figures ?? null}
          focus={filter.focus}
          onFocus={(focus) => setFilter({ ...EMPTY_FILTER, focus })}
        />
        <Filters texts={texts} filter={filter} countries={countries} onChange={setFilter} />
      </>
    ),
    [texts, lang, figures, filter, countries],
  );
  const selectionControls = useMemo(
    () => (
      <>
        <SelectionBar
          texts={texts}
          selection={selection.keys}
          onMarkClaim={onMarkClaim}
          onExportClaims={onExportClaims}
        />
        {selectionExtra?.(selection.selectedRows)}
      </>
    ),
    [texts, selection.keys, selection.selectedRows, onMarkClaim, onExportClaims, selectionExtra],
  );

  return (
    <section class="orders-view" aria-label={texts.tabs.orders}>
      {filterControls}
      <OrdersToolbar
        texts={texts}
        loading={pages.loading}
        count={countLine(props.lang, texts, shown.length, matching, pages.stored)}
        onClear={() => setFilter(EMPTY_FILTER)}
        onReload={props.onReload}
        onExportCsv={() => props.onExportCsv(filter, sort)}
      />
      {selectionControls}
      {stored === 0 && pages.stored !== null ? <p class="empty">{texts.empty}</p> : null}
      {stored > 0 && shown.length === 0 && !pages.loading ? <p class="empty">{texts.noMatch}</p> : null}
      <OrdersTable
        texts={texts}
        lang={props.lang}
        rows={shown}
        total={matching}
        onNearEnd={pages.more ? pages.loadMore : undefined}
        now={props.now}
        sort={sort}
        onSort={onSort}
        selected={selection.selected}
        onToggle={selection.toggle}
        onToggleAll={selection.toggleAll}
        onDelivery={props.onDelivery}
        busyKeys={props.busyKeys}
        loading={pages.loading}
      />
    </section>
  );
}

/** The line over the table: how many orders are shown, and the view's own actions. */
function OrdersToolbar(props: {
  texts: DashboardTexts;
  loading: boolean;
  count: string;
  onClear: () => void;
  onReload: () => void;
  onExportCsv: () => void;
}) {
  const { texts } = props;
  return (
    <div class="toolbar" aria-busy={props.loading}>
      <span data-testid="shown-count">{props.count}</span>
      <button type="button" onClick={props.onClear}>
        {texts.filters.clear}
      </button>
      <button type="button" onClick={props.onReload} data-testid="reload">
        {texts.reload}
      </button>
      <button type="button" onClick={props.onExportCsv} data-testid="export-csv">
        {texts.exportCsv}
      </button>
    </div>
  );
}

/**
 * The count line: while the stored orders are counted, the rows shown; then the matching orders
 * of the stored ones, exactly when known, else at least the rows read so far.
 */
function countLine(
  lang: DashboardLang,
  texts: DashboardTexts,
  shown: number,
  matching: number | null,
  stored: number | null,
): string {
  if (stored === null) return PAGING_TEXTS[lang].counting(shown);
  return matching === null ? PAGING_TEXTS[lang].shownAtLeast(shown, stored) : texts.shown(matching, stored);
}
