import { type Collector, day, type OrderContext } from '../context';

// R7. Policy: "order cannot ship: unit damaged with no replacement, or product newly classed as
// dangerous goods: check the daily inventory history report; for hazmat, follow the
// dangerous-goods review", an action "when the order is Unfulfillable / Invalid or the page says so".

export function unfulfillable(ctx: OrderContext, out: Collector): void {
  const { fulfillmentOrderStatus: status, unfulfillableReason: reason } = ctx.order;
  const byStatus = status === 'Unfulfillable' || status === 'Invalid';
  if (!byStatus && reason === undefined) return;
  const seen =
    (reason !== undefined ? ctx.provenanceDay('unfulfillableReason') : undefined) ??
    ctx.provenanceDay('fulfillmentOrderStatus') ??
    ctx.observedDayOrToday();
  out.findings.push({
    kind: 'unfulfillable',
    severity: 'action',
    startedOn: day(seen),
    facts: {
      fulfillmentOrderStatus: status ?? null,
      reason: reason ?? null,
      check: reason === 'dangerous-goods' ? 'dangerous-goods-review' : 'inventory-history-report',
    },
    messageKey: reason !== undefined ? `unfulfillable.${reason}` : 'unfulfillable.status',
  });
}
