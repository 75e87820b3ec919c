import { boundary, type Collector, day, type OrderContext, unitFacts, unitFinding } from '../context';

// R1 + R2. Policy: "tracking expected from the day after the ship day; before that: nothing to
// do" and "shipped, still no tracking on or after the day after the ship day: check the order page
// / Swiship; some carriers only send the final 'delivered' event". A Fulfilled Shipments report
// whose tracking cell was empty for a shipped row is that evidence, dated by the row (domain.md
// §6): the finding names the report's day and starts no earlier than it.

export function tracking(ctx: OrderContext, out: Collector): void {
  for (const unit of ctx.units) {
    // An order-level unit has no package list to look at: "no tracking" would be a guess.
    if (!unit.shipped || !unit.packagesKnown || unit.hasTracking || unit.delivery === 'delivered') continue;
    if (unit.shipDay === undefined) {
      out.missing.push(unit.shipDatePath);
      continue;
    }
    const s = unit.shipDay;
    if (ctx.today < s) {
      boundary(ctx, out, s);
    } else if (ctx.today === s) {
      const facts = unitFacts(unit);
      facts.trackingExpectedOn = day(s + 1);
      out.findings.push(unitFinding(unit, 'tracking-pending', 'info', s, facts));
      boundary(ctx, out, s + 1);
    } else {
      const facts = unitFacts(unit);
      // A report with an empty tracking cell dates the evidence: missing as of that report.
      let startedOn = s + 1;
      if (unit.noTrackingOn !== undefined) {
        facts.noTrackingReportedOn = day(unit.noTrackingOn);
        startedOn = Math.max(startedOn, unit.noTrackingOn);
      }
      out.findings.push(unitFinding(unit, 'tracking-missing', 'warning', startedOn, facts));
    }
  }
}
