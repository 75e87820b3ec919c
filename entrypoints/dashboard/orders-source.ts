import {
  CLAIM_NOW_KINDS,
  DEADLINE_DAYS,
  deadlineSoon,
  type FocusFigures,
} from '../../components/dashboard/table-query';
import { LISTING_SEP } from '../../core/export/order-listing';
import { type OrderSummary, summarizeOrder } from '../../core/export/order-summary';
import { SELLER_CENTRAL_HOSTS } from '../../core/marketplaces';
import type { Order } from '../../core/model/order';
import { holdsWantedPackage, type WantedPackages } from '../../core/sp-api/wanted-packages';
import type { McfDeskDb, OrderRow } from '../background/db';

// The dashboard's reads, straight from the background's database (same extension origin): the
// table's pages (`orders-query.ts`), orders again after a change, the summary figures and the
// marketplaces present, each from indexes. Writes never happen here; they go through background
// messages.

const PAGE_SIZE = 5000;

/** A stored row's summary, with the open kinds and urgency the background counts. */
export function summaryOf(row: OrderRow, checklist?: Parameters<typeof summarizeOrder>[3]): OrderSummary {
  return {
    ...summarizeOrder(row.key, row.order, row.assessment, checklist),
    openKinds: row.kinds,
    urgency: row.urgency,
  };
}

async function summariesOf(db: McfDeskDb, keys: readonly string[]): Promise<OrderSummary[]> {
  return db.transaction('r', ['orders', 'checklists'], async () => {
    const [orders, checklists] = await Promise.all([
      db.orders.bulkGet([...keys]),
      db.checklists.bulkGet([...keys]),
    ]);
    return orders.flatMap((row, i) => (row ? [summaryOf(row, checklists[i])] : []));
  });
}

/** The given orders again (after the seller changed them); a deleted order comes back absent. */
export async function reloadSummaries(
  db: McfDeskDb,
  keys: readonly string[],
): Promise<{ found: OrderSummary[]; missing: string[] }> {
  const found = await summariesOf(db, keys);
  const present = new Set(found.map((s) => s.key));
  return { found, missing: keys.filter((k) => !present.has(k)) };
}

/**
 * The summary strip's figures, never from every order: "to check" and "returns open" are the
 * counters the background keeps on every write; "to claim now" is the keys under the claimable
 * kinds of the `kinds` index; "deadlines" reads only the orders whose open claim deadline
 * (`listing.due`, schema v11) falls within the window give or take a day, then checks each in its
 * marketplace's zone.
 */
export async function focusFigures(db: McfDeskDb, now: Date): Promise<FocusFigures> {
  const day = 86_400_000;
  const from = new Date(now.getTime() - day).toISOString().slice(0, 10);
  const to = new Date(now.getTime() + (DEADLINE_DAYS + 1) * day).toISOString().slice(0, 10);
  return db.transaction('r', ['orders', 'counters'], async () => {
    const [counters, claimKeys, deadlineRows] = await Promise.all([
      db.counters.bulkGet(['warning', 'return-open']),
      db.orders
        .where('kinds')
        .anyOf([...CLAIM_NOW_KINDS])
        .primaryKeys(),
      db.orders.where('listing.due').between(from, to, true, true).toArray(),
    ]);
    let soon = 0;
    for (const row of deadlineRows) {
      const fields = {
        findings: row.assessment.findings,
        kinds: row.kinds,
        openKinds: row.kinds,
        severity: row.urgency,
        timeZone: row.order.marketplace.timeZone,
      };
      if (deadlineSoon(fields, now)) soon++;
    }
    return {
      claimNow: new Set(claimKeys).size,
      toCheck: counters[0]?.n ?? 0,
      deadlineSoon: soon,
      returnsOpen: counters[1]?.n ?? 0,
    };
  });
}

/** The marketplaces with stored orders, with their counts, most orders first (index counts). */
export async function storedCountries(
  db: McfDeskDb,
): Promise<{ countryCode: string; host: string; count: number }[]> {
  const hosts = new Map<string, string>();
  for (const [host, m] of Object.entries(SELLER_CENTRAL_HOSTS))
    if (!hosts.has(m.countryCode)) hosts.set(m.countryCode, host);
  const counted = await db.transaction('r', ['orders'], () =>
    Promise.all(
      [...hosts].map(async ([countryCode, host]) => ({
        countryCode,
        host,
        count: await db.orders
          .where('listing.countryCode')
          .startsWith(`${countryCode}${LISTING_SEP}`)
          .count(),
      })),
    ),
  );
  return counted
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || a.countryCode.localeCompare(b.countryCode));
}

/**
 * The stored orders holding one of the packages a tracking details file names (by package number
 * or tracking number): one read of the orders table, a page at a time. Tracking files are small
 * and rare; no index is worth its cost on every write.
 */
export async function ordersHoldingPackages(db: McfDeskDb, wanted: WantedPackages): Promise<Order[]> {
  const found: Order[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await (after === undefined ? db.orders.orderBy(':id') : db.orders.where(':id').above(after))
      .limit(PAGE_SIZE)
      .toArray();
    for (const row of page) if (holdsWantedPackage(row.order, wanted)) found.push(row.order);
    if (page.length < PAGE_SIZE) return found;
    after = page[page.length - 1]?.key;
  }
}
