import { daysBetween, todayIn } from '../../core/dates/calendar';
import { LISTING_SORTS } from '../../core/export/order-listing';
import type { OrderSummary } from '../../core/export/order-summary';
import { FINDING_KINDS, type FindingKind, SEVERITIES, type Severity } from '../../core/model/finding-kinds';

// The dashboard table's filters and sort columns, and the rules a row must pass. The table reads
// its pages through indexes (entrypoints/dashboard/orders-query.ts); these rules check the rows an
// index range brings, and serve the tests and small in-memory lists.

/** The columns a seller can sort by: each has its index (`listing.<column>`, schema v11). */
export const SORT_COLUMNS = LISTING_SORTS;
export type SortColumn = (typeof SORT_COLUMNS)[number];

/**
 * The summary strip's figures, each one a filter of the table: orders to claim now, to check
 * (most severe open finding a warning, e.g. a Swiship check), with a claim deadline within
 * `DEADLINE_DAYS` days of today in the marketplace's zone, with a return open.
 */
export const FOCI = ['claimNow', 'toCheck', 'deadlineSoon', 'returnsOpen'] as const;
export type Focus = (typeof FOCI)[number];
export type FocusFigures = Record<Focus, number>;

export const CLAIM_NOW_KINDS = [
  'lost-claimable',
  'damaged-claimable',
] as const satisfies readonly FindingKind[];
/** The kinds whose findings carry a claim deadline (the `kinds` index finds their orders). */
export const DEADLINE_KINDS = [
  'lost-check',
  'lost-claimable',
  'damaged-claimable',
] as const satisfies readonly FindingKind[];
export const DEADLINE_DAYS = 7;

/** What `inFocus` reads of an order (a summary, or a stored row in the figures' query). */
export type FocusFields = Pick<OrderSummary, 'findings' | 'kinds' | 'severity' | 'timeZone'> &
  Partial<Pick<OrderSummary, 'openKinds' | 'urgency'>>;

/** An open claim deadline (of an unmuted finding) from today to `DEADLINE_DAYS` days ahead. */
export function deadlineSoon(row: FocusFields, now: Date): boolean {
  const open = row.openKinds ?? row.kinds;
  const today = todayIn(now, row.timeZone);
  return row.findings.some((f) => {
    if (!f.deadline || !open.includes(f.kind)) return false;
    const days = daysBetween(today, f.deadline);
    return days >= 0 && days <= DEADLINE_DAYS;
  });
}

export function inFocus(row: FocusFields, focus: Focus, now: Date): boolean {
  const open = row.openKinds ?? row.kinds;
  switch (focus) {
    case 'claimNow':
      return CLAIM_NOW_KINDS.some((k) => open.includes(k));
    case 'toCheck':
      return (row.urgency ?? row.severity) === 1;
    case 'deadlineSoon':
      return deadlineSoon(row, now);
    case 'returnsOpen':
      return open.includes('return-open');
  }
}

export interface TableFilter {
  /** A summary figure chosen (the strip's pressed button), or empty. */
  focus: Focus | '';
  /** A finding kind, `none` for orders without findings, or empty for all. */
  kind: FindingKind | 'none' | '';
  /** Orders whose most severe finding has this severity; `none` for no finding. */
  severity: Severity | 'none' | '';
  countryCode: string;
  dateField: 'edd' | 'shipDate';
  from: string;
  to: string;
  search: string;
}

export const EMPTY_FILTER: TableFilter = {
  focus: '',
  kind: '',
  severity: '',
  countryCode: '',
  dateField: 'edd',
  from: '',
  to: '',
  search: '',
};

export interface TableSort {
  column: SortColumn;
  descending: boolean;
}

export function isFindingKind(value: string): value is FindingKind {
  return (FINDING_KINDS as readonly string[]).includes(value);
}

export function filterRows(
  rows: readonly OrderSummary[],
  filter: TableFilter,
  now: Date = new Date(),
): OrderSummary[] {
  const search = filter.search.trim().toLowerCase();
  const severityRank =
    filter.severity === '' || filter.severity === 'none' ? -1 : SEVERITIES.indexOf(filter.severity);
  return rows.filter((row) => {
    if (filter.focus !== '' && !inFocus(row, filter.focus, now)) return false;
    if (
      filter.kind === 'none' ? row.kinds.length > 0 : filter.kind !== '' && !row.kinds.includes(filter.kind)
    )
      return false;
    if (filter.severity !== '' && row.severity !== severityRank) return false;
    if (filter.countryCode !== '' && row.countryCode !== filter.countryCode) return false;
    if (filter.from !== '' || filter.to !== '') {
      const day = row[filter.dateField];
      if (!day) return false;
      if (filter.from !== '' && day < filter.from) return false;
      if (filter.to !== '' && day > filter.to) return false;
    }
    return search === '' || row.haystack.includes(search);
  });
}

function sortKey(row: OrderSummary, column: SortColumn): string | number | undefined {
  switch (column) {
    case 'findings':
      // Most severe first when descending; orders with no finding sort as -1.
      return row.severity;
    default:
      return row[column] || undefined;
  }
}

/** A new sorted array; empty values always last, ties kept in key order (stable). */
export function sortRows(rows: readonly OrderSummary[], sort: TableSort): OrderSummary[] {
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortKey(a, sort.column);
    const y = sortKey(b, sort.column);
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    if (x < y) return -direction;
    if (x > y) return direction;
    return 0;
  });
}

/** Country codes present in the table, with their counts, most orders first. */
export function countriesOf(
  rows: readonly OrderSummary[],
): { countryCode: string; host: string; count: number }[] {
  const byCountry = new Map<string, { countryCode: string; host: string; count: number }>();
  for (const row of rows) {
    const entry = byCountry.get(row.countryCode) ?? {
      countryCode: row.countryCode,
      host: row.host,
      count: 0,
    };
    entry.count++;
    byCountry.set(row.countryCode, entry);
  }
  return [...byCountry.values()].sort(
    (a, b) => b.count - a.count || a.countryCode.localeCompare(b.countryCode),
  );
}

/** The rows a virtualized list shows for a scroll position: the visible ones plus a margin. */
export function visibleWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  total: number,
  overscan = 10,
): { start: number; end: number } {
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(total, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { start, end };
}

/**
 * Rows of the table's first page: as many as the window can show (the table is never taller), at
 * least 10. Fewer rows than a whole page are read and painted sooner; the next page follows as the
 * table asks for it.
 */
export function firstPageSize(viewportHeight: number, rowHeight: number): number {
  const rows = Math.ceil(viewportHeight / rowHeight);
  return Number.isFinite(rows) ? Math.max(10, rows) : 10;
}
