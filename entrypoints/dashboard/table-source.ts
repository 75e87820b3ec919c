import type { OrdersViewProps } from '../../components/dashboard/OrdersView';
import type { McfDeskDb } from '../background/db';
import { checklistKeys, countOrders, countStored, type OrdersCursor, readOrdersPage } from './orders-query';
import { rememberZones } from './remembered-zones';

// The orders table's pages for one reading of the table, from the indexes (`orders-query.ts`);
// `now` dates the summary filters. The stored orders are counted once per reading (`now` changes
// with every reload). A first page's checklist keys (its rows' claim marks) are read while the view
// paints, before the page is asked: read beside its rows, their transaction took about 3 ms of the
// first rows' request-to-paint time at 100,000 orders (A/B of 18 openings each).

export function tableSource(db: McfDeskDb, now: Date): OrdersViewProps['source'] {
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
}
