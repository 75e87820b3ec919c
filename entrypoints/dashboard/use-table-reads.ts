import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { OrdersViewProps } from '../../components/dashboard/OrdersView';
import type { FocusFigures } from '../../components/dashboard/table-query';
import { type ReassessProgress, readReassessProgress } from '../background/reassess-progress';
import { db } from './connection';
import { checklistKeys, countOrders, countStored, type OrdersCursor, readOrdersPage } from './orders-query';
import { focusFigures, reloadSummaries, storedCountries } from './orders-source';
import { rememberZones } from './remembered-zones';

// What the orders tab reads from the database, and when: the table's pages first; the
// marketplaces and the summary figures once its first rows are shown (they never delay them);
// everything again after a wholesale change (`reloadAll`), a few orders after the seller's writes
// (`refreshKeys`), and a full re-assessment's progress every second.

export function useTableReads(firstTabIsTable: boolean, fail: (error: unknown) => void) {
  /** Bumped when the stored orders changed wholesale: the table reads its first page again. */
  const [epoch, setEpoch] = useState(0);
  /** Orders read again after a write of the seller's, patched into the table where shown. */
  const [changed, setChanged] = useState<OrdersViewProps['changed']>(null);
  const [countries, setCountries] = useState<Awaited<ReturnType<typeof storedCountries>>>([]);
  const [figures, setFigures] = useState<FocusFigures | null>(null);
  const [reassess, setReassess] = useState<ReassessProgress | null>(null);
  /** The orders table showed its first rows (or another tab opened first): the other reads may go. */
  const [tableShown, setTableShown] = useState(!firstTabIsTable);
  const [now, setNow] = useState(() => new Date());

  /** The table back to its first page, the marketplaces and the figures read again. */
  const reloadAll = useCallback(async () => {
    setNow(new Date());
    setEpoch((n) => n + 1);
    setCountries(await storedCountries(db));
  }, []);

  const refreshKeys = useCallback(async (keys: readonly string[]) => {
    if (keys.length === 0) return;
    const { found, missing } = await reloadSummaries(db, keys);
    setChanged((last) => ({ seq: (last?.seq ?? 0) + 1, found, missing }));
  }, []);

  // The table's pages, from the indexes (`orders-query.ts`); `now` dates the summary filters.
  // The stored orders are counted once per reading of the table (`now` changes with every reload).
  // A first page's checklist keys (its rows' claim marks) are read while the view paints, before
  // the page is asked: read beside its rows, their transaction took about 3 ms of the first rows'
  // request-to-paint time at 100,000 orders (A/B of 18 openings each).
  const source = useMemo<OrdersViewProps['source']>(() => {
    let stored: Promise<number> | undefined;
    let checklists: Promise<string[]> | undefined;
    return {
      prepare: () => {
        checklists = checklistKeys(db);
        // A failure is the page's that takes these keys; none is reported when no page does.
        checklists.catch(() => {});
      },
      page: (filter, sort, cursor, size) => {
        const prepared = cursor === null ? checklists : undefined;
        if (cursor === null) checklists = undefined;
        const read = readOrdersPage(
          db,
          filter,
          sort,
          cursor as OrdersCursor | null,
          now,
          size,
          undefined,
          prepared,
        );
        // The zones of a first page's rows, remembered for the next opening, once they are shown.
        if (cursor === null)
          read.then(
            (page) => setTimeout(() => rememberZones(page.rows.map((row) => row.timeZone))),
            () => {},
          );
        return read;
      },
      count: (filter, matchingKnown) =>
        countOrders(db, filter, now, matchingKnown, () => {
          // A count that failed is asked again next time, not kept.
          stored ??= countStored(db).catch((error: unknown) => {
            stored = undefined;
            throw error;
          });
          return stored;
        }),
    };
  }, [now]);

  // A full re-assessment (after a settings change) runs in the background: its progress, read
  // from the database every second; the table is read again once it ends.
  useEffect(() => {
    let last: ReassessProgress | null = null;
    const poll = () =>
      readReassessProgress(db).then((progress) => {
        if (last && !progress) void reloadAll().catch(fail);
        last = progress;
        setReassess(progress);
      }, fail);
    const timer = setInterval(poll, 1000);
    return () => clearInterval(timer);
  }, []);

  // The marketplaces (index counts), once the table's first rows are shown.
  useEffect(() => {
    if (tableShown) storedCountries(db).then(setCountries, fail);
  }, [tableShown]);

  // The summary strip's figures, read again whenever the table's rows change (indexed reads).
  useEffect(() => {
    if (!tableShown) return;
    let current = true;
    focusFigures(db, now).then((next) => {
      if (current) setFigures(next);
    }, fail);
    return () => {
      current = false;
    };
  }, [epoch, changed, now, tableShown]);

  const onTableShown = useCallback(() => setTableShown(true), []);

  return {
    source,
    epoch,
    changed,
    countries,
    figures,
    reassess,
    now,
    tableShown,
    onTableShown,
    reloadAll,
    refreshKeys,
  };
}
