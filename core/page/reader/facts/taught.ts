import { flatGridWidth, gridChildOf } from '../../grid-strip';
import { DATE_FIELD_KEYS } from '../../labels';
import type { RawFact } from '../facts';
import { isCell, isHeaderCell } from '../structure';
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

/**
 * The cell before a taught date label in its row ("03/12/2024 00:38 | Pris en charge par le
 * transporteur | Montélimar"): a history prints each event's date, then its step, and the seller
 * taught the step. Read beside the cell after the label (a date or nothing: candidates keep
 * dates only).
 */
export function cellBeforeTaught(anchor: VNode, match: Match): VNode | null {
  if (!match.taught || !DATE_FIELD_KEYS.has(match.key) || isHeaderCell(anchor)) return null;
  // Only the row's first cell, the event's date: in a row of two pairs ("Commandé | 1/11 |
  // Expédié | 12/11") the cell before a label is the previous pair's value.
  const cells = (anchor.parent?.children ?? []).filter(isCell);
  return cells.indexOf(anchor) === 1 ? (cells[0] as VNode) : null;
}

/** Strengths only a taught label or path gives (RawFact.strength). */
const TAUGHT_STRENGTHS: ReadonlySet<number> = new Set([0.5, 4]);

/**
 * Tracking links (Swiship, read by hooks.ts) when the seller taught the words of some of them:
 * "Track package" taught on the number inside its button, the page's other links of the same
 * markup ("Track return" in an alert) are not the order's packages. Their numbers are dropped;
 * nothing changes where no taught label is read inside a link.
 */
export function keepTaughtLinks(ctx: FactContext): void {
  const isTracking = (fact: RawFact) => fact.key === 'trackingNumber';
  const taught = ctx.facts.filter((f) => isTracking(f) && TAUGHT_STRENGTHS.has(f.strength));
  // A link's own number: read at the link itself (a label's pair is read at its label).
  const links = ctx.facts.filter(
    (f) => isTracking(f) && f.node.name === 'a' && f.pos === f.node.pos && !TAUGHT_STRENGTHS.has(f.strength),
  );
  const labelled = (link: RawFact) => taught.some((t) => link.node.contains(t.node));
  if (!links.some(labelled)) return;
  const dropped = new Set(links.filter((link) => !labelled(link)));
  if (dropped.size === 0) return;
  const kept = ctx.facts.filter((f) => !dropped.has(f));
  ctx.facts.length = 0;
  ctx.facts.push(...kept);
}

/** A word of letters before a date ("entro", "by", "bis", "avant"): no digit, no comma. */
const LEADING_WORD = /^\p{L}[\p{L}.'’]*$/u;
/** Words that deny the date after them ("not before 9 Dec", "nicht vor dem 9.12."): no such date is read. */
const DENYING_WORD = /^(?:not|nicht|non|no|ne|pas|ni|kein|keine)$/iu;

/**
 * "entro mercoledì 27 novembre, ore 20:00", "by Wed, Dec 11" under a taught date label: the date
 * after one or two words, as the seller's pick read it (core/teach/picked-text.ts). Parts of the
 * value (candidates keep them only when the whole is no date), and twins: parts that say two
 * different days are not read.
 */
export function readTaughtDatesAfterWords(ctx: FactContext): void {
  const taught = ctx.facts.filter(
    (f) => DATE_FIELD_KEYS.has(f.key) && TAUGHT_STRENGTHS.has(f.strength) && !f.fallback,
  );
  for (const fact of taught) {
    const words = fact.value.split(' ');
    for (let n = 1; n <= 2 && n < words.length; n++) {
      const word = words[n - 1] as string;
      if (!LEADING_WORD.test(word) || DENYING_WORD.test(word)) break;
      const rest = words.slice(n).join(' ');
      if (/\d/.test(rest)) ctx.facts.push({ ...fact, value: rest, fallback: true, twin: true });
    }
  }
}

/**
 * The element a taught path names, or the one part of it that shows something besides buttons and
 * links ("<td><button>Copié ✓</button> <span>XW481220375FR</span></td>": the span). A value's
 * controls move on the next page (a copy button before the number): the value is read past them.
 */
export function pastControls(node: VNode): VNode {
  const isControl = (child: VNode) =>
    child.kind === ELEMENT &&
    (child.name === 'button' || child.name === 'a' || child.role === 'button' || child.role === 'link');
  const shown = node.children.filter((child) =>
    child.kind === ELEMENT ? child.end > child.pos || child.data !== '' : !isBlank(child.data),
  );
  const rest = shown.filter((child) => !isControl(child));
  return rest.length === 1 && rest.length < shown.length && rest[0]?.kind === ELEMENT ? rest[0] : node;
}

/**
 * A taught label split over elements of a block ("<th><span>Código de seguimiento</span>
 * <span>del transportista</span> <kat-icon title=…></th>"): the nearest ancestor, three levels up
 * at most, whose text starts with this one and is the taught label whole.
 */
export function taughtLabelAround(
  ctx: FactContext,
  node: VNode,
  own: string,
): { anchor: VNode; match: Match } | null {
  if (!ctx.labels.taughtAny) return null;
  let element = node.parent;
  for (let level = 0; element && element !== ctx.tree.root && level < 3; level++, element = element.parent) {
    const whole = ctx.text.of(element, MAX_LABEL);
    if (!whole?.startsWith(own)) return null;
    if (whole === own) continue;
    const match = ctx.labels.labelOf(whole);
    if (match?.taught) return { anchor: element, match };
  }
  return null;
}

/**
 * Taught labels drawn as icons ("<span role=img aria-label="Acheminement"></span><span>Colis
 * Privé</span>"): an element that shows no text, named by its `aria-label` or `title`, is the
 * label of the value after it. Taught labels only: an icon's name is the seller's word for it.
 */
export function readTaughtIcons(ctx: FactContext, readPair: (anchor: VNode, match: Match) => void): void {
  if (!ctx.labels.taughtAny) return;
  for (const node of ctx.tree.nodes) {
    if (node.kind !== ELEMENT || node.end !== node.pos) continue;
    const name = (node.attribute('aria-label') ?? node.attribute('title'))?.replace(/\s+/g, ' ').trim();
    if (!name || name.length > MAX_LABEL) continue;
    const match = ctx.labels.labelOf(name);
    if (!match?.taught) continue;
    // The icon alone in its element ("<td><i title=…></i></td>"): that element is the label.
    let anchor = node;
    while (anchor.parent && anchor.parent !== ctx.tree.root && onlyShownChild(anchor)) anchor = anchor.parent;
    readPair(anchor, match);
  }
}

const onlyShownChild = (node: VNode): boolean =>
  (node.parent?.children ?? []).every((c) => c === node || (c.kind === TEXT && isBlank(c.data)));
