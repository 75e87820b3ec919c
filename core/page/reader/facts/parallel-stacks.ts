import { ELEMENT, type VNode } from '../visible-tree';
import type { FactContext } from './context';
import { MAX_LABEL } from './labels';

// Labels and values drawn as two stacks side by side (two lists, two columns of boxes), lined up
// only by their places: the third label's value is the third box of the next stack, even when
// that box is empty (an empty value is no value, never the next one's).

const MIN_ROWS = 3;

const elementsOf = (node: VNode): VNode[] => node.children.filter((c) => c.kind === ELEMENT);

/**
 * The value box at `label`'s place in the stack beside its own, when its own stack holds labels
 * (most of them known) and the next one as many boxes, none a known label: `{ box }`, the box
 * null when it is empty. Null when the label stands in no such stack.
 */
export function parallelValue(ctx: FactContext, label: VNode): { box: VNode | null } | null {
  const stack = label.parent;
  const values = stack?.nextElementSibling();
  // Two columns side by side: the only two elements of their box, each a stack of blocks (a
  // header row of boxes over rows of their own is read as a table: ./div-rows.ts).
  if (!stack?.parent || !values || elementsOf(stack.parent).length !== 2) return null;
  const labels = elementsOf(stack);
  const boxes = elementsOf(values);
  if (labels.length < MIN_ROWS || boxes.length !== labels.length) return null;
  if (![...labels, ...boxes].every((node) => node.isBlock)) return null;
  // A box of several blocks is a row of a table's body (a header row of boxes over rows).
  if (boxes.some((box) => elementsOf(box).filter((c) => c.isBlock && c.children.length > 0).length >= 2))
    return null;
  const isLabel = (node: VNode) => ctx.labels.labelOf(ctx.text.of(node, MAX_LABEL)) !== undefined;
  // Labels, most of them known (a stack of values would hold few), beside boxes that are none.
  if (labels.filter(isLabel).length * 2 <= labels.length || boxes.some(isLabel)) return null;
  const box = boxes[labels.indexOf(label)];
  return { box: box && ctx.text.of(box, Number.MAX_SAFE_INTEGER) ? box : null };
}
