import type { ClaimFlag } from '../../components/dashboard/claims/ClaimRow';
import type { ClaimListEntry } from '../../components/dashboard/claims/ClaimsList';
import type { Claim } from '../../core/claims/claim';
import {
  type ClaimRate,
  claimRate,
  claimRateWindow,
  REGION_TIME_ZONES,
  REGIONS,
  regionOf,
  regionToday,
} from '../../core/claims/claim-rate';
import type { ClaimableOrder } from '../../core/claims/prepare-cases';
import { todayIn } from '../../core/dates/calendar';
import { daysBetween } from '../../core/dates/calendar-day';
import { primaryOrderId } from '../../core/model/order-key';
import { type ClaimRow, claimOf, type McfDeskDb, type OrderRow } from '../background/db';
import { shippedRange } from '../background/shipped-mark';

// The Claims tab's reads, straight from the background's database (same extension origin, like
// orders-source.ts); writes go through messages. The claims table is the seller's own bookkeeping
// (hundreds of rows): read whole. Orders are read through indexes only: the claimable ones by the
// `kinds` index, those of the claims by key, and the shipped ones COUNTED on the `shipped` index.

/** The kinds that make an order claimable now (what "Prepare cases" groups). */
const CLAIMABLE_KINDS = ['lost-claimable', 'damaged-claimable'] as const;
const FLAG_KINDS: ReadonlySet<string> = new Set<ClaimFlag>([
  'claim-unpaid',
  'claim-partly-paid',
  'claim-refused',
]);

/** A claim as the Claims list shows it. */
export type ClaimEntry = ClaimListEntry;

export interface ClaimsData {
  /** Newest filing first. */
  entries: ClaimEntry[];
  claims: Claim[];
  claimable: ClaimableOrder[];
  /** One per region that shipped orders or has claims. */
  rates: ClaimRate[];
}

/** The follow-up the engine raised for this claim on one of its orders (unmuted), if any. */
function flagOf(claim: Claim, orders: readonly (OrderRow | undefined)[]): ClaimFlag | undefined {
  for (const row of orders) {
    const finding = row?.assessment.findings.find(
      (f) => f.facts.claimId === claim.id && FLAG_KINDS.has(f.kind) && row.kinds.includes(f.kind),
    );
    if (finding) return finding.kind as ClaimFlag;
  }
  return undefined;
}

function entryOf(row: ClaimRow, orders: ReadonlyMap<string, OrderRow>, now: Date): ClaimEntry {
  const claim = claimOf(row);
  const rows = row.orderKeys.map((key) => orders.get(key));
  const marketplace = rows.find((r) => r !== undefined)?.order.marketplace;
  const zone = marketplace?.timeZone ?? REGION_TIME_ZONES[regionOf(claim.countryCode)];
  return {
    ...(marketplace ? { host: marketplace.host } : {}),
    claim,
    orderIds: claim.lines.map((line, i) => {
      const order = rows[i]?.order;
      return order ? primaryOrderId(order) : (line.amazonOrderId ?? line.sellerFulfillmentOrderId);
    }),
    daysSinceFiled: Math.max(0, daysBetween(claim.filedOn, todayIn(now, zone))),
    flag: flagOf(claim, rows),
  };
}

/** A region's shipped MCF orders in its 180-day window: one count over the `shipped` index. */
async function shippedIn(db: McfDeskDb, region: string, from: string, to: string): Promise<number> {
  return db.orders
    .where('shipped')
    .between(...shippedRange(region, from, to), true, true)
    .count();
}

export async function loadClaimsData(db: McfDeskDb, now: Date): Promise<ClaimsData> {
  return db.transaction('r', ['claims', 'orders'], async () => {
    const stored = await db.claims.orderBy('filedOn').reverse().toArray();
    const keys = [...new Set(stored.flatMap((row) => row.orderKeys))];
    const [claimOrders, claimableRows, shipped] = await Promise.all([
      db.orders.bulkGet(keys),
      db.orders
        .where('kinds')
        .anyOf([...CLAIMABLE_KINDS])
        .distinct()
        .toArray(),
      Promise.all(
        REGIONS.map(async (region) => {
          const end = regionToday(now, region);
          const { from, to } = claimRateWindow(end);
          return { region, end, count: await shippedIn(db, region, from, to) };
        }),
      ),
    ]);
    const orders = new Map<string, OrderRow>();
    claimOrders.forEach((row) => {
      if (row) orders.set(row.key, row);
    });
    const claims = stored.map(claimOf);
    const regionsWithClaims = new Set(claims.map((c) => regionOf(c.countryCode)));
    return {
      entries: stored.map((row) => entryOf(row, orders, now)),
      claims,
      claimable: claimableRows.map((row) => ({
        key: row.key,
        order: row.order,
        // Open findings only: a muted one is not the seller's to claim now.
        findings: row.assessment.findings.filter((f) => row.kinds.includes(f.kind)),
      })),
      rates: shipped
        .filter(({ region, count }) => count > 0 || regionsWithClaims.has(region))
        .map(({ region, end, count }) => claimRate(claims, region, end, count)),
    };
  });
}
