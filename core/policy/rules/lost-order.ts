import { CLAIM_OPENS_AFTER_DAYS, type Finding } from '../../model/finding';
import { boundary, type Collector, day, type OrderContext, unitFacts, unitFinding } from '../context';

// R4. Policy: "not delivered within the 7 days following the EDD, carrier does not say delivered:
// claim a lost-order reimbursement via Selling Partner Support", "claimable from EDD + 8 days (the
// 7 days after the EDD are over); never if the carrier marked it delivered". Claim deadline: "US:
// lost claims within 90 days of the promised delivery date", a setting for other marketplaces.

/** The 7 days following the EDD are over on D + 8. */
export const LOST_AFTER_DAYS = CLAIM_OPENS_AFTER_DAYS;

export function lostOrder(ctx: OrderContext, out: Collector): void {
  for (const unit of ctx.units) {
    // A damaged parcel is claimed as damaged (R5), not a second time as lost.
    if (!unit.shipped || unit.delivery === 'delivered' || unit.delivery === 'returned' || unit.damaged)
      continue;
    if (unit.arrivalDay === undefined) {
      out.missing.push(unit.arrivalDatePath);
      continue;
    }
    const d = unit.arrivalDay;
    const opensOn = d + LOST_AFTER_DAYS;
    // `assessOrder` keeps the window at least 8 days, so the deadline is never before opensOn.
    const deadline = d + Math.max(ctx.settings.claimWindowDays, LOST_AFTER_DAYS);
    const today = ctx.today;
    if (today <= d) {
      boundary(ctx, out, d + 1);
      continue;
    }
    const facts: Finding['facts'] = unitFacts(unit);
    facts.deliveryStatus = unit.delivery;
    facts.packageStatus = unit.openPackageStatus ?? null;
    facts.claimOpensOn = day(opensOn);
    facts.claimDeadline = day(deadline);
    if (today < opensOn) {
      out.findings.push(unitFinding(unit, 'lost-watch', 'info', d + 1, facts));
      boundary(ctx, out, opensOn);
    } else if (today <= deadline) {
      // Unknown is never read as "not delivered": the seller checks Swiship before claiming.
      const known = unit.delivery === 'not-delivered';
      out.findings.push(
        unitFinding(
          unit,
          known ? 'lost-claimable' : 'lost-check',
          known ? 'action' : 'warning',
          opensOn,
          facts,
          deadline,
        ),
      );
      boundary(ctx, out, deadline + 1);
    } else {
      out.findings.push(
        unitFinding(unit, 'claim-expired', 'info', Math.max(opensOn, deadline + 1), facts, deadline),
      );
    }
  }
}
