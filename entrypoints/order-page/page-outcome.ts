import type { PageReading } from '../../core/messages/background';
import { type RefusalReason, readPage } from '../../core/page/read-order-page';
import { isCreateReturnAction } from '../../core/page/vocabulary';
import type { LearnedRule } from '../../core/teach/learned-rule';
import { readingSignature } from './reading-signature';

// What a reading of the live page gives the order-page module, and when a reading is worth
// storing: the content script's view of the reader (core/page/), with the page's own visibility.

/** A refused page may still turn into the order its address names (late rendering): wait this long. */
export const REFUSAL_HOLD_MS = 1_500;

/** What a reading of the page gave, when it gave something. */
export type Outcome =
  | { kind: 'order'; reading: PageReading }
  | { kind: 'refused'; reason: RefusalReason; orderIds: readonly string[] };

export function readOutcome(learned: readonly LearnedRule[]): Outcome | null {
  const outcome = readPage(document, location.href, {
    now: new Date().toISOString(),
    nativeVisibility: true,
    learned,
  });
  if (outcome.kind === 'none') return null;
  if (outcome.kind === 'refused') return outcome;
  const { order, missing, conflicts } = outcome.reading;
  // The reader's order input has the stored order's shape; the background validates it again.
  return { kind: 'order', reading: { order: order as PageReading['order'], missing, conflicts } };
}

export const outcomeSignature = (outcome: Outcome) =>
  outcome.kind === 'order'
    ? readingSignature(outcome.reading)
    : `refused:${outcome.reason}:${outcome.orderIds.join(',')}`;

/** An order with a status or a shipment: enough to store while the page may still be rendering. */
export const isReady = (outcome: Outcome) =>
  outcome.kind === 'order' &&
  (outcome.reading.order.fulfillmentOrderStatus !== undefined ||
    (outcome.reading.order.shipments?.length ?? 0) > 0);

/** Nothing missing: no later rendering can add to it. */
export const isComplete = (outcome: Outcome) =>
  outcome.kind === 'order' && outcome.reading.missing.length === 0;

/** The page's own "Create customer return" link or button, found by its visible text. */
export function findCreateReturnControl(): HTMLElement | null {
  for (const el of document.querySelectorAll<HTMLElement>('a, button, kat-button, [role="button"]')) {
    if (isCreateReturnAction(el.textContent ?? '') || isCreateReturnAction(el.getAttribute('label') ?? ''))
      return el;
  }
  return null;
}
