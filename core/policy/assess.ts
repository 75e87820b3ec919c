import type { Claim } from '../claims/claim';
import { startOfDayInstant, toDayNumber, todayIn } from '../dates/calendar';
import {
  type Assessment,
  DEFAULT_SETTINGS,
  MAX_CLAIM_WINDOW_DAYS,
  MAX_RETURN_REMINDER_DAYS,
  MAX_UNPAID_CLAIM_DAYS,
  MIN_CLAIM_WINDOW_DAYS,
  MIN_RETURN_REMINDER_DAYS,
  MIN_UNPAID_CLAIM_DAYS,
  type Settings,
} from '../model/finding';
import type { Order } from '../model/order';
import { buildContext, day, newCollector } from './context';
import { claimFollowUp } from './rules/claim-follow-up';
import { damaged } from './rules/damaged';
import { lostOrder } from './rules/lost-order';
import { needsData } from './rules/needs-data';
import { isClaimEligible, notEligible } from './rules/not-eligible';
import { notShippedByEdd } from './rules/not-shipped-by-edd';
import { returnOpen } from './rules/return-open';
import { returnReceived } from './rules/return-received';
import { tracking } from './rules/tracking';
import { unfulfillable } from './rules/unfulfillable';

// Composes the rules listed in ./rules.ts. `now` only decides which calendar day it is in the
// marketplace's zone; every finding is a function of that day, so the assessment can only change
// at a midnight that some rule named as a boundary (`nextReviewAt`).

export function assessOrder(
  order: Order,
  now: Date,
  settings?: Partial<Settings>,
  filedClaims: readonly Claim[] = [],
): Assessment {
  // "Cancelled orders raise nothing."
  if (order.fulfillmentOrderStatus === 'Cancelled') return { findings: [], nextReviewAt: null };
  const merged = settings ? effectiveSettings(settings) : DEFAULT_SETTINGS;
  const timeZone = order.marketplace.timeZone;
  const ctx = buildContext(order, toDayNumber(todayIn(now, timeZone)), merged);

  const out = newCollector();
  tracking(ctx, out);
  notShippedByEdd(ctx, out);
  unfulfillable(ctx, out);
  returnOpen(ctx, out);
  returnReceived(ctx, out);

  // R6 decides what becomes of the lost/damaged findings, so they are gathered apart.
  const claims = newCollector();
  lostOrder(ctx, claims);
  damaged(ctx, claims);
  // A claim filed for the loss or damage replaces "claim now" with its own follow-up.
  claimFollowUp(ctx, filedClaims, claims, out);
  if (isClaimEligible(ctx)) {
    for (const finding of claims.findings) out.findings.push(finding);
    for (const path of claims.missing) out.missing.push(path);
    if (claims.nextBoundary < out.nextBoundary) out.nextBoundary = claims.nextBoundary;
  } else {
    notEligible(ctx, claims, out);
  }
  needsData(ctx, out);

  const nextReviewAt = Number.isFinite(out.nextBoundary) ? reviewInstant(out.nextBoundary, timeZone) : null;
  return { findings: out.findings, nextReviewAt };
}

/**
 * Settings may arrive unvalidated (stored by an older version, passed by a caller): a value that
 * is not a number takes the default, any other is rounded down and kept within the schema's
 * bounds. In particular a claim window under 8 days counts as 8: the claim opens on D + 8.
 */
function effectiveSettings(settings: Partial<Settings>): Settings {
  return {
    claimWindowDays: within(
      settings.claimWindowDays,
      DEFAULT_SETTINGS.claimWindowDays,
      MIN_CLAIM_WINDOW_DAYS,
      MAX_CLAIM_WINDOW_DAYS,
    ),
    returnReminderDays: within(
      settings.returnReminderDays,
      DEFAULT_SETTINGS.returnReminderDays,
      MIN_RETURN_REMINDER_DAYS,
      MAX_RETURN_REMINDER_DAYS,
    ),
    unpaidClaimDays: within(
      settings.unpaidClaimDays,
      DEFAULT_SETTINGS.unpaidClaimDays,
      MIN_UNPAID_CLAIM_DAYS,
      MAX_UNPAID_CLAIM_DAYS,
    ),
  };
}

function within(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

const reviewInstants = new Map<string, Map<number, string>>();

/** The ISO instant at which day `dayNumber` begins in `timeZone`; orders share few such days. */
function reviewInstant(dayNumber: number, timeZone: string): string {
  let byDay = reviewInstants.get(timeZone);
  if (!byDay) {
    byDay = new Map();
    reviewInstants.set(timeZone, byDay);
  }
  let iso = byDay.get(dayNumber);
  if (iso === undefined) {
    if (byDay.size >= 10_000) byDay.clear();
    iso = startOfDayInstant(day(dayNumber), timeZone).toISOString();
    byDay.set(dayNumber, iso);
  }
  return iso;
}
