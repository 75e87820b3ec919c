import { isNormalizedPrivateBlock } from '../../vocabulary';
import { isHeading } from '../structure';
import { ELEMENT, type VNode } from '../visible-tree';
import type { FactContext } from './context';
import { MAX_LABEL } from './labels';

/**
 * The block after a private heading or label: its following siblings, up to the next heading
 * or label. Nothing inside is read: what a buyer typed or an address holds is not the page's
 * layout, even when it is laid out in elements.
 */
export function markPrivate(ctx: FactContext, anchor: VNode, endsAtLabelledRow = true): void {
  const siblings = anchor.parent?.children ?? [];
  for (let i = anchor.index + 1; i < siblings.length; i++) {
    const sibling = siblings[i] as VNode;
    if (sibling.kind === ELEMENT) {
      if (isHeading(sibling) || isPeerTitle(ctx, anchor, sibling)) break;
      const own = ctx.text.of(sibling, MAX_LABEL);
      if (own && (ctx.labels.labelOf(own) || isNormalizedPrivateBlock(ctx.labels.normalized(own)))) break;
      // After an address, the page's own rows go on ("<div><span>Courier</span>…"); a comment's
      // block is the buyer's whatever its markup.
      if (endsAtLabelledRow && startsWithLabel(ctx, sibling)) break;
    }
    ctx.privateRoots.push(sibling);
  }
}

/**
 * A sibling dressed as the private heading itself (same element, same class or style) with a
 * title's short text: the next section's title ("<div class=section-title>Shipments</div>" after
 * "<div class=section-title>Shipping address</div>"), whatever it says.
 */
function isPeerTitle(ctx: FactContext, anchor: VNode, sibling: VNode): boolean {
  if (anchor.kind !== ELEMENT || sibling.name !== anchor.name) return false;
  const dress = (n: VNode) =>
    `${n.element.getAttribute('class') ?? ''}|${n.element.getAttribute('style') ?? ''}`.trim();
  const own = dress(anchor);
  return own !== '|' && dress(sibling) === own && ctx.text.of(sibling, MAX_LABEL) !== null;
}

/** A row that opens with a label of its own ("<div><span>Courier</span><span>Royal Mail</span></div>"): the page's layout again. */
export function startsWithLabel(ctx: FactContext, block: VNode): boolean {
  let node = block;
  for (let depth = 0; depth < 3; depth++) {
    // An empty cell first (a header row's image column) opens nothing.
    const first = node.children.find(
      (c) => ctx.text.of(c, MAX_LABEL) || (c.kind === ELEMENT && c.end > c.pos),
    );
    if (!first || first.kind !== ELEMENT) return false;
    const text = ctx.text.of(first, MAX_LABEL);
    if (text && ctx.labels.labelOf(text) && ctx.labels.labelOf(text)?.key !== 'comments') return true;
    node = first;
  }
  return false;
}
