import type { Claim, ClaimPayment, ClaimStatus } from './claim';
import { statusFromPayments } from './claim-status';
import type { ReimbursementRow } from './reimbursements-report';

// Issue 15 item 4: "match rows by case id, then by Amazon order id, to claims; mark them paid with
// the amount and date". A row is applied once: re-importing the same report (or an overlapping
// one) changes nothing. Which claim a row pays, strongest link first:
//   1. a reversal pays (back) the claim holding the reimbursement it reverses;
//   2. the row's `case-id` is a claim's case id;
//   3. the row's `amazon-order-id` names an order of a claim (its Amazon order id, or its MCF
//      `sellerFulfillmentOrderId` when the report writes that one), unless the claim already has a
//      different case id (the row then belongs to another case).

const MAX_PAYMENTS_PER_CLAIM = 1000;
/** Ids listed in the result; the counts are always whole. */
const MAX_LISTED_IDS = 200;

export interface ClaimChange {
  claimId: string;
  /** Payments added by this import (reversals included). */
  added: number;
  statusBefore: ClaimStatus;
  statusAfter: ClaimStatus;
}

export interface CurrencyMismatch {
  claimId: string;
  reimbursementId: string;
  /** The row's currency. */
  currency: string;
  /** The claimed amount's currency. */
  claimedCurrency: string;
}

export interface ReimbursementMatch {
  /** The claims that change, as they are after the import (payments added, status, updatedAt). */
  updated: Claim[];
  changes: ClaimChange[];
  /** Rows already recorded on a claim (a re-import). */
  alreadyApplied: number;
  /** Rows that pay no claim: reimbursements of FBA stock, claims never recorded here... */
  unmatched: { count: number; reimbursementIds: string[] };
  /** Rows in another currency than their claim's claimed amount: recorded, never added to it. */
  currencyMismatches: CurrencyMismatch[];
  /** Rows matched to a claim that already holds the most payments a claim keeps. */
  overflow: number;
}

/** The key a payment is known by: a reimbursement spanning several SKUs has a row per SKU. */
function paymentKey(p: { reimbursementId: string; sku?: string | undefined }): string {
  return `${p.reimbursementId}\u0000${p.sku ?? ''}`;
}

type Entry = { claim: Claim; payments: ClaimPayment[]; added: number };

/** The claims as the rows look for them: by case id, by order id, by a reimbursement they hold. */
interface ClaimIndex {
  entries: Entry[];
  byCase: Map<string, Entry>;
  byOrderId: Map<string, Entry[]>;
  byReimbursement: Map<string, Entry>;
  /** The payments recorded (paymentKey): a row among them was applied before. */
  applied: Set<string>;
}

function indexClaims(claims: readonly Claim[]): ClaimIndex {
  const index: ClaimIndex = {
    entries: claims.map((claim) => ({ claim, payments: [...claim.payments], added: 0 })),
    byCase: new Map(),
    byOrderId: new Map(),
    byReimbursement: new Map(),
    applied: new Set(),
  };
  for (const entry of index.entries) {
    const { claim } = entry;
    if (claim.caseId !== undefined && !index.byCase.has(claim.caseId)) index.byCase.set(claim.caseId, entry);
    const ids = new Set<string>();
    for (const line of claim.lines) {
      if (line.amazonOrderId) ids.add(line.amazonOrderId);
      ids.add(line.sellerFulfillmentOrderId);
    }
    for (const id of ids) index.byOrderId.set(id, [...(index.byOrderId.get(id) ?? []), entry]);
    for (const payment of claim.payments) {
      index.applied.add(paymentKey(payment));
      if (!index.byReimbursement.has(payment.reimbursementId))
        index.byReimbursement.set(payment.reimbursementId, entry);
    }
  }
  return index;
}

export function matchReimbursements(
  claims: readonly Claim[],
  rows: readonly ReimbursementRow[],
  now: Date,
): ReimbursementMatch {
  const index = indexClaims(claims);
  const result: ReimbursementMatch = {
    updated: [],
    changes: [],
    alreadyApplied: 0,
    unmatched: { count: 0, reimbursementIds: [] },
    currencyMismatches: [],
    overflow: 0,
  };
  for (const row of applyRows(index, rows, result)) {
    result.unmatched.count++;
    if (result.unmatched.reimbursementIds.length < MAX_LISTED_IDS)
      result.unmatched.reimbursementIds.push(row.reimbursementId);
  }
  const updatedAt = now.toISOString();
  for (const { claim, payments, added } of index.entries) {
    if (added === 0) continue;
    const { status } = statusFromPayments({ ...claim, payments });
    result.updated.push({ ...claim, payments, status, updatedAt });
    result.changes.push({ claimId: claim.id, added, statusBefore: claim.status, statusAfter: status });
  }
  return result;
}

/**
 * Records each row on the claim it pays (counting re-imports, overflows and currency mismatches
 * in `result`); returns the rows that pay no claim.
 */
function applyRows(
  index: ClaimIndex,
  rows: readonly ReimbursementRow[],
  result: ReimbursementMatch,
): ReimbursementRow[] {
  // Rows naming an original reimbursement last (an original and its reversal can share a day, in
  // either order), then oldest first: the original is recorded before the reversal looks for it,
  // so a second import of the same file finds nothing new.
  const ordered = [...rows].sort(
    (a, b) =>
      Number(a.originalReimbursementId !== undefined) - Number(b.originalReimbursementId !== undefined) ||
      (a.approvalDate < b.approvalDate ? -1 : a.approvalDate > b.approvalDate ? 1 : a.line - b.line),
  );
  // A row that names an original not recorded yet may find it once a later row is recorded (a
  // chain of reversals and re-reimbursements): such rows are tried again while any row matches.
  let pending = ordered;
  const unmatched: ReimbursementRow[] = [];
  while (pending.length > 0) {
    const retry: ReimbursementRow[] = [];
    let progress = false;
    for (const row of pending) {
      const key = paymentKey(row);
      if (index.applied.has(key)) {
        result.alreadyApplied++;
        continue;
      }
      const entry =
        (row.originalReimbursementId ? index.byReimbursement.get(row.originalReimbursementId) : undefined) ??
        (row.caseId ? index.byCase.get(row.caseId) : undefined) ??
        byOrder(index.byOrderId, row);
      if (!entry) {
        (row.originalReimbursementId ? retry : unmatched).push(row);
        continue;
      }
      if (entry.payments.length >= MAX_PAYMENTS_PER_CLAIM) {
        result.overflow++;
        continue;
      }
      progress = true;
      entry.payments.push(toPayment(row));
      entry.added++;
      index.applied.add(key);
      if (!index.byReimbursement.has(row.reimbursementId))
        index.byReimbursement.set(row.reimbursementId, entry);
      const claimed = entry.claim.claimed?.currency;
      if (claimed !== undefined && claimed !== row.currency) {
        result.currencyMismatches.push({
          claimId: entry.claim.id,
          reimbursementId: row.reimbursementId,
          currency: row.currency,
          claimedCurrency: claimed,
        });
      }
    }
    if (!progress) {
      unmatched.push(...retry);
      break;
    }
    pending = retry;
  }
  return unmatched;
}

/**
 * The claim of the row's order. A claim with another case id is another case's; among several
 * claims of the order, one whose reason the row's reason names (`Lost_*`, `Damaged_*`), then one
 * not yet paid, then the latest filed.
 */
function byOrder(byOrderId: Map<string, Entry[]>, row: ReimbursementRow): Entry | undefined {
  if (!row.amazonOrderId) return undefined;
  let candidates = (byOrderId.get(row.amazonOrderId) ?? []).filter(
    ({ claim }) => row.caseId === undefined || claim.caseId === undefined || claim.caseId === row.caseId,
  );
  if (candidates.length <= 1) return candidates[0];
  const reason = /^lost/i.test(row.reason ?? '')
    ? 'lost'
    : /^damaged/i.test(row.reason ?? '')
      ? 'damaged'
      : undefined;
  const sameReason = candidates.filter(({ claim }) => claim.reason === reason);
  if (sameReason.length > 0) candidates = sameReason;
  const open = candidates.filter(({ claim }) => claim.status !== 'paid');
  if (open.length > 0) candidates = open;
  return [...candidates].sort((a, b) =>
    a.claim.filedOn !== b.claim.filedOn
      ? a.claim.filedOn < b.claim.filedOn
        ? 1
        : -1
      : a.claim.id < b.claim.id
        ? -1
        : 1,
  )[0];
}

function toPayment(row: ReimbursementRow): ClaimPayment {
  const payment: ClaimPayment = {
    reimbursementId: row.reimbursementId,
    approvalDate: row.approvalDate,
    amount: { amount: row.amountTotal, currency: row.currency },
    quantity: row.quantityTotal,
  };
  if (row.amazonOrderId !== undefined) payment.amazonOrderId = row.amazonOrderId;
  if (row.sku !== undefined) payment.sku = row.sku;
  if (row.originalReimbursementId !== undefined)
    payment.originalReimbursementId = row.originalReimbursementId;
  return payment;
}
