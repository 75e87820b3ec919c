import {
  boundary,
  type Collector,
  type OrderContext,
  shipStatePaths,
  unitFacts,
  unitFinding,
} from '../context';

// R3. Policy: "not shipped on the estimated delivery date (EDD): contact Selling Partner Support
// ('support aux partenaires de vente')", an action "from the EDD itself while unshipped".
// "Unshipped" rests on evidence (see `ShipState`): when it is unknown whether the order left, the
// rule asks for the facts that would tell (needs-data) instead of guessing.

/** An order Amazon declared unfulfillable is explained by R7, which says what to check instead. */
const STATUSES_EXPLAINED_ELSEWHERE: ReadonlySet<string> = new Set(['Unfulfillable', 'Invalid']);

export function notShippedByEdd(ctx: OrderContext, out: Collector): void {
  const status = ctx.order.fulfillmentOrderStatus;
  if (status !== undefined && STATUSES_EXPLAINED_ELSEWHERE.has(status)) return;
  if (ctx.order.unfulfillableReason !== undefined) return;
  for (const unit of ctx.units) {
    if (unit.shipState === 'shipped') continue;
    if (unit.arrivalDay === undefined) {
      out.missing.push(unit.arrivalDatePath);
      continue;
    }
    const d = unit.arrivalDay;
    if (ctx.today < d) {
      boundary(ctx, out, d);
      continue;
    }
    // From D on, R3 or R4 depends on whether it left; before D neither has anything to say.
    if (unit.shipState === 'unknown') {
      for (const path of shipStatePaths(unit)) out.missing.push(path);
      continue;
    }
    const facts = unitFacts(unit);
    facts.fulfillmentOrderStatus = status ?? null;
    facts.fulfillmentShipmentStatus = unit.shipment?.fulfillmentShipmentStatus ?? null;
    out.findings.push(unitFinding(unit, 'not-shipped-by-edd', 'action', d, facts));
  }
}
