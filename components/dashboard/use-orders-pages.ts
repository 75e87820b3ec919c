import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { OrderSummary } from '../../core/export/order-summary';
import type { TableFilter, TableSort } from './table-query';

// The orders table's rows, a page at a time: the first page whenever the filters, the sort or
// `epoch` change (a newer request wins over an older one still running), the next one when the
// table asks for more (scrolled near the end), and rows changed in place after a write.

/** Where the table's pages come from (the dashboard's indexed reads; a fake in tests). */
export interface OrdersSource<Cursor> {
  page(
    filter: TableFilter,
    sort: TableSort,
    cursor: Cursor | null,
    /** Rows wanted; the source's page size when absent. */
    size?: number,
  ): Promise<{ rows: OrderSummary[]; next: Cursor | null; matching?: number }>;
  /**
   * Starts what a first page's read needs beside its rows, before that page is asked: called as
   * the view's changes are committed, while they are painted; the first page is asked after.
   */
  prepare?(): void;
  /** Orders matching (null when only reading them all would tell, or when `matchingKnown`: the
   *  first page said it) and orders stored. */
  count(filter: TableFilter, matchingKnown: boolean): Promise<{ matching: number | null; stored: number }>;
}

export interface OrdersPages {
  rows: readonly OrderSummary[];
  /** More pages to read. */
  more: boolean;
  loading: boolean;
  /** Orders the filters let through, when known. */
  matching: number | null;
  stored: number | null;
  loadMore: () => void;
  /** Orders read again after a write: replaced where shown, dropped when gone. */
  patch: (found: readonly OrderSummary[], missing: readonly string[]) => void;
}

export function useOrdersPages<Cursor>(
  source: OrdersSource<Cursor>,
  filter: TableFilter,
  sort: TableSort,
  epoch: number,
  onError: (error: unknown) => void,
  /** Rows of the first page: no more than the table shows at once, so that they are read and
   *  painted sooner; the pages after it are the source's size. */
  firstPageSize?: number,
): OrdersPages {
  const [rows, setRows] = useState<readonly OrderSummary[]>([]);
  const [next, setNext] = useState<Cursor | null>(null);
  const [loading, setLoading] = useState(true);
  const [counts, setCounts] = useState<{ matching: number | null; stored: number | null }>({
    matching: null,
    stored: null,
  });
  const request = useRef(0);
  // Read when a first page is asked, not a reason to ask again (a resized window).
  const firstSize = useRef(firstPageSize);
  firstSize.current = firstPageSize;

  useLayoutEffect(() => {
    source.prepare?.();
  }, [source, filter, sort, epoch]);

  useEffect(() => {
    const id = ++request.current;
    setLoading(true);
    // The last filters' count is not these filters': none shown until they are counted.
    setCounts((last) => (last.matching === null ? last : { ...last, matching: null }));
    // Marks the benchmark reads (`tests/bench-chromium/import.bench.spec.ts`): request → rows painted.
    performance.mark('mcf-desk:first-page-asked');
    source.page(filter, sort, null, firstSize.current).then(
      (page) => {
        if (id !== request.current) return;
        performance.mark('mcf-desk:first-page-read');
        setRows(page.rows);
        setNext(page.next);
        setLoading(false);
        // Counted once the first rows are painted (the task after the frame): asked before,
        // the count's transaction took its place on the main thread ahead of the rows' render.
        requestAnimationFrame(() => {
          performance.mark('mcf-desk:first-page-shown');
          setTimeout(() => {
            if (id !== request.current) return;
            source.count(filter, page.matching !== undefined).then((c) => {
              if (id === request.current)
                setCounts({ matching: page.matching ?? c.matching, stored: c.stored });
            }, onError);
          });
        });
      },
      (error) => {
        if (id === request.current) setLoading(false);
        onError(error);
      },
    );
  }, [source, filter, sort, epoch]);

  const loadMore = useCallback(() => {
    if (loading || next === null) return;
    const id = request.current;
    setLoading(true);
    source.page(filter, sort, next).then(
      (page) => {
        if (id !== request.current) return;
        setRows((shown) => [...shown, ...page.rows]);
        setNext(page.next);
        setLoading(false);
      },
      (error) => {
        if (id === request.current) setLoading(false);
        onError(error);
      },
    );
  }, [source, filter, sort, next, loading]);

  const patch = useCallback((found: readonly OrderSummary[], missing: readonly string[]) => {
    const byKey = new Map(found.map((s) => [s.key, s]));
    const gone = new Set(missing);
    setRows((shown) => shown.filter((r) => !gone.has(r.key)).map((r) => byKey.get(r.key) ?? r));
  }, []);

  return {
    rows,
    more: next !== null,
    loading,
    matching: counts.matching,
    stored: counts.stored,
    loadMore,
    patch,
  };
}
