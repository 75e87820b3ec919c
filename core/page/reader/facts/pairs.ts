import { ancestor, hasElementSiblings, isCell, isRow, nextShownSibling, pairContainerOf } from '../structure';
import { isBlank } from '../tree-text';
import type { VNode } from '../visible-tree';
import { readColumns } from './columns';
import type { FactContext } from './context';
import { MAX_LABEL, type Match } from './labels';
import { markPrivate } from './private-blocks';
import { addCounted, countedList, listedValues, shownValue } from './values';

// A label with its value beside it: dt/dd, a cell and the next cell (or its column, under a
// header row), an element and its next shown sibling.

export function readPair(ctx: FactContext, anchor: VNode, match: Match): void {
  ctx.vote(match);
  let valueNode: VNode | null = null;
  if (anchor.name === 'dt') {
    let dd = anchor.nextElementSibling();
    while (dd && dd.name !== 'dd' && dd.name !== 'dt') dd = dd.nextElementSibling();
    valueNode = dd?.name === 'dd' ? dd : null;
  } else if (isCell(anchor)) {
    const row = ancestor(anchor, isRow, 3);
    if (row && readColumns(ctx, row)) return;
    let cell = anchor.nextElementSibling();
    while (cell && !isCell(cell)) cell = cell.nextElementSibling();
    valueNode = cell;
  } else {
    valueNode = nextShownSibling(anchor, isBlank);
  }
  if (match.key === 'comments') {
    markPrivate(ctx, anchor);
    return;
  }
  const value = shownValue(ctx, valueNode);
  if (!valueNode || !value) return;
  const group = pairContainerOf(valueNode);
  const counted = match.key === 'productName' ? countedList(value) : null;
  if (counted) addCounted(ctx.add, counted, match.strength ?? 2, anchor.pos, valueNode);
  else {
    const values = match.key === 'trackingNumber' ? listedValues(ctx, valueNode, value) : [value];
    for (const one of values) ctx.add(match.key, one, match.strength ?? 2, anchor.pos, valueNode, group);
  }
}

/** Climbs from a label's text to the largest element whose whole text is that label. */
export function anchorOf(ctx: FactContext, textNode: VNode, label: string): VNode {
  let anchor = textNode;
  for (let element = textNode.parent; element && element !== ctx.tree.root; element = element.parent) {
    // Stop below a parent that also holds the (maybe empty) value: a grid row, a dl.
    if (anchor !== textNode && hasElementSiblings(anchor)) break;
    if (ctx.text.of(element, MAX_LABEL) !== label) break;
    anchor = element;
  }
  return anchor;
}
