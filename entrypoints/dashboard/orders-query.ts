import {
  CLAIM_NOW_KINDS,
  DEADLINE_DAYS,
  filterRows,
  type SortColumn,
  type TableFilter,
  type TableSort,
} from '../../components/dashboard/table-query';
import { LISTING_EMPTY, LISTING_SEP } from '../../core/export/order-listing';
import type { OrderSummary } from '../../core/export/order-summary';
import { SEVERITIES } from '../../core/model/finding-kinds';
import type { McfDeskDb, OrderRow } from '../background/db';
import { summaryOf } from './orders-source';

// The dashboard table, a page at a time, from the indexes of `OrderRow.listing` (schema v11):
// never every order in the page.
//
// - No filter: one range read of the sort column's index, from right after the last row shown
//   (keyset pagination: each index value ends with the order's key, so it is unique).
// - Filters: each one is an index range (a kind, a severity, a marketplace, a date range, a
//   search prefix, a summary figure). The smallest range drives: when it holds at most
//   `IN_MEMORY_LIMIT` orders, those are read, filtered and sorted here, and paged from memory;
//   otherwise the sort index is walked with the filters checked row by row (a cursor, stopping at
//   a page), which, the driving range being large, finds a page after a few pages' worth of rows.
//   The ranges are sized by reading at most `IN_MEMORY_LIMIT + 1` of their keys, never counted
//   whole: counting 50,000 entries of a kind took 0.4 s at 100,000 orders, before any row.

export const PAGE_SIZE = 50;
type Rows = ReturnType<McfDeskDb['orders']['toCollection']>;
const IN_MEMORY_LIMIT = 3000;

type Cursor =
  | { mode: 'memory'; rows: OrderSummary[]; offset: number }
  /** Descending: phase 0 walks the values down, phase 1 the empty values (always last) up. */
  | { mode: 'index'; phase: 0 | 1; after: string | undefined };
export type OrdersCursor = Cursor;

export interface OrdersPage {
  rows: OrderSummary[];
  /** Where the next page starts; null when this was the last. */
  next: OrdersCursor | null;
  /** How many orders the filters let through, when the rows were counted here (read in memory). */
  matching?: number;
}

/** The index serving each sortable column. */
export function sortIndex(column: SortColumn): string {
  return `listing.${column}`;
}

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** One filter as an index range (its keys, or its count), for the filters set. */
function criteria(db: McfDeskDb, filter: TableFilter, now: Date): Rows[] {
  const out: Rows[] = [];
  const search = filter.search.trim().toLowerCase();
  if (search !== '') out.push(db.orders.where('listing.terms').startsWith(search));
  switch (filter.focus) {
    case 'claimNow':
      out.push(db.orders.where('kinds').anyOf([...CLAIM_NOW_KINDS]));
      break;
    case 'toCheck':
      out.push(db.orders.where('attention').startsWith('1|'));
      break;
    case 'deadlineSoon': {
      // A day of margin each side for the marketplaces' zones; the rows are checked exactly after.
      const day = 86_400_000;
      const from = dayOf(now.getTime() - day);
      const to = dayOf(now.getTime() + (DEADLINE_DAYS + 1) * day);
      out.push(db.orders.where('listing.due').between(from, to, true, true));
      break;
    }
    case 'returnsOpen':
      out.push(db.orders.where('kinds').equals('return-open'));
      break;
  }
  if (filter.kind === 'none') out.push(db.orders.where('listing.findings').startsWith(`0${LISTING_SEP}`));
  else if (filter.kind !== '') out.push(db.orders.where('listing.allKinds').equals(filter.kind));
  if (filter.severity !== '') {
    const rank = filter.severity === 'none' ? 0 : SEVERITIES.indexOf(filter.severity) + 1;
    out.push(db.orders.where('listing.findings').startsWith(`${rank}${LISTING_SEP}`));
  }
  if (filter.countryCode !== '')
    out.push(db.orders.where('listing.countryCode').startsWith(`${filter.countryCode}${LISTING_SEP}`));
  if (filter.from !== '' || filter.to !== '') {
    const upper = filter.to === '' ? LISTING_EMPTY : `${filter.to}${String.fromCharCode(2)}`;
    out.push(db.orders.where(sortIndex(filter.dateField)).between(filter.from, upper, true, false));
  }
  return out;
}

/** Whether a stored row passes every filter (the same rules as the index ranges). */
function matcher(filter: TableFilter, now: Date): (row: OrderRow) => boolean {
  const search = filter.search.trim().toLowerCase();
  // The kind filter also takes muted and informative findings: the row's `allKinds`.
  const rest: TableFilter = { ...filter, search: '', kind: filter.kind === 'none' ? 'none' : '' };
  return (row) =>
    (search === '' || (row.listing?.terms ?? []).some((t) => t.startsWith(search))) &&
    (filter.kind === '' || filter.kind === 'none' || (row.listing?.allKinds ?? []).includes(filter.kind)) &&
    filterRows([summaryOf(row)], rest, now).length === 1;
}

/** Order of the table as its indexes give it: values up or down, empty values last either way. */
function compareListing(column: SortColumn, descending: boolean) {
  const value = (row: OrderRow) => row.listing?.[column] ?? `${LISTING_EMPTY}${LISTING_SEP}${row.key}`;
  return (a: OrderRow, b: OrderRow) => {
    const x = value(a);
    const y = value(b);
    const emptyX = x.startsWith(LISTING_EMPTY);
    const emptyY = y.startsWith(LISTING_EMPTY);
    if (emptyX !== emptyY) return emptyX ? 1 : -1;
    const up = x < y ? -1 : x > y ? 1 : 0;
    return descending && !emptyX ? -up : up;
  };
}

/**
 * Checklists exist only for the orders a seller worked on: their keys, when no more than this many,
 * are read beside a page's rows (one request, not one per row), and only the rows that have one
 * read theirs. A page's 50 lookups otherwise cost more than its rows.
 */
const CHECKLIST_KEYS_READ = 2000;

export const checklistKeys = (db: McfDeskDb, limit = CHECKLIST_KEYS_READ): Promise<string[]> =>
  db.checklists
    .toCollection()
    .limit(limit + 1)
    .primaryKeys();

/** The rows' summaries with their checklists (claim filed, case id). */
export async function withChecklists(
  db: McfDeskDb,
  rows: readonly OrderRow[],
  /** The checklists' keys (`checklistKeys`), read beside the rows. */
  known?: Promise<string[]>,
  limit = CHECKLIST_KEYS_READ,
): Promise<OrderSummary[]> {
  let keys = rows.map((r) => r.key);
  const all = known ? await known : null;
  if (all && all.length <= limit) {
    const present = new Set(all);
    keys = keys.filter((key) => present.has(key));
  }
  const found = keys.length > 0 ? await db.checklists.bulkGet(keys) : [];
  const byKey = new Map(keys.map((key, i) => [key, found[i]]));
  return rows.map((row) => summaryOf(row, byKey.get(row.key)));
}

/** A stretch of the sort index from the cursor, in the table's order, filtered row by row. */
async function indexPage(
  db: McfDeskDb,
  sort: TableSort,
  from: Extract<Cursor, { mode: 'index' }>,
  size: number,
  keep: ((row: OrderRow) => boolean) | null,
): Promise<{ rows: OrderRow[]; next: Cursor | null }> {
  const index = sortIndex(sort.column);
  const rows: OrderRow[] = [];
  let { phase, after } = from;
  for (;;) {
    let range: Rows;
    if (!sort.descending || phase === 1) {
      // Up: every value after the cursor, the empty ones last (they sort above every value).
      const start = after ?? (sort.descending ? LISTING_EMPTY : '');
      range = db.orders.where(index).above(start);
    } else {
      range = db.orders
        .where(index)
        .below(after ?? LISTING_EMPTY)
        .reverse();
    }
    if (keep) range = range.filter(keep);
    const got = await range.limit(size - rows.length).toArray();
    rows.push(...got);
    const last = got.at(-1)?.listing?.[sort.column];
    if (last !== undefined) after = last;
    if (rows.length === size) return { rows, next: { mode: 'index', phase, after } };
    if (!sort.descending || phase === 1) return { rows, next: null };
    phase = 1;
    after = undefined;
  }
}

/** The page of the table from `cursor` (null: the first page). */
export async function readOrdersPage(
  db: McfDeskDb,
  filter: TableFilter,
  sort: TableSort,
  cursor: OrdersCursor | null,
  now: Date,
  size = PAGE_SIZE,
  inMemoryLimit = IN_MEMORY_LIMIT,
  /** The checklists' keys (`checklistKeys`), when already being read; else read beside the rows. */
  checklists?: Promise<string[]>,
): Promise<OrdersPage> {
  // No transaction around the reads: Dexie resolves an explicit transaction only once IndexedDB
  // has committed it (a round trip after the rows are in hand, about 7 ms of the first page at
  // 100,000 orders), a single read as soon as it has its result. A page and its checklists read a
  // moment apart may disagree only if the seller ticks a step in between; the next read agrees.
  let from = cursor;
  const ranges = criteria(db, filter, now);
  // Every row a filter's range gives (or the sort index walks past) is checked against all of them.
  const keep = ranges.length > 0 ? matcher(filter, now) : null;
  if (from === null) {
    if (keep) {
      // Each range's entries up to one past the limit: all of them when it holds no more. A
      // multi-entry range may name an order twice, so whole is decided on entries, not orders.
      const sized = await Promise.all(
        ranges.map(async (r) => {
          const entries = await r.limit(inMemoryLimit + 1).primaryKeys();
          return { whole: entries.length <= inMemoryLimit, keys: [...new Set(entries)] };
        }),
      );
      // The smallest range read whole drives; none read whole: the sort index is walked.
      const smallest = sized
        .filter((range) => range.whole)
        .reduce<string[] | null>((a, b) => (a === null || b.keys.length < a.length ? b.keys : a), null);
      if (smallest !== null) {
        const found = await db.orders.bulkGet(smallest);
        const rows = found.filter((row): row is OrderRow => row !== undefined && keep(row));
        rows.sort(compareListing(sort.column, sort.descending));
        from = { mode: 'memory', rows: await withChecklists(db, rows), offset: 0 };
      }
    }
    from ??= { mode: 'index', phase: 0, after: undefined };
  }
  if (from.mode === 'memory') {
    const end = from.offset + size;
    return {
      rows: from.rows.slice(from.offset, end),
      next: end < from.rows.length ? { ...from, offset: end } : null,
      matching: from.rows.length,
    };
  }
  const known = checklists ?? checklistKeys(db);
  const page = await indexPage(db, sort, from, size, keep);
  const rows = await withChecklists(db, page.rows, known);
  return { rows, next: page.next };
}

/**
 * One filter whose index range holds exactly its orders. Not the deadlines (a day of margin), nor
 * a multi-entry range that may hold an order twice (search terms, the two claimable kinds).
 */
function countIsExact(filter: TableFilter, ranges: readonly Rows[]): boolean {
  return (
    ranges.length === 1 &&
    filter.focus !== 'deadlineSoon' &&
    filter.focus !== 'claimNow' &&
    filter.search.trim() === ''
  );
}

/** How many orders are stored: an index count (keys only; counting the table walks every value). */
export function countStored(db: McfDeskDb): Promise<number> {
  return db.orders.orderBy('updatedAt').count();
}

/**
 * How many orders the filters let through, when an index count says it (no filter, or one
 * filter whose range is exact); null when only reading the rows would tell. And how many are stored,
 * from `stored` (the dashboard counts them once per reading of the table: 100,000 index entries
 * take most of a second to count, and a filter does not change them).
 */
export async function countOrders(
  db: McfDeskDb,
  filter: TableFilter,
  now: Date,
  /** The first page already said how many match: only the stored orders are counted. */
  matchingKnown = false,
  stored: () => Promise<number> = () => countStored(db),
): Promise<{ matching: number | null; stored: number }> {
  const ranges = criteria(db, filter, now);
  const [total, matching] = await Promise.all([
    stored(),
    !matchingKnown && countIsExact(filter, ranges) ? (ranges[0] as Rows).count() : null,
  ]);
  return { matching: ranges.length === 0 ? total : matching, stored: total };
}
