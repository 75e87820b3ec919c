import type { FieldKey } from '../../labels';
import { matchWholeStatus } from '../../vocabulary';
import { isHeading } from '../structure';
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
    // The page's title with the order's status as a badge right after it ("<h1>Ordine …</h1>
    // <kat-badge label="Spedito">").
    if (node.name === 'h1') {
      const badge = node.nextElementSibling();
      const shown = badge ? text.of(badge, 40) : null;
      if (badge && shown && matchWholeStatus(shown)) add('status', shown, 1, badge.pos, badge, null);
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

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
