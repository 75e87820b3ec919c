import { toDayNumber } from '../../dates/calendar';
import { type Collector, day, type OrderContext } from '../context';

// R8, the end of a return. Policy: "follow 'État du retour'; sellable units go back to stock,
// damaged ones can be claimed" (domain.md §1), and "Returned-item conditions in the SP-API:
// Sellable, Defective, CustomerDamaged, CarrierDamaged, FulfillerDamaged; unsellable units need a
// removal order" (domain.md §6). A return received in any condition but Sellable raises a
// reminder to create a removal order; CarrierDamaged and FulfillerDamaged are also claimable
// (R5, core/policy/rules/damaged.ts). A return the seller closed asks nothing more.

/** Conditions R5 pays for: damaged by someone other than the customer. */
export const CLAIMABLE_RETURN_CONDITIONS: ReadonlySet<string> = new Set([
  'CarrierDamaged',
  'FulfillerDamaged',
]);

export function returnReceived(ctx: OrderContext, out: Collector): void {
  ctx.order.returns.forEach((ret, index) => {
    const received = ret.status === 'received' || (ret.status !== 'closed' && ret.receivedDate !== undefined);
    const condition = ret.receivedCondition;
    if (!received || condition === undefined || condition === 'Sellable') return;
    const startedOn =
      ret.receivedDate !== undefined
        ? toDayNumber(ret.receivedDate)
        : (ctx.provenanceDay(`returns.${index}.receivedCondition`) ??
          ctx.provenanceDay(`returns.${index}.status`) ??
          ctx.observedDayOrToday());
    out.findings.push({
      kind: 'return-removal',
      severity: 'warning',
      startedOn: day(startedOn),
      facts: {
        rmaId: ret.rmaId,
        receivedCondition: condition,
        receivedDate: ret.receivedDate ?? null,
        units: ret.items.reduce((sum, item) => sum + item.quantity, 0),
        claimable: CLAIMABLE_RETURN_CONDITIONS.has(condition),
      },
      messageKey: 'return-removal',
    });
  });
}
