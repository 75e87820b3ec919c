import { elementAtPath } from '../../teach/nearest-label';
import { DATE_FIELD_KEYS, type FieldKey, type LabelLanguage } from '../labels';
import {
  isNormalizedCreateReturnAction,
  isNormalizedPrivateBlock,
  mayBeWord,
  startsNoWord,
} from '../vocabulary';
import { readCarrierLogos } from './facts/carrier-logos';
import { createFactContext, type FactContext } from './facts/context';
import { readEventLines } from './facts/event-lines';
import { readTrackingEvents } from './facts/events';
import { readHooks } from './facts/hooks';
import {
  colonOf,
  createLabelReader,
  MAX_LABEL,
  MAX_STATUS_LABEL,
  pageLanguage,
  statusDateKey,
} from './facts/labels';
import { anchorOf, readPair } from './facts/pairs';
import { markPrivate } from './facts/private-blocks';
import { readProse } from './facts/prose';
import { weakenStaleBlocks } from './facts/stale-blocks';
import {
  keepTaughtLinks,
  pastControls,
  readShortenedLabels,
  readTaughtDateInText,
  readTaughtDatesAfterWords,
  readTaughtIcons,
  taughtLabelAround,
} from './facts/taught';
import { shownValue } from './facts/values';
import { isHeaderCell, pairContainerOf } from './structure';
import { isBlank, TreeText } from './tree-text';
import { ELEMENT, TEXT, type VisibleTree, type VNode } from './visible-tree';

// Stage 2 of the reader: candidate facts, each a field, a raw value, and its strength.
// - Structure (2): dt/dd, th/td, a header row over data rows, a label element and the element
//   beside it, Katal label attributes, data-test-id hooks, Swiship links.
// - Prose (1): "Label : value" at the start of a line or of a " · ", " | ", "; " segment, and an
//   order id introduced by an order word ("Commande n° 402-…").
// Nothing at all is read inside private blocks (an address, a buyer's block, a customer message
// or note, known by their headings in five languages, and <address>): what a customer typed is
// not the page's layout, even when each of its lines is an element.
//
// Each reader is a file of `facts/`: labels (built-in and taught), pairs, columns, private blocks,
// hooks (data-test-id, Swiship links, status badges), prose; they share one `FactContext`.

export interface RawFact {
  key: FieldKey;
  value: string;
  /**
   * 2: structural pair; 1: a line of prose. A label the seller taught gives 4 when it was taught
   * to correct a wrong reading (it wins), else 0.5 (used only when nothing else gives the field).
   */
  strength: number;
  /** Document order of the label (of the value for table cells read by column). */
  pos: number;
  /** The node holding the value. */
  node: VNode;
  /** The row, list item or block holding an item's facts; null: items follow one another. */
  group: VNode | null;
  /**
   * Where the fact counts for the page's shipment sections when that is not `pos`: a value in a
   * sideways table's column belongs to the shipment heading its column ("Sendung 2").
   */
  scopePos?: number;
  /** A part of a value ("Mon, Dec 9, 2024" under "Yesterday"): a candidate only when the whole value is not one. */
  fallback?: boolean;
  /**
   * A fallback from a value printed twice ("2" then "Menge: 2 Stück"): read only when every part
   * that is a value says the same ("1 returned" beside "4" says two things: neither is read).
   */
  twin?: boolean;
  /** The text as the page printed it, when a candidate's value is written otherwise ("12 nov." → "2025-11-12"). */
  shown?: string;
  /** Read in a row of a table whose header names a shipment's fields (ship date, carrier…). */
  shipmentRow?: boolean;
}

export interface Heading {
  kind: 'shipment' | 'package';
  pos: number;
  /** A shipment its own header says was cancelled ("Sendung 2 · Storniert"): nothing in it is read. */
  cancelled?: boolean;
  /** The heading's text ("Colis 1/2 · Colissimo 6A…"): it may name a parcel read elsewhere. */
  text?: string;
}

export interface PageFacts {
  facts: RawFact[];
  headings: Heading[];
  createReturnAction: boolean;
  languageVotes: Map<LabelLanguage, number>;
  /** Subtrees of personal or customer-written text: no fact and no order id comes from them. */
  privateRoots: VNode[];
  /** Whether the node at a position lies in a private subtree (one flag per position). */
  isPrivate: (node: VNode) => boolean;
  /** R7: notices saying why an order cannot ship, with the line that says it. */
  notices: { reason: 'damaged-unit' | 'dangerous-goods'; node: VNode }[];
  text: TreeText;
}

/** A label or a path the seller taught (core/teach), for the reader's field `key`. */
export interface TaughtPlace {
  key: FieldKey;
  /** Normalized label. */
  label?: string;
  /** `#id>…` or `[data-test-id="…"]>…` (see core/teach/nearest-label.ts). */
  path?: string;
  /** Taught to correct a wrong reading: wins over what the built-in labels give. */
  override: boolean;
}

export { TEST_ID_FIELDS } from './facts/hooks';

/** The label a text's inline parent spells whole, when the text is its first part. */
function wholeLabelOf(
  ctx: FactContext,
  node: VNode,
  own: string,
): { text: string; match: NonNullable<ReturnType<FactContext['labels']['labelOf']>> } | null {
  const parent = node.parent;
  if (!parent || parent.children.length < 2 || parent.isBlock) return null;
  if (parent.children.find((c) => c.kind === TEXT && !isBlank(c.data)) !== node) return null;
  const whole = ctx.text.of(parent, MAX_LABEL);
  if (!whole || whole === own) return null;
  const match = ctx.labels.labelOf(whole);
  return match ? { text: whole, match } : null;
}

export function collectFacts(tree: VisibleTree, taught: readonly TaughtPlace[] = []): PageFacts {
  const { nodes } = tree;
  const text = new TreeText(tree);
  const root = tree.root.node;
  const labels = createLabelReader(
    taught,
    pageLanguage((root.ownerDocument ?? (root as Document)).documentElement?.getAttribute('lang')),
  );
  const ctx = createFactContext(tree, text, labels);
  const { labelOf, normalized } = labels;
  const headings: Heading[] = [];
  let createReturnAction = false;

  // An <address> is personal text, whatever heads it.
  for (const node of nodes) if (node.name === 'address') ctx.privateRoots.push(node);

  // Labels: a text that is a whole label, with its value beside it.
  for (const node of nodes) {
    if (node.kind !== TEXT || node.data.length > MAX_LABEL * 4 || isBlank(node.data)) continue;
    const own = text.of(node, MAX_LABEL);
    if (!own || (!labels.taughtAny && (!mayBeWord(own) || startsNoWord(own)))) continue;
    // A label split over inline elements ("Paketdienstleister <span>(Übergabe)</span>"): read
    // whole from its first text, before its first part is taken for a label of its own.
    const split = wholeLabelOf(ctx, node, own);
    if (split) {
      readPair(ctx, anchorOf(ctx, node, split.text), split.match);
      continue;
    }
    const around = taughtLabelAround(ctx, node, own);
    if (around) {
      readPair(ctx, around.anchor, around.match);
      continue;
    }
    const form = normalized(own);
    const match = labelOf(own);
    // A Katal component holding its label and its value in attributes.
    const host = node.node.nodeType === ELEMENT ? (node.node as Element) : null;
    if (match && host?.hasAttribute('value')) {
      ctx.vote(match);
      ctx.add(match.key, host.getAttribute('value')?.trim() ?? '', 2, node.pos, node, pairContainerOf(node));
    } else if (match) readPair(ctx, anchorOf(ctx, node, own), match);
    else if (isNormalizedPrivateBlock(form)) markPrivate(ctx, anchorOf(ctx, node, own));
    else if (isNormalizedCreateReturnAction(form)) createReturnAction = true;
    else if (readDateInText(ctx, node, own) || readTaughtDateInText(ctx, node, own)) continue;
    else if (own.length <= MAX_STATUS_LABEL) {
      // A header cell or term "Shipped" / "Delivered" beside a date labels that date (a status
      // value sits in a data cell, never in a <th> or <dt>), as does the first of a pair of parts
      // ("<span>Shipped</span><span>Sat, Dec 7</span>"; a status value is the second part).
      // Candidates keep it only if a date.
      const anchor = anchorOf(ctx, node, own);
      const key =
        isHeaderCell(anchor) || anchor.name === 'dt' || firstOfTwo(anchor) ? statusDateKey(own) : undefined;
      if (key) readPair(ctx, anchor, { key, languages: [] });
    }
  }

  readShortenedLabels(
    ctx,
    (anchor, match) => readPair(ctx, anchor, match),
    (node, label) => anchorOf(ctx, node, label),
  );
  readTaughtIcons(ctx, (anchor, match) => readPair(ctx, anchor, match));
  readHooks(nodes, text, ctx.add);
  readTrackingEvents(ctx);
  readEventLines(ctx);
  readTaughtPaths(tree, taught, ctx);
  if (taught.length > 0) keepTaughtLinks(ctx);
  if (taught.length > 0) readTaughtDatesAfterWords(ctx);

  // One flag per position, set once every private block is known: a page of many private rows
  // must not cost a scan of every block for every line.
  const privateFlags = new Uint8Array(nodes.length);
  for (const root of ctx.privateRoots) privateFlags.fill(1, root.pos, root.end + 1);
  const isPrivate = (node: VNode) => privateFlags[node.pos] === 1;

  const notices = readProse(ctx, isPrivate, headings);
  asShipmentColumns(ctx.sidewaysHeads, headings);
  readCarrierLogos(ctx);
  weakenStaleBlocks(ctx);

  return {
    facts: ctx.facts.filter((f) => !isPrivate(f.node)).sort((a, b) => a.pos - b.pos),
    headings,
    createReturnAction,
    languageVotes: ctx.languageVotes,
    privateRoots: ctx.privateRoots,
    isPrivate,
    notices,
    text,
  };
}

/**
 * "<strong>Delivery date updated: 9 Dec</strong> The courier reported…": a date's label and its
 * value in one text of their own, whose value ends where the text ends (prose would read the rest
 * of the line with it). Dates only: their value is whole or nothing.
 */
function readDateInText(ctx: FactContext, node: VNode, own: string): boolean {
  const colon = colonOf(own);
  if (colon <= 0 || colon > 50) return false;
  const match = ctx.labels.labelOf(own.slice(0, colon).trim());
  const value = own.slice(colon + 1).trim();
  if (!match || !DATE_FIELD_KEYS.has(match.key) || value === '') return false;
  ctx.vote(match);
  ctx.add(match.key, value, match.strength ?? 1, node.pos, node, null);
  return true;
}

/** The first of exactly two shown parts of its parent. */
function firstOfTwo(node: VNode): boolean {
  const parts = (node.parent?.children ?? []).filter((c) => c.kind === ELEMENT || !isBlank(c.data));
  return parts.length === 2 && parts[0] === node;
}

/** Places taught by path: the element there, when it is shown. */
function readTaughtPaths(tree: VisibleTree, taught: readonly TaughtPlace[], ctx: FactContext): void {
  for (const place of taught) {
    if (!place.path) continue;
    const element = elementAtPath(tree.root.node.ownerDocument ?? (tree.root.node as Document), place.path);
    const found = element ? tree.nodes.find((n) => n.node === element) : undefined;
    const node = found ? pastControls(found) : undefined;
    const value = node ? shownValue(ctx, node) : null;
    if (node && value) ctx.add(place.key, value, place.override ? 4 : 0.5, node.pos, node, null);
  }
}

/**
 * The headings of a sideways table's columns open a shipment each, even worded as parcels
 * ("Colis 1/2"): each column carries its own ship date and carrier, which one shipment cannot.
 */
function asShipmentColumns(heads: readonly VNode[], headings: Heading[]): void {
  for (const head of heads) {
    const inside = headings.filter((h) => h.pos >= head.pos && h.pos <= head.end);
    for (const heading of inside) heading.kind = 'shipment';
    if (inside.length > 0) continue;
    const at = headings.findIndex((h) => h.pos > head.pos);
    headings.splice(at === -1 ? headings.length : at, 0, { kind: 'shipment', pos: head.pos });
  }
}
