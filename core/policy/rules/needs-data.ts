import { type Collector, day, type OrderContext } from '../context';

// Not a rule of the policy but the honest answer when one cannot be judged: every R1–R4 boundary
// is counted from the ship date (S) or the estimated delivery date (D). Without them the seller
// must open the order page or type the dates; no other date-based finding is guessed.

export function needsData(ctx: OrderContext, out: Collector): void {
  if (out.missing.length === 0) return;
  const missing = [...new Set(out.missing)].sort();
  out.findings.push({
    kind: 'needs-data',
    severity: 'warning',
    startedOn: day(ctx.observedDayOrToday()),
    facts: { missing: missing.join(','), missingCount: missing.length },
    messageKey: 'needs-data',
  });
}
