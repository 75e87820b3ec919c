import { carrierNamedIn, isCarrierName } from '../../carrier-names';
import type { RawFact } from '../facts';
import { TEXT, type VNode } from '../visible-tree';
import type { FactContext } from './context';

// A carrier shown only by its logo (`<img alt="UPS">`, read as its name by the visible tree) or by
// a link to its own tracking page, in the card of a tracking number. The logo alone says nothing (a "Buy Shipping" banner shows
// carriers' logos too): only beside a tracking number read there, in a card that names no
// carrier otherwise, is it that parcel's carrier. Weak: a labelled carrier wins.

/** A card: the logo's box, its parent, its grandparent; never the page's main part. */
const MAX_LEVELS = 3;
const NOT_A_CARD = new Set(['main', 'body', 'html', 'form']);

export function readCarrierLogos(ctx: FactContext): void {
  const { nodes } = ctx.tree;
  const tracking = ctx.facts.filter((f) => f.key === 'trackingNumber');
  if (tracking.length === 0) return;
  for (const node of nodes) {
    const carrier = carrierShownBy(ctx, node, tracking);
    if (!carrier) continue;
    const card = cardWithTracking(node, tracking);
    if (!card) continue;
    const inCard = (f: { node: VNode }) => f.node.pos >= card.pos && f.node.pos <= card.end;
    if (ctx.facts.some((f) => f.key === 'carrier' && inCard(f))) continue;
    const parcel = tracking.find(inCard);
    // Placed where the parcel's number is: the logo may stand before the card's own heading.
    if (parcel) ctx.add('carrier', carrier, 1, parcel.pos, node, parcel.group);
  }
}

const MAX_LINK_TEXT = 60;

/**
 * The carrier a node shows without a label: a logo's name, or a link to the carrier's own
 * tracking page ("Suivre sur le site de Chronopost") whose address holds a tracking number read
 * on the page.
 */
function carrierShownBy(ctx: FactContext, node: VNode, tracking: readonly RawFact[]): string | null {
  if (node.kind === TEXT) {
    const host = node.node as Element;
    return host.localName === 'img' && isCarrierName(node.data) ? node.data : null;
  }
  if (node.name !== 'a') return null;
  // The address first: most links of a page (menus, help) hold no tracking number.
  const href = node.attribute('href') ?? '';
  if (
    href.length < 8 ||
    !tracking.some((f) => f.value.length >= 8 && href.includes(f.value.replace(/\s+/g, '')))
  )
    return null;
  const text = ctx.text.of(node, MAX_LINK_TEXT);
  return (text && carrierNamedIn(text)) || null;
}

/** The nearest block around the logo holding one tracking number read (maybe read several ways); none past a few levels. */
function cardWithTracking(logo: VNode, tracking: readonly RawFact[]): VNode | null {
  let block = logo.parent;
  for (let level = 0; block && level < MAX_LEVELS; level++, block = block.parent) {
    if (NOT_A_CARD.has(block.name)) return null;
    const { pos, end } = block;
    const inside = new Set(
      tracking.filter((f) => f.node.pos >= pos && f.node.pos <= end).map((f) => f.value.replace(/\s+/g, '')),
    );
    if (inside.size === 1) return block;
    if (inside.size > 1) return null;
  }
  return null;
}
