import type { Order } from '../model/order';
import { orderIdFromUrl } from '../page/page-kind';

// Whether the return form in the tab belongs to the order the popup shows. The seller may have
// moved the tab to another order since the popup opened: filling order A's quantities and comment
// (with A's id) into order B's form would create a wrong return authorization. Pure.

/** Amazon order ids (`402-1234567-1234567`) anywhere in a text. */
const AMAZON_ORDER_ID = /(?<![A-Z0-9-])([A-Z0-9]{3}-\d{7}-\d{7})(?![0-9-])/gi;

/**
 * The order ids a return-form page's URL names: the reader's (`orderIdFromUrl`: order-detail path
 * or `orderID` parameter), else every Amazon order id in its path, parameters and fragment
 * (e.g. `/returns/create?orderId=…`). Empty when the URL names none.
 */
export function orderIdsInUrl(url: string): string[] {
  const fromReader = orderIdFromUrl(url);
  if (fromReader) return [fromReader.toUpperCase()];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  let text = `${parsed.pathname} ${parsed.search} ${parsed.hash}`;
  try {
    text = decodeURIComponent(text);
  } catch {
    // A malformed escape: read the raw text.
  }
  return [...new Set([...text.matchAll(AMAZON_ORDER_ID)].map((m) => (m[1] as string).toUpperCase()))];
}

export type FormOrderCheck =
  /** The form names the order shown. */
  | { verdict: 'same' }
  /** The form names no order id: nothing to compare. */
  | { verdict: 'unknown' }
  /** The form names another order: fill nothing. */
  | { verdict: 'other'; formOrderId: string };

/**
 * Compares the ids the form page names (its URL, and what a reading of the page found) with the
 * order's own ids (Amazon's and the displayable one).
 */
export function checkFormOrder(
  order: Pick<Order, 'sellerFulfillmentOrderId' | 'displayableOrderId'>,
  formUrl: string,
  pageOrderIds: readonly string[] = [],
  /** Other tokens of the form's URL that may be the seller's own id (./page-ids.ts `idsInUrl`). */
  urlCandidates: readonly string[] = [],
): FormOrderCheck {
  const named = orderIdsInUrl(formUrl);
  const own = new Set(
    [order.sellerFulfillmentOrderId, order.displayableOrderId]
      .filter((id): id is string => id !== undefined)
      .map((id) => id.trim().toUpperCase()),
  );
  // A URL that names no Amazon id but carries the seller's own id of this order (`?orderId=SHOP-1001`).
  if (named.length === 0 && urlCandidates.some((id) => own.has(id.trim().toUpperCase())))
    return { verdict: 'same' };
  const found = named.length > 0 ? named : pageOrderIds.filter((id) => id.trim() !== '');
  if (found.length === 0) return { verdict: 'unknown' };
  if (found.some((id) => own.has(id.trim().toUpperCase()))) return { verdict: 'same' };
  return { verdict: 'other', formOrderId: found[0] as string };
}
