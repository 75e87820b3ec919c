import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { OrdersViewProps } from '../../components/dashboard/OrdersView';
import type { FocusFigures } from '../../components/dashboard/table-query';
import { type ReassessProgress, readReassessProgress } from '../background/reassess-progress';
import { db } from './database';
import { focusFigures, reloadSummaries, storedCountries } from './orders-source';
import { tableSource } from './table-source';

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

  // The table's pages (`table-source.ts`), one source per reading of the table.
  const source = useMemo(() => tableSource(db, now), [now]);

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
