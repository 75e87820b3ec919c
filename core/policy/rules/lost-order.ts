import type { Finding } from '../../model/finding';
import { boundary, type Collector, day, type OrderContext, unitFacts, withShipment } from '../context';

// R4. Policy: "not delivered within the 7 days following the EDD, carrier does not say delivered:
// claim a lost-order reimbursement via Selling Partner Support", "claimable from EDD + 8 days (the
// 7 days after the EDD are over); never if the carrier marked it delivered". Claim deadline: "US:
// lost claims within 90 days of the promised delivery date", a setting for other marketplaces.

/** The 7 days following the EDD are over on D + 8. */
export const LOST_AFTER_DAYS = 8;

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
    const deadline = d + ctx.settings.claimWindowDays;
    const facts: Finding['facts'] = {
      ...unitFacts(unit),
      deliveryStatus: unit.delivery,
      packageStatus: unit.openPackageStatus ?? null,
      claimOpensOn: day(opensOn),
      claimDeadline: day(deadline),
    };
    const today = ctx.today;
    if (today <= d) {
      boundary(ctx, out, d + 1);
    } else if (today < opensOn) {
      push(out, unit, { kind: 'lost-watch', severity: 'info', startedOn: day(d + 1), facts });
      boundary(ctx, out, opensOn);
    } else if (today <= deadline) {
      // Unknown is never read as "not delivered": the seller checks Swiship before claiming.
      const known = unit.delivery === 'not-delivered';
      push(out, unit, {
        kind: known ? 'lost-claimable' : 'lost-check',
        severity: known ? 'action' : 'warning',
        startedOn: day(opensOn),
        deadline: day(deadline),
        facts,
      });
      boundary(ctx, out, deadline + 1);
    } else {
      push(out, unit, {
        kind: 'claim-expired',
        severity: 'info',
        startedOn: day(Math.max(opensOn, deadline + 1)),
        deadline: day(deadline),
        facts,
      });
    }
  }
}

function push(
  out: Collector,
  unit: Parameters<typeof withShipment>[1],
  finding: Omit<Finding, 'messageKey'>,
): void {
  out.findings.push(withShipment({ ...finding, messageKey: finding.kind }, unit));
}
