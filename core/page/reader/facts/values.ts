import { countedSku } from '../../shapes';
import { collapse } from '../../text';
import type { LabelMatch } from '../../vocabulary';
import type { Line } from '../tree-text';
import { ELEMENT, TEXT, type VNode } from '../visible-tree';
import type { AddFact, FactContext } from './context';
import { colonOf, MAX_LABEL } from './labels';

// How a value is taken from the node that holds it: its first line, a product cell's title, a
// list of tracking numbers, a list of counted SKUs.

export const MAX_VALUE = 300;
const TRAILING_SEPARATOR = /\s+[—–|·•]\s*$/u;
const LIST_SEPARATOR = /\s*[,;]\s*|\s+\/\s+/;
const ONE_WORD = /^[A-Za-z0-9-]{6,40}$/;
const MAX_LISTED = 20;

/** The value a node shows: its first line (a value element may hold more lines below it). */
export function shownValue(ctx: FactContext, node: VNode | null): string | null {
  if (!node) return null;
  const whole = withoutButtons(ctx, node) ?? withoutHint(ctx, node) ?? ctx.text.of(node, MAX_VALUE);
  if (whole === null || whole.length === 0) return null;
  const lines = node.kind === ELEMENT ? linesWithin(ctx.text.lines(), node) : [];
  // "<b>SKU:</b> MOKA-3 — <b>Quantità:</b> 1": an inline value ends at the next separator.
  const value = (lines.length > 1 ? (lines[0] as Line).text : whole).replace(TRAILING_SEPARATOR, '');
  return value === '' || ctx.labels.labelOf(value) ? null : value;
}

/**
 * A value's text without the buttons beside it ("3SBQJW1029384857<button>Copy</button>"), when
 * it holds a button and text of its own; null otherwise (the usual reading applies). A link
 * without a digit after a number is an action on it ("6A25017743381 <a>Suivre sur Swiship</a>"):
 * the number alone.
 */
function withoutButtons(ctx: FactContext, node: VNode): string | null {
  if (node.kind !== ELEMENT || node.name === 'button') return null;
  const { nodes } = ctx.tree;
  let buttonEnd = -1;
  let found = false;
  let linked = false;
  let text = '';
  for (let p = node.pos + 1; p <= node.end; p++) {
    const inner = nodes[p] as VNode;
    if (p <= buttonEnd) continue;
    if (inner.kind === ELEMENT && (inner.name === 'button' || inner.role === 'button')) {
      found = true;
      buttonEnd = inner.end;
    } else if (inner.kind === ELEMENT && inner.name === 'a' && isActionLink(ctx, inner)) {
      linked = true;
      buttonEnd = inner.end;
    } else if (inner.kind !== ELEMENT) text += inner.data;
  }
  if (!found && !linked) return null;
  const shown = collapse(text).replace(TRAILING_SEPARATOR, '');
  if (!found && !NUMBER_WORD.test(shown)) return null;
  return shown.length > 0 && shown.length <= MAX_VALUE ? shown : null;
}

/** A link of words without a digit ("Suivre sur Swiship", "Traccia"): an action, not a value. */
const isActionLink = (ctx: FactContext, link: VNode): boolean => {
  const text = ctx.text.of(link, MAX_LABEL);
  return text !== null && text !== '' && !/\d/.test(text);
};
/** One word holding a digit: a number, an id. */
const NUMBER_WORD = /^(?=\S*\d)\S+$/;

/**
 * A one-word value with a sentence glued after it in an element of its own, as screen-reader
 * helpers add them ("DmR8tV4cRMA<span>Appuyez sur Entrée pour copier…</span>"): the word alone;
 * null otherwise (the usual reading applies).
 */
function withoutHint(ctx: FactContext, node: VNode): string | null {
  if (node.kind !== ELEMENT || node.children.length < 2) return null;
  const [first, ...rest] = node.children as [VNode, ...VNode[]];
  if (first.kind !== TEXT) return null;
  const word = collapse(first.data);
  if (word === '' || /\s/.test(word) || word.length > 60) return null;
  const hints = rest.filter((child) => child.kind === ELEMENT || collapse(child.data) !== '');
  return hints.length > 0 &&
    hints.every((child) => child.kind === ELEMENT && isHint(ctx.text.of(child, MAX_VALUE)))
    ? word
    : null;
}
/**
 * A screen-reader helper's sentence: an instruction to press, tap or click, or to copy ("Appuyez
 * sur Entrée pour copier le SKU."). Any other words after a value may be its rest ("Expédiée
 * Partiellement", "Endommagé par le transporteur", "Amazon Shipping via Evri").
 */
const HINT =
  /^[\p{P}\s]*(?:press|tap|click|hit|use|appuyez|cliquez|touchez|utilisez|drücken|druecken|klicken|tippen|nutzen|pulse|presione|haga clic|toque|use|premi|fai clic|clicca|tocca|usa)\b.*\b(?:cop(?:y|ier|iar|iare)|kopieren|enter|entrée|eingabe|intro|invio)\b/iu;
const isHint = (text: string | null): boolean => text !== null && HINT.test(text);

/** A product cell also holds "ASIN : …" lines: its title is its first line that is not one. */
export function titleOf(ctx: FactContext, cell: VNode): string | null {
  for (const line of linesWithin(ctx.text.lines(), cell)) {
    if (ctx.labels.labelOf(line.text) || labelLine(ctx, line.text)) continue;
    return line.text.length <= MAX_VALUE ? line.text : null;
  }
  return null;
}

function labelLine(ctx: FactContext, line: string): LabelMatch | undefined {
  const colon = colonOf(line);
  return colon > 0 && colon <= 50 ? ctx.labels.labelOf(line.slice(0, colon).trim()) : undefined;
}

/**
 * A value listing several tracking numbers (one a line, or "A, B"): one fact each. Only when
 * every part is one word: a sentence split at its commas is not a list.
 */
export function listedValues(ctx: FactContext, node: VNode, first: string): string[] {
  const lines = node.kind === ELEMENT ? linesWithin(ctx.text.lines(), node).map((l) => l.text) : [first];
  const parts = (lines.length > 0 ? lines : [first]).flatMap((line) => line.split(LIST_SEPARATOR));
  if (parts.length < 2 || parts.length > MAX_LISTED || !parts.every((p) => ONE_WORD.test(p))) return [first];
  return parts;
}

/**
 * A returned-items value listing one "SKU (×1)" a line: one fact each. Only when every line is
 * a counted SKU.
 */
export function listedReturnItems(ctx: FactContext, node: VNode, first: string): string[] {
  const lines = node.kind === ELEMENT ? linesWithin(ctx.text.lines(), node).map((l) => l.text) : [];
  if (lines.length < 2 || lines.length > MAX_LISTED || !lines.every((l) => countedSku(l, false)))
    return [first];
  return lines;
}

/**
 * "Articles : 2 × TELO-MARE-XL, 1 × CIABATTE-42": items as counted codes under an items label,
 * or null when any part is not one (a product title is not a SKU).
 */
export function countedList(value: string, shares = false): { sku: string; count: number }[] | null {
  const parts = value.split(/\s*[,;]\s*/);
  if (parts.length > MAX_LISTED) return null;
  const items: { sku: string; count: number }[] = [];
  for (const part of parts) {
    // "SKU — Qty 2 (partial return: 2 of 3 units)": the remark in brackets says no more, unless it
    // counts what came back ("× 3 (2 returned)").
    const remark = /\s*\(([^()]{1,60})\)\s*$/.exec(part);
    const bare = remark && !RETURNED_COUNT.test(remark[1] as string) ? part.slice(0, remark.index) : null;
    const item = countedSku(part, true, shares) ?? (bare ? countedSku(bare, true, shares) : null);
    if (!item) return null;
    items.push(item);
  }
  return items;
}

/** A remark counting units that came back: "2 returned", "1 retourné", "2 zurück". */
const RETURNED_COUNT =
  /\d\s*(?:returned|refunded|retourn[ée]e?s?|rembours[ée]e?s?|zur[üu]ck|erstattet|devuelt[oa]s?|reembolsad[oa]s?|res[oi]|restituit[oiae]|rimborsat[oiae])/iu;

/** Counted items as SKU and quantity facts, one after the other (each SKU opens its item). */
export function addCounted(
  add: AddFact,
  items: readonly { sku: string; count: number }[],
  strength: number,
  pos: number,
  node: VNode,
): void {
  for (const item of items) {
    add('sku', item.sku, strength, pos, node, null);
    add('quantity', String(item.count), strength, pos, node, null);
  }
}

/** The lines whose first text lies inside `node` (lines are in document order). */
export function linesWithin(lines: readonly Line[], node: VNode): Line[] {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((lines[mid] as Line).first.pos < node.pos) low = mid + 1;
    else high = mid;
  }
  const found: Line[] = [];
  for (let i = low; i < lines.length && (lines[i] as Line).first.pos <= node.end; i++)
    found.push(lines[i] as Line);
  return found;
}

/** The texts a node shows, each text node its own part (at most `most`). */
export function ownTexts(ctx: FactContext, node: VNode, most = 5): string[] {
  const parts: string[] = [];
  if (node.kind !== ELEMENT) return parts;
  for (let p = node.pos + 1; p <= node.end && parts.length < most; p++) {
    const text = ctx.tree.nodes[p] as VNode;
    const own = text.kind === TEXT ? ctx.text.of(text, MAX_LABEL) : null;
    if (own) parts.push(own);
  }
  return parts;
}

/** The texts of a value's own text nodes, when it has two or more. */
export function textParts(ctx: FactContext, node: VNode): string[] {
  const parts = ownTexts(ctx, node, 5);
  if (parts.length < 2 || parts.length > 4) return [];
  // A range split over parts ("<span>30 nov.</span> – <span>2 déc. 2024</span>", then a note):
  // its parts read together, before each on its own.
  const joined: string[] = [];
  for (let end = parts.length - 1; end >= 2; end--) joined.push(parts.slice(0, end + 1).join(' '));
  return [...joined, ...parts];
}
