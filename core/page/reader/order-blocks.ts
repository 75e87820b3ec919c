import { isAmazonOrderId } from '../shapes';
import { columnHeadersOf } from '../table-grid';
import { normalizeLabel } from '../text';
import { introducesOrderId, matchLabel, namesAnOrder } from '../vocabulary';
import type { RawFact } from './facts';
import { ancestor, isCell, isHeading, isRow } from './structure';
import {
  AMAZON_ID_IN_TEXT,
  CROWDED_IDS,
  ELEMENT,
  type IdMention,
  type VisibleTree,
  type VNode,
} from './visible-tree';

/** Fields that say which parcel or item a block is about (a status or a date does not). */
const IDENTITY_KEYS = new Set<string>([
  'carrier',
  'trackingNumber',
  'sku',
  'productName',
  'asin',
  'fnsku',
  'rmaId',
  'quantity',
]);

/**
 * Whether an order id stands as an order's id in its text: alone ("171-…", "171-… – Expédié"),
 * after a few words naming an order or another order's relation to this one ("Commande précédente
 * 171-…", "Replacement for 171-…", "Voir aussi 171-…") or a short label ("Réf. : 171-…"). Inside
 * other words ("Théière 171-…", a product's title, a note among this order's rows) it is only
 * mentioned: it counts for no refusal, and its block is cut only where it heads it (`cutAway`).
 */
function standsAsOrderId({ node, at }: IdMention): boolean {
  const before = node.data.slice(0, at).replace(AMAZON_ID_IN_TEXT, ' ');
  const words = before.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (words === '' || introducesOrderId(before)) return true;
  if (words.split(' ').length > 4) return false;
  return /[:：]\s*$/.test(before) || namesAnOrder(normalizeLabel(words));
}

/** The rows after `block` that the other id's cell spans (`rowspan`): that order's rows too. */
function rowsSpanned(node: VNode, block: VNode): VNode[] {
  const cell = ancestor(node, isCell, 12);
  const row = cell ? ancestor(cell, isRow, 3) : null;
  if (!cell || !row || !block.contains(row)) return [];
  const span = Number(cell.attribute('rowspan') ?? 1);
  const rows: VNode[] = [];
  for (let next = row.nextElementSibling(); next && rows.length < span - 1; next = next.nextElementSibling())
    if (isRow(next)) rows.push(next);
  return rows;
}

// Stage 3 of the reader: one page, one order. A page showing several orders (a list, search
// results, two order blocks) is never read as one order. On a URL that names an order, the
// blocks of the other orders it shows are cut away when they can be told apart (the largest
// subtree around the other id that holds nothing of the named order); a page that does not show
// the named order at all is refused. An order's Amazon id and its seller's id are one order.

export type BlockOutcome =
  | { kind: 'refused'; reason: 'several-orders' | 'other-order'; orderIds: string[] }
  | {
      kind: 'order';
      facts: RawFact[];
      /** The Amazon order id the reading is about, when known. */
      amazonId: string | null;
      /** The other orders' blocks cut away: nothing inside them belongs to this order. */
      cut: VNode[];
    };

/**
 * More other orders than this on a page: a list, even on a URL naming one of them. Fewer (a
 * "recently viewed" sidebar, a replacement order) are cut away when they can be told apart.
 */
const MAX_OTHER_ORDERS = 5;

export function orderBlock(
  tree: VisibleTree,
  facts: readonly RawFact[],
  isPrivate: (node: VNode) => boolean,
  /** The order id the URL names, if any. */
  target: string | null,
): BlockOutcome {
  const shownMentions = tree.mentions.filter((mention) => !isPrivate(mention.node));
  const { holders, labelled } = holdersOf(tree, facts, shownMentions, target);
  const sellerIds = new Set(facts.filter((f) => f.key === 'merchantOrderId').map((f) => f.value));
  const amazonIds = [...holders.keys()].filter(isAmazonOrderId);
  const otherIds = [...labelled].filter((id) => !isAmazonOrderId(id) && !sellerIds.has(id));

  // More orders than one page of an order shows (a buyer's message naming a few does not count).
  const distinct = new Set([...(target ? [target] : []), ...shownMentions.map((m) => m.id)]);
  if (tree.crowded || distinct.size > (target ? 1 : 0) + CROWDED_IDS)
    return refuse('several-orders', amazonIds);
  if (target === null) {
    if (amazonIds.length > 1 || otherIds.length > 1)
      return refuse('several-orders', [...amazonIds, ...otherIds]);
    return { kind: 'order', facts: [...facts], amazonId: amazonIds[0] ?? null, cut: [] };
  }

  const targetIsAmazon = isAmazonOrderId(target);
  const shown = holders.has(target) || sellerIds.has(target);
  if (!shown) {
    const ids = [...amazonIds, ...otherIds];
    return ids.length > 0
      ? refuse('other-order', ids)
      : { kind: 'order', facts: [...facts], amazonId: targetIsAmazon ? target : null, cut: [] };
  }
  // The ids of other orders. A seller's id named by the URL pairs with the page's one Amazon id.
  let others: string[];
  if (targetIsAmazon) {
    if (otherIds.length > 1) return refuse('several-orders', otherIds);
    others = amazonIds.filter((id) => id !== target);
  } else {
    if (amazonIds.length > 1) return refuse('several-orders', amazonIds);
    others = otherIds.filter((id) => id !== target);
  }
  if (others.length > MAX_OTHER_ORDERS) return refuse('several-orders', others);

  const targetNodes = [...(holders.get(target) ?? [])];
  for (const fact of facts)
    if (fact.key === 'merchantOrderId' && fact.value === target) targetNodes.push(fact.node);
  const cut = cutAway(facts, holders, others, shownMentions, target, targetNodes);
  if (cut === null) return refuse('several-orders', [target, ...others]);
  const inCut = (node: VNode) => cut.some((block) => block.contains(node));
  const kept = facts.filter((fact) => !inCut(fact.node));
  // Cutting most of what the page says: the blocks could not really be told apart.
  if (facts.length > 0 && kept.length * 2 < facts.length)
    return refuse('several-orders', [target, ...others]);
  return { kind: 'order', facts: kept, amazonId: targetIsAmazon ? target : (amazonIds[0] ?? null), cut };
}

/**
 * The nodes holding each id shown as an order's own id (never from customer text), and the ids
 * labelled as an order's.
 */
function holdersOf(
  tree: VisibleTree,
  facts: readonly RawFact[],
  shownMentions: readonly IdMention[],
  target: string | null,
): { holders: Map<string, VNode[]>; labelled: Set<string> } {
  const holders = new Map<string, VNode[]>();
  const hold = (id: string, node: VNode) => {
    const list = holders.get(id);
    if (list) list.push(node);
    else holders.set(id, [node]);
  };
  for (const mention of shownMentions)
    if (mention.id === target || (standsAsOrderId(mention) && !(target === null && linksToItsPage(mention))))
      hold(mention.id, mention.node);
  const labelled = new Set<string>();
  for (const fact of facts) {
    if (fact.key !== 'orderId') continue;
    labelled.add(fact.value);
    // Where the page prints the id, its mentions say; a label whose value was found in a popover
    // inside it ("Numéro de suivi : [… commande 171-…]") is not where that order stands.
    // (This order's own id holds wherever it is read: its blocks are never cut.)
    const printed = tree.mentions.filter((m) => m.id === fact.value);
    if (fact.value === target || printed.length === 0 || printed.some((m) => fact.node.contains(m.node)))
      hold(fact.value, fact.node);
  }
  return { holders, labelled };
}

/**
 * An id printed as a link to that order's own page ("Recently viewed: <a href="…/order/S01-…">"):
 * on a page whose URL names no order, the order is elsewhere, not read here.
 */
function linksToItsPage(mention: IdMention): boolean {
  for (let node = mention.node.parent; node; node = node.parent)
    if (node.name === 'a') return (node.element.getAttribute('href') ?? '').includes(mention.id);
  return false;
}

/**
 * The other orders' blocks: the largest subtree around each other id that holds nothing of the
 * named order (`targetNodes`); null when another id shares its text with the named order's (the
 * two cannot be told apart).
 */
function cutAway(
  facts: readonly RawFact[],
  holders: ReadonlyMap<string, VNode[]>,
  others: readonly string[],
  shownMentions: readonly IdMention[],
  target: string,
  targetNodes: readonly VNode[],
): VNode[] | null {
  const holdsTarget = (node: VNode) => targetNodes.some((t) => node.contains(t));
  const blockAround = (node: VNode): VNode => {
    let block = node;
    // A tooltip or a popover naming another order is that order's whole block, whatever this
    // order's fields stand around it ("Autre commande de cet acheteur…" over the buyer's name).
    while (
      block.parent &&
      !block.isPopover &&
      !titledForOtherOrders(block) &&
      !holdsTarget(block.parent) &&
      !meetsOwnFields(facts, block, block.parent)
    )
      block = block.parent;
    return block;
  };
  const cut: VNode[] = [];
  for (const id of others) {
    for (const node of holders.get(id) ?? []) {
      if (holdsTarget(node)) return null;
      const block = blockAround(node);
      cut.push(block, ...rowsSpanned(node, block));
      // A heading naming another order opens its section: the siblings after it, up to the next
      // heading as high or the named order's own, are that order's ("<h2>Commande 171-…</h2>
      // <div>Suivi …</div>").
      if (isHeading(block)) cut.push(...sectionAfter(block, holdsTarget));
    }
  }
  // An id only mentioned among other words ("Réexpédition 171-…", "Théière 171-…") is another
  // order's block when it heads it (its card's first lines, a status at most before it); inside a
  // value of this order's (a product's title) or after its parcel's fields (a package's contents
  // line) it is a mention inside this order's block.
  for (const mention of shownMentions) {
    if (mention.id === target || holders.has(mention.id) || holdsTarget(mention.node)) continue;
    if (facts.some((f) => f.key !== 'orderId' && f.node.contains(mention.node))) continue;
    const block = blockAround(mention.node);
    const heads = !facts.some(
      (f) => IDENTITY_KEYS.has(f.key) && block.contains(f.node) && f.node.pos <= mention.node.pos,
    );
    if (heads) cut.push(block);
  }
  return cut;
}

/**
 * Whether growing another order's block from `block` to `parent` would take in fields it already
 * has (a second ship date, tracking number, SKU…): those are the named order's, shown beside it
 * ("Original order" in a sidebar next to the replacement's own summary).
 */
function meetsOwnFields(facts: readonly RawFact[], block: VNode, parent: VNode): boolean {
  // Inside a table (rows of other orders) or a section titled by its heading ("Commande
  // d'origine" over its packages), the block is that order's whole table or section.
  // A section titled for the other order ("Commande d'origine", then its first block naming it):
  // the whole section is that order's, all its packages.
  const [first, second] = parent.children.filter((c) => c.kind === ELEMENT);
  if (first && isHeading(first) && (first.contains(block) || second?.contains(block))) return false;
  const inside = new Set<string>();
  const beside = new Set<string>();
  for (const fact of facts) {
    if (block.contains(fact.node)) inside.add(fact.key);
    else if (parent.contains(fact.node)) beside.add(fact.key);
  }
  for (const key of inside) if (key !== 'orderId' && beside.has(key)) return true;
  // A table row whose order column names the other order ("Bestellung: S01-…" in a returns
  // table): the whole row is that order's, its return too.
  if (inOrderColumn(block, parent)) return false;
  // A field of a return's record ("Ersatzbestellung: S01-…" beside the RMA and its status): the
  // replacement is named there, the record around it is this order's return.
  return RETURN_KEYS.some((key) => beside.has(key)) && !RETURN_KEYS.some((key) => inside.has(key));
}
const RETURN_KEYS = ['rmaId', 'returnStatus', 'returnItem'] as const;

/**
 * A block under its own heading naming other orders ("Commandes consultées récemment", "Weitere
 * Bestellungen dieser Kundin", "Related orders"): those orders' whole box, and no more.
 */
function titledForOtherOrders(block: VNode): boolean {
  const first = block.children.find((c) => c.kind === ELEMENT);
  if (!first || !isHeading(first)) return false;
  const title = normalizeLabel(first.element.textContent ?? '');
  return OTHER_ORDERS.test(title) || (ONE_ORDER.test(title) && OTHER_RELATION.test(title));
}
const OTHER_ORDERS = /\b(?:commandes|orders|bestellungen|pedidos|ordini)\b/;
const ONE_ORDER = /\b(?:commande|order|bestellung|pedido|ordine)\b/;
const OTHER_RELATION =
  /\b(?:autre|other|weitere|andere|otro|altro|recent\w*|consultee?s?|kurzlich|zuletzt|reciente|recenti|related|associee?|liee|verknupfte|relacionad\w*|collegat\w*|correlat\w*)\b/;

/** A header naming the row's order, nothing more ("Order", "Bestellung", "Order ID"). */
const ORDER_COLUMN = /^(?:commande|order|bestellung|pedido|ordine)$/;
function inOrderColumn(cell: VNode, row: VNode): boolean {
  if (!isRow(row) || !isCell(cell) || cell.parent !== row) return false;
  const [header, ...groups] = columnHeadersOf(cell.element).map((h) => (h.textContent ?? '').trim());
  if (!header || !(ORDER_COLUMN.test(normalizeLabel(header)) || matchLabel(header)?.key === 'orderId'))
    return false;
  // Under a group header naming a relation ("Sostituzione › Ordine"): the related order, not the row's.
  return !groups.some((group) => RELATED_ORDER.test(normalizeLabel(group)));
}
/** Words naming an order related to this one (normalized). */
const RELATED_ORDER =
  /\b(?:remplacement|replacement|ersatz\w*|reemplazo|sustitucion|sostituzione|sostitutiv\w*|original\w*|origine|precedente|previous|vorherige|anterior|related|liee|verknupfte|relacionad\w*|collegat\w*|correlat\w*)\b/;

const HEADING_LEVEL = /^h([1-6])$/;
const levelOf = (node: VNode): number => {
  const match = HEADING_LEVEL.exec(node.name);
  if (match) return Number(match[1]);
  const aria = Number(node.attribute('aria-level'));
  return Number.isInteger(aria) && aria > 0 ? aria : 2;
};

/** The siblings after a heading, up to the next heading as high or one holding the named order. */
function sectionAfter(heading: VNode, holdsTarget: (node: VNode) => boolean): VNode[] {
  const level = levelOf(heading);
  const section: VNode[] = [];
  const siblings = heading.parent?.children ?? [];
  for (let i = heading.index + 1; i < siblings.length; i++) {
    const sibling = siblings[i] as VNode;
    if (holdsTarget(sibling)) break;
    if (isHeading(sibling) && levelOf(sibling) <= level) break;
    section.push(sibling);
  }
  return section;
}

function refuse(reason: 'several-orders' | 'other-order', ids: readonly string[]): BlockOutcome {
  return { kind: 'refused', reason, orderIds: [...new Set(ids)].slice(0, 10) };
}
