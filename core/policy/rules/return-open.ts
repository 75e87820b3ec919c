import { toDayNumber } from '../../dates/calendar';
import { boundary, type Collector, day, type OrderContext } from '../context';

// R8. Policy: "customer return: create a return authorization (RMA) on the order page, send it to
// the customer to put in the parcel; give a return label to the RMA's address or ask the customer
// to ship there; follow 'État du retour'". A reminder turns it into a warning when nothing moved
// for `returnReminderDays`, counted from the return's created date, else the day the return itself
// was first seen (never the order: a return first seen today on an old order is not late).

export function returnOpen(ctx: OrderContext, out: Collector): void {
  ctx.order.returns.forEach((ret, index) => {
    if (ret.status === 'received' || ret.status === 'closed' || ret.receivedDate !== undefined) return;
    const known =
      ret.createdDate !== undefined
        ? toDayNumber(ret.createdDate)
        : (ctx.provenanceDay(`returns.${index}.rmaId`) ?? ctx.provenanceDay(`returns.${index}`));
    const opened = known ?? ctx.today;
    const remindOn = opened + ctx.settings.returnReminderDays;
    // With no day the return was opened, "no progress for N days" cannot be counted: it stays
    // info, counted from today, and so changes (start, reminder day) at the next midnight.
    const late = known !== undefined && ctx.today >= remindOn;
    if (known === undefined) boundary(ctx, out, ctx.today + 1);
    else if (!late) boundary(ctx, out, remindOn);
    out.findings.push({
      kind: 'return-open',
      severity: late ? 'warning' : 'info',
      startedOn: day(opened),
      facts: {
        rmaId: ret.rmaId,
        returnStatus: ret.status,
        createdDate: ret.createdDate ?? null,
        remindOn: day(remindOn),
        units: ret.items.reduce((sum, item) => sum + item.quantity, 0),
      },
      messageKey: 'return-open',
    });
  });
}
