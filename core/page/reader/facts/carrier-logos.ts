import { isCarrierName } from '../../carrier-names';
import type { RawFact } from '../facts';
import { TEXT, type VNode } from '../visible-tree';
import type { FactContext } from './context';

// A carrier shown only by its logo (`<img alt="UPS">`, read as its name by the visible tree) in
// the card of a tracking number. The logo alone says nothing (a "Buy Shipping" banner shows
// carriers' logos too): only beside a tracking number read there, in a card that names no
// carrier otherwise, is it that parcel's carrier. Weak: a labelled carrier wins.

const MAX_LEVELS = 4;

export function readCarrierLogos(ctx: FactContext): void {
  const { nodes } = ctx.tree;
  const tracking = ctx.facts.filter((f) => f.key === 'trackingNumber');
  if (tracking.length === 0) return;
  for (const node of nodes) {
    if (node.kind !== TEXT || (node.node as Element).localName !== 'img' || !isCarrierName(node.data))
      continue;
    const card = cardWithTracking(node, tracking);
    if (!card) continue;
    const inCard = (f: { node: VNode }) => f.node.pos >= card.pos && f.node.pos <= card.end;
    if (ctx.facts.some((f) => f.key === 'carrier' && inCard(f))) continue;
    const parcel = tracking.find(inCard);
    // Placed where the parcel's number is: the logo may stand before the card's own heading.
    if (parcel) ctx.add('carrier', node.data, 1, parcel.pos, node, parcel.group);
  }
}

/** The nearest block around the logo holding one tracking number read (maybe read several ways); none past a few levels. */
function cardWithTracking(logo: VNode, tracking: readonly RawFact[]): VNode | null {
  let block = logo.parent;
  for (let level = 0; block && level < MAX_LEVELS; level++, block = block.parent) {
    const { pos, end } = block;
    const inside = new Set(
      tracking.filter((f) => f.node.pos >= pos && f.node.pos <= end).map((f) => f.value.replace(/\s+/g, '')),
    );
    if (inside.size === 1) return block;
    if (inside.size > 1) return null;
  }
  return null;
}
