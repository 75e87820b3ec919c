import { todayIn } from '../dates/calendar';
import { addDays } from '../dates/calendar-day';
import type { CalendarDate } from '../model/primitives';
import type { Claim } from './claim';

// The claim-rate gauge (issue 15 item 6): claims filed and claims paid over the MCF orders
// shipped, per region, over a rolling 180 days. Sellers report refusals once about 2 % of their
// MCF orders were reimbursed in 180 days (domain.md §1, §6: an EU seller-forum report, not
// written policy), so the gauge shows where the seller stands and the case view warns before
// filing more claims would cross that level; nothing is ever blocked on it.

/**
 * 2 % of MCF orders in 180 days: the level SELLERS REPORT claims being refused beyond (EU seller
 * forum, domain.md §6). It is not an Amazon policy and Amazon publishes no such figure: show it
 * as "reported", never as a rule.
 */
export const REPORTED_CLAIM_RATE_LEVEL = 2;
/** The reported window: the 180 calendar days ending on (and including) the gauge's day. */
export const CLAIM_RATE_WINDOW_DAYS = 180;

export const REGIONS = ['EU', 'NA', 'FE', 'other'] as const;
export type Region = (typeof REGIONS)[number];

/** Amazon's selling regions (Seller Central Europe, North America, Far East). Countries Amazon
 *  sells in outside these three (India, the Gulf, ...) are grouped as `other`. */
const REGION_OF_COUNTRY: Readonly<Record<string, Region>> = {
  GB: 'EU',
  UK: 'EU',
  DE: 'EU',
  FR: 'EU',
  IT: 'EU',
  ES: 'EU',
  NL: 'EU',
  PL: 'EU',
  SE: 'EU',
  BE: 'EU',
  IE: 'EU',
  TR: 'EU',
  US: 'NA',
  CA: 'NA',
  MX: 'NA',
  BR: 'NA',
  JP: 'FE',
  AU: 'FE',
  SG: 'FE',
};

export function regionOf(countryCode: string): Region {
  return REGION_OF_COUNTRY[countryCode.toUpperCase()] ?? 'other';
}

/** The zone whose calendar day ends a region's window: its marketplaces span several zones, the
 *  gauge needs one "today". The zone of the region's main marketplace (amazon.de/.fr for Europe,
 *  amazon.com for North America, amazon.co.jp for the Far East); UTC for the rest. */
export const REGION_TIME_ZONES: Readonly<Record<Region, string>> = {
  EU: 'Europe/Paris',
  NA: 'America/Los_Angeles',
  FE: 'Asia/Tokyo',
  other: 'UTC',
};

/** The calendar day the region's gauge ends on at `now`. */
export function regionToday(now: Date, region: Region): CalendarDate {
  return todayIn(now, REGION_TIME_ZONES[region]);
}

/** First and last calendar day of the 180-day window ending on `endDay` (both included). */
export function claimRateWindow(endDay: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  return { from: addDays(endDay, -(CLAIM_RATE_WINDOW_DAYS - 1)), to: endDay };
}

export interface ClaimRate {
  region: Region;
  from: CalendarDate;
  to: CalendarDate;
  /** MCF orders of the region shipped in the window (counted by the caller). */
  shippedOrders: number;
  /** Claims of the region filed in the window (by `filedOn`). */
  claimsFiled: number;
  /** Claims of the region paid or partly paid, by the day of their first payment. */
  claimsPaid: number;
  /** claimsFiled / shippedOrders in %, null with no shipped order (no rate, not Infinity). */
  filedPercent: number | null;
  /** claimsPaid / shippedOrders in %, null with no shipped order. */
  paidPercent: number | null;
}

/**
 * The gauge of `region` over the 180 days ending on `endDay`. `claims` may be all the seller's
 * claims: those of other regions are left out here. `shippedOrders` is the count of the region's
 * MCF orders shipped in the window (the app counts them with an index, never by reading orders).
 */
export function claimRate(
  claims: readonly Claim[],
  region: Region,
  endDay: CalendarDate,
  shippedOrders: number,
): ClaimRate {
  const { from, to } = claimRateWindow(endDay);
  const inWindow = (date: CalendarDate | undefined) => date !== undefined && date >= from && date <= to;
  let claimsFiled = 0;
  let claimsPaid = 0;
  for (const claim of claims) {
    if (regionOf(claim.countryCode) !== region) continue;
    if (inWindow(claim.filedOn)) claimsFiled++;
    if ((claim.status === 'paid' || claim.status === 'partly-paid') && inWindow(firstPaidOn(claim)))
      claimsPaid++;
  }
  const shipped = Math.max(0, Math.floor(shippedOrders));
  return {
    region,
    from,
    to,
    shippedOrders: shipped,
    claimsFiled,
    claimsPaid,
    filedPercent: percent(claimsFiled, shipped),
    paidPercent: percent(claimsPaid, shipped),
  };
}

/**
 * Whether filing `extraClaims` more claims puts the region's filed rate above the reported level
 * (including when it is above already: every claim adds to it). Filed claims count, not only paid
 * ones, because each filed claim may become a paid one. No shipped order: no rate, so false.
 */
export function wouldCross(
  rate: Pick<ClaimRate, 'shippedOrders' | 'claimsFiled'>,
  extraClaims: number,
): boolean {
  const after = percent(rate.claimsFiled + Math.max(0, extraClaims), rate.shippedOrders);
  return after !== null && after > REPORTED_CLAIM_RATE_LEVEL;
}

/** The day money (or units) first came for the claim: the earliest row that is not a reversal. */
function firstPaidOn(claim: Claim): CalendarDate | undefined {
  let first: CalendarDate | undefined;
  for (const payment of claim.payments) {
    if (payment.amount.amount <= 0 && payment.quantity <= 0) continue;
    if (first === undefined || payment.approvalDate < first) first = payment.approvalDate;
  }
  return first;
}

function percent(count: number, total: number): number | null {
  return total > 0 ? (count / total) * 100 : null;
}
