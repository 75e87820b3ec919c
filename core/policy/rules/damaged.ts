import { toDayNumber } from '../../dates/calendar';
import type { Finding } from '../../model/finding';
import { EVENT_SHIPMENT_DAMAGED } from '../../model/sp-api-enums';
import { type Collector, day, type OrderContext, unitFacts, unitFinding } from '../context';
import { CLAIMABLE_RETURN_CONDITIONS } from './return-received';

// R5. Policy: "damaged in transit: claim a damaged-order reimbursement with photo proof",
// "claimable once damage is known (carrier event 'Shipment damaged', a damaged return, or the
// seller marks it)"; R8: "damaged ones [returned units] can be claimed". The proof (US MCF
// reimbursement FAQ) travels in the facts so the UI and the claim text list it.

export const DAMAGE_PROOF = [
  'photo-item-damage',
  'photo-shipping-box',
  'photo-shipping-labels',
  'asin-fnsku-quantity',
  'proof-non-amazon-order',
  'proof-refund-or-replacement',
] as const;

const PROOF_FACT = DAMAGE_PROOF.join(',');

export function damaged(ctx: OrderContext, out: Collector): void {
  let fromEvents = false;
  for (const unit of ctx.units) {
    if (!unit.damaged) continue;
    fromEvents = true;
    const facts = unitFacts(unit);
    facts.damageSource = 'carrier-event';
    facts.proof = PROOF_FACT;
    // The event's own date, else the day the event was first seen, else the order.
    const startedOn =
      unit.damageEventDay ?? eventProvenanceDay(ctx, unit.shipmentIndex) ?? ctx.observedDayOrToday();
    out.findings.push(unitFinding(unit, 'damaged-claimable', 'action', startedOn, facts));
  }
  let fromReturns = false;
  ctx.order.returns.forEach((ret, index) => {
    if (ret.receivedCondition === undefined || !CLAIMABLE_RETURN_CONDITIONS.has(ret.receivedCondition))
      return;
    fromReturns = true;
    const known = ret.receivedDate ?? ret.createdDate;
    out.findings.push({
      kind: 'damaged-claimable',
      severity: 'action',
      startedOn: day(
        known !== undefined
          ? toDayNumber(known)
          : (ctx.provenanceDay(`returns.${index}.receivedCondition`) ?? ctx.observedDayOrToday()),
      ),
      facts: {
        damageSource: 'return',
        rmaId: ret.rmaId,
        receivedCondition: ret.receivedCondition,
        proof: PROOF_FACT,
      },
      messageKey: 'damaged-claimable',
    });
  });
  const marked = ctx.order.damage;
  if (!marked) return;
  // The same damage seen twice (a carrier event also recorded as `damage`) is one claim.
  if ((marked.source === 'carrier-event' && fromEvents) || (marked.source === 'return' && fromReturns))
    return;
  const finding: Finding = {
    kind: 'damaged-claimable',
    severity: 'action',
    startedOn: marked.reportedDate,
    facts: { damageSource: marked.source, proof: PROOF_FACT },
    messageKey: 'damaged-claimable',
  };
  out.findings.push(finding);
}

/** Earliest day a damage event of the shipment was first seen. The merge records an event's
 *  provenance on the event itself (`…events.K`, events are a set of whole values); an import that
 *  records every leaf writes `…events.K.code`: both are read. */
function eventProvenanceDay(ctx: OrderContext, shipmentIndex: number | undefined): number | undefined {
  if (shipmentIndex === undefined) return undefined;
  const shipment = ctx.order.shipments[shipmentIndex];
  if (!shipment) return undefined;
  let earliest: number | undefined;
  for (const [p, pkg] of shipment.packages.entries()) {
    for (const [e, event] of pkg.events.entries()) {
      if (event.code !== EVENT_SHIPMENT_DAMAGED) continue;
      const path = `shipments.${shipmentIndex}.packages.${p}.events.${e}`;
      for (const seen of [ctx.provenanceDay(path), ctx.provenanceDay(`${path}.code`)]) {
        if (seen !== undefined && (earliest === undefined || seen < earliest)) earliest = seen;
      }
    }
  }
  return earliest;
}
