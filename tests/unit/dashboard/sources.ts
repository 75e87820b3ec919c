import type { OrdersViewProps } from '../../../components/dashboard/OrdersView';
import { filterRows, sortRows } from '../../../components/dashboard/table-query';
import type { OrderSummary } from '../../../core/export/order-summary';
import type { McfDeskDb } from '../../../entrypoints/background/db';
import { countOrders, type OrdersCursor, readOrdersPage } from '../../../entrypoints/dashboard/orders-query';

/** The table's pages from summaries in memory (filtered and sorted as the view's tests expect). */
export function memorySource(rows: readonly OrderSummary[], now: Date, size = 50): OrdersViewProps['source'] {
  return {
    page: async (filter, sort, cursor) => {
      const all = sortRows(filterRows(rows, filter, now), sort);
      const from = typeof cursor === 'number' ? cursor : 0;
      const end = from + size;
      return { rows: all.slice(from, end), next: end < all.length ? end : null, matching: all.length };
    },
    count: async (filter) => ({ matching: filterRows(rows, filter, now).length, stored: rows.length }),
  };
}

/** The table's pages from a database, as the dashboard reads them. */
export function dbSource(db: McfDeskDb, now: Date): OrdersViewProps['source'] {
  return {
    page: (filter, sort, cursor) => readOrdersPage(db, filter, sort, cursor as OrdersCursor | null, now),
    count: (filter, matchingKnown) => countOrders(db, filter, now, matchingKnown),
  };
}

/** Lets the view's reads resolve and render (a few turns of the event loop). */
export async function settle(turns = 5): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((r) => setTimeout(r, 0));
}
