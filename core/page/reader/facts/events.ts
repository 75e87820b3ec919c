import { matchWholeStatus } from '../../vocabulary';
import { ELEMENT, type VNode } from '../visible-tree';
import type { FactContext } from './context';

// A parcel's tracking history: a list whose items each say what happened (a status word first)
// and when. A "Delivered" event says the parcel is delivered, on that day; the "Shipped" event's
// day is the ship date, weaker than a labelled one. The other events (in transit, out for
// delivery, a failed attempt) say nothing final: which of them is the latest would need their
// times, which this reader does not compare, so they are left to the page's labelled status.

const MAX_PART = 120;

interface TrackingEvent {
  status: string;
  statusNode: VNode;
  when: VNode;
}

const isList = (n: VNode) => n.kind === ELEMENT && (n.name === 'ol' || n.name === 'ul' || n.role === 'list');
const isItem = (n: VNode) => n.kind === ELEMENT && (n.name === 'li' || n.role === 'listitem');

export function readTrackingEvents(ctx: FactContext): void {
  for (const list of ctx.tree.nodes) {
    if (!isList(list)) continue;
    const events = list.children.filter(isItem).flatMap((item) => eventOf(ctx, item) ?? []);
    // A history dates each event: a list of status words without dates is a progress stepper or
    // a legend, which says nothing of where the parcel is.
    if (events.length < 2) continue;
    for (const { status, statusNode, when } of events) {
      const kind = matchWholeStatus(status);
      const day = ctx.text.of(when, MAX_PART);
      if (!day) continue;
      // Weaker than a labelled status or date: the page's own "Delivery status" wins.
      if (kind === 'delivered') {
        ctx.add('deliveryStatus', status, 1, statusNode.pos, statusNode, null);
        ctx.add('deliveredDate', day, 1, when.pos, when, null);
      } else if (kind === 'shipped') ctx.add('shippingDate', day, 1, when.pos, when, null);
    }
  }
}

/** An item whose first part is a status word, with a part after it holding a digit (its date); else none. */
function eventOf(ctx: FactContext, item: VNode): TrackingEvent | null {
  const parts = item.children.filter((c) => ctx.text.of(c, MAX_PART));
  const first = parts[0];
  const status = first ? ctx.text.of(first, MAX_PART) : null;
  if (!first || !status || !matchWholeStatus(status)) return null;
  const when = parts.slice(1).find((p) => /\d/.test(ctx.text.of(p, MAX_PART) ?? ''));
  return when ? { status, statusNode: first, when } : null;
}
