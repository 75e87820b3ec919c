import { toDayNumber } from '../../dates/calendar';
import type { Finding } from '../../model/finding';
import { type Collector, day, type OrderContext } from '../context';

// R6. Policy: "MCF used to pull stock out of a fulfilment centre, or to fulfil Amazon orders: no
// lost/damaged reimbursement; create a removal order instead (or use FBA)"; "a removal/Amazon-order
// MCF order is never claimable; say why".

export function isClaimEligible(ctx: OrderContext): boolean {
  return ctx.order.purpose === 'customer';
}

/**
 * Replaces the lost/damaged findings of an ineligible order by one that says why. It is raised
 * only when there was something to claim, so a removal order that went well stays quiet.
 */
export function notEligible(ctx: OrderContext, claims: Collector, out: Collector): void {
  if (claims.nextBoundary < out.nextBoundary) out.nextBoundary = claims.nextBoundary;
  if (claims.findings.length === 0) return;
  let startedOn = Number.POSITIVE_INFINITY;
  const kinds = new Set<string>();
  for (const finding of claims.findings) {
    startedOn = Math.min(startedOn, toDayNumber(finding.startedOn));
    kinds.add(finding.kind);
  }
  const purpose = ctx.order.purpose;
  const finding: Finding = {
    kind: 'not-eligible',
    severity: 'info',
    startedOn: day(startedOn),
    facts: { purpose, wouldHaveRaised: [...kinds].sort().join(',') },
    messageKey: `not-eligible.${purpose}`,
  };
  out.findings.push(finding);
}
