import type { Finding } from '../model/finding';
import type { Order } from '../model/order';
import type { CalendarDate } from '../model/primitives';
import type { Claim, ClaimReason } from './claim';

// Issue 15 item 5: "groups claimable orders into cases of at most N items (setting, default 5:
// sellers report that large cases are refused)". Amazon's reimbursement policy forbids "high
// volumes of requests in a short period"; sellers advise about 5 items per case (domain.md §6).
// A case holds orders of one reason and one marketplace (one support, one language), the
// soonest claim deadline first, so that nothing near its deadline waits behind a later order.

/** The finding that makes an order claimable, and the reason of the claim it calls for. */
const CLAIMABLE: Readonly<Partial<Record<Finding['kind'], ClaimReason>>> = {
  'lost-claimable': 'lost',
  'damaged-claimable': 'damaged',
};

export interface ClaimableOrder {
  /** The stored order's key (`ClaimLine.orderKey`). */
  key: string;
  order: Order;
  /** The order's open findings (its assessment, muted ones left out by the caller). */
  findings: readonly Finding[];
}

export interface CaseOrder {
  key: string;
  order: Order;
  /** The lost-claimable or damaged-claimable finding the case is filed for. */
  finding: Finding & { kind: 'lost-claimable' | 'damaged-claimable' };
  /** Units of the order (the sum of its item quantities; 1 when its items are unknown). */
  items: number;
}

export interface PreparedCase {
  reason: ClaimReason;
  countryCode: string;
  orders: CaseOrder[];
  /** Units of all its orders. */
  items: number;
  /** The soonest claim deadline of its orders (a damage claim has none). */
  deadline?: CalendarDate;
  /** One order alone over the limit: filed on its own, and the seller is told it is large. */
  overLimit: boolean;
}

/**
 * Cases for the claimable orders that no claim covers yet, at most `maxItemsPerCase` units each.
 * Deterministic: the same orders give the same cases in the same order (soonest deadline first,
 * then reason, country, order key).
 */
export function prepareCases(
  orders: readonly ClaimableOrder[],
  claims: readonly Claim[],
  maxItemsPerCase: number,
): PreparedCase[] {
  const limit = Math.max(1, Math.floor(maxItemsPerCase));
  const covered = new Set<string>();
  for (const claim of claims) for (const line of claim.lines) covered.add(`${claim.reason}|${line.orderKey}`);

  const groups = new Map<string, CaseOrder[]>();
  for (const { key, order, findings } of orders) {
    for (const reason of ['lost', 'damaged'] as const) {
      const finding = findings.find((f) => CLAIMABLE[f.kind] === reason) as CaseOrder['finding'] | undefined;
      if (!finding || covered.has(`${reason}|${key}`)) continue;
      const group = `${reason}|${order.marketplace.countryCode}`;
      const entry: CaseOrder = { key, order, finding, items: unitsOf(order) };
      groups.set(group, [...(groups.get(group) ?? []), entry]);
    }
  }

  const cases: PreparedCase[] = [];
  for (const [group, entries] of groups) {
    const [reason, countryCode] = group.split('|') as [ClaimReason, string];
    entries.sort(byDeadlineThenKey);
    // First fit: the earliest case with room, so the soonest deadlines fill the first cases. Open
    // cases are kept by the room they have left, each list in creation order: finding the earliest
    // one with room for n items looks at `limit` list heads, not at every case.
    const byRoom: { created: number; prepared: PreparedCase }[][] = Array.from(
      { length: limit + 1 },
      () => [],
    );
    let created = 0;
    for (const entry of entries) {
      if (entry.items > limit) {
        cases.push(newCase(reason, countryCode, entry, true));
        continue;
      }
      let best: number | undefined;
      for (let room = entry.items; room <= limit; room++) {
        const head = byRoom[room]?.[0];
        if (head && (best === undefined || head.created < (byRoom[best]?.[0]?.created ?? Infinity)))
          best = room;
      }
      let open: { created: number; prepared: PreparedCase };
      if (best === undefined) {
        open = { created: created++, prepared: newCase(reason, countryCode, entry, false) };
        cases.push(open.prepared);
      } else {
        open = byRoom[best]?.shift() as { created: number; prepared: PreparedCase };
        open.prepared.orders.push(entry);
        open.prepared.items += entry.items;
      }
      const room = limit - open.prepared.items;
      if (room > 0) insertByCreation(byRoom[room] ?? [], open);
    }
  }
  return cases.sort(
    (a, b) =>
      compareDeadlines(a.deadline, b.deadline) ||
      compareText(a.reason, b.reason) ||
      compareText(a.countryCode, b.countryCode) ||
      compareText(a.orders[0]?.key ?? '', b.orders[0]?.key ?? ''),
  );
}

/** Keeps a room list in creation order (a case moving to a smaller room may be older than its
 *  cases). */
function insertByCreation<T extends { created: number }>(list: T[], item: T): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((list[mid] as T).created < item.created) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, item);
}

function newCase(
  reason: ClaimReason,
  countryCode: string,
  entry: CaseOrder,
  overLimit: boolean,
): PreparedCase {
  const prepared: PreparedCase = { reason, countryCode, orders: [entry], items: entry.items, overLimit };
  // Entries come soonest deadline first: the first order's deadline is the case's.
  if (entry.finding.deadline !== undefined) prepared.deadline = entry.finding.deadline;
  return prepared;
}

function unitsOf(order: Order): number {
  let units = 0;
  for (const item of order.items) units += item.quantity;
  return Math.max(1, units);
}

function byDeadlineThenKey(a: CaseOrder, b: CaseOrder): number {
  return compareDeadlines(a.finding.deadline, b.finding.deadline) || compareText(a.key, b.key);
}

/** Known deadlines first, soonest first; no deadline (a damage claim) last. */
function compareDeadlines(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
