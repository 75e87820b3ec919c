import { flatGridWidth, gridChildOf } from '../../grid-strip';
import { isBlank } from '../tree-text';
import { ELEMENT, TEXT, type VNode } from '../visible-tree';
import type { FactContext } from './context';
import { MAX_LABEL, type Match } from './labels';
import { shownValue } from './values';

// Labels the seller taught (core/teach), read where the built-in labels are not: a date after its
// label in one text, a label shortened on the next page, the heading over a value's column in a
// grid drawn without rows, a value after an info icon. Only taught labels are read so: the seller
// pointed at the value, and teach mode checked that its place reads it back.

/**
 * "Sortie d’entrepôt le 27/11/2024 à 07:52": a taught date label at the start of a text, the rest
 * its value (a date or nothing: candidates keep dates only).
 */
export function readTaughtDateInText(ctx: FactContext, node: VNode, own: string): boolean {
  const found = ctx.labels.taughtDateIn(own);
  if (!found) return false;
  ctx.add(found.match.key, found.value, found.match.strength ?? 0.5, node.pos, node, null);
  return true;
}

/** A shortened label keeps this many words of the taught one at least, and half of them. */
const MIN_SHORTENED_WORDS = 2;

/**
 * "Handed over to carrier (FC local time)" taught, "Handed over" on the next page: a taught label
 * no text matched, shortened to its first words (two or more, half of them or more). Only when one
 * text alone is such a shortening, and no built-in label: a label found twice, or another field's,
 * names nothing sure.
 */
export function readShortenedLabels(
  ctx: FactContext,
  readPair: (anchor: VNode, match: Match) => void,
  anchorOf: (textNode: VNode, label: string) => VNode,
): void {
  const unmatched = ctx.labels.unmatchedTaught();
  if (unmatched.length === 0) return;
  for (const { match, words } of unmatched) {
    const min = Math.max(MIN_SHORTENED_WORDS, Math.ceil(words.length / 2));
    if (words.length <= min) continue;
    let found: { node: VNode; own: string } | null = null;
    let several = false;
    for (const node of ctx.tree.nodes) {
      if (node.kind !== TEXT || isBlank(node.data)) continue;
      const own = ctx.text.of(node, MAX_LABEL);
      if (!own || /\d/.test(own)) continue;
      const form = ctx.labels.normalized(own).split(' ');
      if (form.length < min || form.length >= words.length) continue;
      if (!form.every((word, i) => word === words[i]) || ctx.labels.labelOf(own)) continue;
      several = found !== null;
      found = { node, own };
      if (several) break;
    }
    if (found && !several) readPair(anchorOf(found.node, found.own), match);
  }
}

/**
 * The values under a taught heading of a grid drawn without rows (core/teach/flat-grid.ts), one a
 * row; null when the heading heads no such grid.
 */
export function taughtColumnValues(anchor: VNode): VNode[] | null {
  const grid = anchor.parent;
  if (!grid || anchor.kind !== ELEMENT) return null;
  const children = grid.children.filter((child) => child.kind === ELEMENT);
  const column = children.indexOf(anchor);
  const width = flatGridWidth(children.map((child) => gridChildOf(child.element)));
  if (width === 0 || column < 0 || column >= width) return null;
  const cells: VNode[] = [];
  for (let i = width + column; i < children.length; i += width) cells.push(children[i] as VNode);
  return cells;
}

/**
 * The value after a label, past an icon between them (an info icon with its help in a tooltip):
 * an element that shows no text and holds nothing.
 */
export function pastIcons(ctx: FactContext, node: VNode | null): VNode | null {
  let value = node;
  while (value && value.kind === ELEMENT && value.end === value.pos && !shownValue(ctx, value)) {
    const siblings = value.parent?.children ?? [];
    let next: VNode | null = null;
    for (let i = value.index + 1; i < siblings.length && !next; i++) {
      const sibling = siblings[i] as VNode;
      if (sibling.kind === ELEMENT || !isBlank(sibling.data)) next = sibling;
    }
    value = next;
  }
  return value;
}
