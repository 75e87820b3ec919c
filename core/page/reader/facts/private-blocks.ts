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
export function markPrivate(ctx: FactContext, anchor: VNode): void {
  const siblings = anchor.parent?.children ?? [];
  for (let i = anchor.index + 1; i < siblings.length; i++) {
    const sibling = siblings[i] as VNode;
    if (sibling.kind === ELEMENT) {
      if (isHeading(sibling)) break;
      const own = ctx.text.of(sibling, MAX_LABEL);
      if (own && (ctx.labels.labelOf(own) || isNormalizedPrivateBlock(ctx.labels.normalized(own)))) break;
    }
    ctx.privateRoots.push(sibling);
  }
}
