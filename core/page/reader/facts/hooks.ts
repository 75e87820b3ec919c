import type { FieldKey } from '../../labels';
import { matchWholeStatus } from '../../vocabulary';
import { isCurrentStep, isHeading, isList, isTable } from '../structure';
import type { TreeText } from '../tree-text';
import { ELEMENT, type VNode } from '../visible-tree';
import type { AddFact } from './context';
import { MAX_VALUE } from './values';

/** `data-test-id` hooks of the Manage Orders page (domain.md §2) and their fields. */
export const TEST_ID_FIELDS: Readonly<Record<string, FieldKey>> = {
  'order-id-value': 'orderId',
  'order-summary-deliverby-value': 'estimatedArrivalDate',
  'order-summary-shipdate-value': 'shippingDate',
  'order-summary-sales-channel-value': 'salesChannel',
  'order-summary-status-value': 'status',
  'order-summary-merchant-order-id-value': 'merchantOrderId',
  'tracking-id-value': 'trackingNumber',
  'carrier-name-value': 'carrier',
};

/** Swiship tracking links, on every Swiship domain (swiship.com, .co.uk, .de, .fr, .es, .it, ...). */
const SWISHIP = /^(?:https?:)?\/\/(?:www\.)?swiship\.[a-z]{2,3}(?:\.[a-z]{2})?\/track\b/i;

/**
 * Hooks: data-test-id values, Swiship tracking links, and status badges (an element of a heading,
 * the badge right after the page's title, or a live status region, whose whole text is a status
 * word).
 */
export function readHooks(nodes: readonly VNode[], text: TreeText, add: AddFact): void {
  for (const node of nodes) {
    if (node.kind !== ELEMENT) continue;
    if (node.role === 'status' || isHeading(node)) {
      for (let p = node.pos + 1; p <= node.end; p++) {
        const badge = nodes[p] as VNode;
        if (badge.kind !== ELEMENT || badge.children.length === 0) continue;
        const shown = text.of(badge, 40);
        if (shown && matchWholeStatus(shown)) {
          add('status', shown, 1, badge.pos, badge, null);
          break;
        }
      }
    }
    // The page's title with the order's status as a badge in its header ("<h1>Ordine …</h1>
    // <kat-badge label="Spedito">", or a chip in the header's other column).
    if (node.name === 'h1') {
      const badge = titleBadge(nodes, text, node);
      if (badge) add('status', badge.shown, 1, badge.node.pos, badge.node, null);
    }
    const testId = node.attribute('data-test-id');
    const key = testId ? TEST_ID_FIELDS[testId] : undefined;
    if (key) {
      const value = text.of(node, MAX_VALUE);
      if (value) add(key, value, 2, node.pos, node, null);
    }
    if (node.name === 'a') {
      const href = node.attribute('href');
      if (href && SWISHIP.test(href)) {
        const id = /[?&]id=([^&#]+)/.exec(href)?.[1];
        if (id) add('trackingNumber', safeDecode(id), 2, node.pos, node, null);
      }
    }
  }
}

/** Nodes a title's header may hold: the title, an id line or two, a badge; more is the page. */
const MAX_HEADER_NODES = 60;

/**
 * The first element after the title, inside the title's header, whose whole text is a status
 * word. The header is the title's parent, or the parent's parent, while that is a small block
 * holding no other heading, table or list (those are the page's content, not its header); with
 * no such block, only the element right after the title.
 */
function titleBadge(
  nodes: readonly VNode[],
  text: TreeText,
  title: VNode,
): { node: VNode; shown: string } | null {
  const isHeader = (block: VNode | null): block is VNode =>
    block !== null &&
    block.end - block.pos <= MAX_HEADER_NODES &&
    !nodes
      .slice(block.pos + 1, block.end + 1)
      .some((n) => n !== title && (isHeading(n) || isTable(n) || isList(n) || n.name === 'dl'));
  const parent = title.parent;
  if (!isHeader(parent)) {
    // The title alone in a large block: the badge right after it, or in the line right after it
    // ("<h1>Order details</h1><div>Order ID: … <kat-badge label="Complete"></div>").
    const next = title.nextElementSibling();
    if (!next) return null;
    if (!isHeader(next)) return firstBadge(text, next);
    for (let p = next.pos; p <= next.end; p++) {
      const found = firstBadge(text, nodes[p] as VNode);
      if (found) return found;
    }
    return null;
  }
  const header = isHeader(parent.parent) ? parent.parent : parent;
  for (let p = title.end + 1; p <= header.end; p++) {
    const found = firstBadge(text, nodes[p] as VNode);
    if (found) return found;
  }
  return null;
}

function firstBadge(text: TreeText, node: VNode | null): { node: VNode; shown: string } | null {
  const shown = node?.kind === ELEMENT ? text.of(node, 40) : null;
  if (!node || !shown || !matchWholeStatus(shown)) return null;
  // A stepper ("En attente · Expédiée · Livrée" side by side): its current step, marked, or none.
  const steps = (node.parent?.children ?? []).filter(
    (sibling) => sibling.kind === ELEMENT && matchWholeStatus(text.of(sibling, 40) ?? ''),
  );
  if (steps.length < 2) return { node, shown };
  const current = steps.find(isCurrentStep);
  const currentText = current ? text.of(current, 40) : null;
  return current && currentText ? { node: current, shown: currentText } : null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
