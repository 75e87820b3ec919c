import type { Claim, ClaimReason } from '../../claims/claim';
import { claimTotals } from '../../claims/claim-totals';
import { toDayNumber } from '../../dates/calendar';
import type { Finding, FindingKind } from '../../model/finding';
import { boundary, type Collector, day, type OrderContext } from '../context';

// Issue 15 items 3–4: a claim has a life after it is filed. "Show claims unpaid after N days
// (setting, default 30) and refused ones as findings with a next step." A claim covering the
// order's loss or damage replaces the "claim now" finding: the order is no longer to claim, it
// is waiting for (or chasing) the money. A paid claim leaves nothing open.

/** The findings a claim for `reason` settles: once a lost claim is filed, neither "check first",
 *  "claim now", the watch before it nor the closing of the window is news any more. */
const COVERED_KINDS: Readonly<Record<ClaimReason, ReadonlySet<FindingKind>>> = {
  lost: new Set<FindingKind>(['lost-watch', 'lost-check', 'lost-claimable', 'claim-expired']),
  damaged: new Set<FindingKind>(['damaged-claimable']),
};

/**
 * `claims` are the claims whose lines name this order (the caller filters). `found` holds the
 * order's lost/damaged findings (R4, R5): the ones a claim covers are taken out of it. The
 * claims' own findings go to `out`.
 */
export function claimFollowUp(
  ctx: OrderContext,
  claims: readonly Claim[],
  found: Collector,
  out: Collector,
): void {
  if (claims.length === 0) return;
  const covered = new Set<FindingKind>();
  for (const claim of claims) for (const kind of COVERED_KINDS[claim.reason]) covered.add(kind);
  // The window's end (of the claim's own reason) is still the limit to reopen a refused claim.
  const windowEnd = (reason: ClaimReason) =>
    found.findings.find((f) => COVERED_KINDS[reason].has(f.kind) && f.deadline !== undefined)?.deadline;
  const ends = { lost: windowEnd('lost'), damaged: windowEnd('damaged') };
  found.findings = found.findings.filter((f) => !covered.has(f.kind));
  for (const claim of claims) {
    const finding = claimFinding(ctx, claim, out, ends[claim.reason]);
    if (finding) out.findings.push(finding);
  }
}

function claimFinding(
  ctx: OrderContext,
  claim: Claim,
  out: Collector,
  windowEnd: string | undefined,
): Finding | undefined {
  const filed = toDayNumber(claim.filedOn);
  const facts: Finding['facts'] = {
    claimId: claim.id,
    caseId: claim.caseId ?? null,
    reason: claim.reason,
    filedOn: claim.filedOn,
  };
  switch (claim.status) {
    case 'paid':
      return undefined;
    case 'filed': {
      // "Filed more than N days ago": on day filed + N it is N days old, still waiting; unpaid
      // from the next day on.
      const unpaidOn = filed + ctx.settings.unpaidClaimDays + 1;
      facts.unpaidClaimDays = ctx.settings.unpaidClaimDays;
      facts.unpaidOn = day(unpaidOn);
      if (ctx.today < unpaidOn) {
        boundary(ctx, out, unpaidOn);
        return finding('claim-filed', 'info', filed, facts);
      }
      return finding('claim-unpaid', 'action', unpaidOn, facts);
    }
    case 'partly-paid': {
      Object.assign(facts, receivedFacts(claim));
      const last = claim.payments.reduce<string | undefined>(
        (latest, p) => (latest === undefined || p.approvalDate > latest ? p.approvalDate : latest),
        undefined,
      );
      return finding('claim-partly-paid', 'warning', last ? toDayNumber(last) : filed, facts);
    }
    case 'refused': {
      facts.refusedOn = claim.refusedOn ?? null;
      facts.claimDeadline = windowEnd ?? null;
      // Past the window, reopening is no longer the next step: settling with the customer is.
      const end = windowEnd === undefined ? undefined : toDayNumber(windowEnd);
      facts.windowClosed = end !== undefined && ctx.today > end;
      if (end !== undefined) boundary(ctx, out, end + 1);
      const f = finding(
        'claim-refused',
        'action',
        claim.refusedOn ? toDayNumber(claim.refusedOn) : filed,
        facts,
      );
      if (windowEnd !== undefined) f.deadline = windowEnd;
      return f;
    }
  }
}

function finding(
  kind: FindingKind,
  severity: Finding['severity'],
  startedOn: number,
  facts: Finding['facts'],
): Finding {
  return { kind, severity, startedOn: day(startedOn), facts, messageKey: kind };
}

/** What was asked and what came, for the text "received X of Y" (netted, per currency). */
function receivedFacts(claim: Claim): Finding['facts'] {
  const totals = claimTotals(claim);
  return {
    currency: totals.currency ?? null,
    claimedAmount: claim.claimed?.amount ?? null,
    receivedAmount: totals.received,
    claimedUnits: totals.claimedUnits,
    receivedUnits: totals.receivedUnits,
    otherCurrencies: totals.otherCurrencies.join(','),
  };
}
