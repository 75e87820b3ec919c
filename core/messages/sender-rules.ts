import type { BackgroundMessages } from './background';
import type { ClaimMessages } from './claims';
import type { DashboardMessages } from './dashboard';
import { isExtensionPage, type OwnExtension, type SenderInfo } from './sender';
import type { SupportMessages } from './support';

// Who may send each message the background answers (issue 17: least privilege). The router
// refuses a message with no rule, and a message for extension pages from anything else, before
// its payload is even parsed. `own-tab` messages are also accepted from our content scripts on a
// Seller Central page, and their handlers then answer only for that tab: the orders the tab
// stored through `reading.store` (remembered per tab and document), on the sender's own host, as
// the browser reports it (`sender.url`, `sender.tab`), never as the message says.

export type SenderRule =
  /** Our own pages only (popup, dashboard, options): lists, settings, mutes, deletions, imports. */
  | 'extension-pages'
  /** Our pages, or a content script for its own tab's order(s) and host. */
  | 'own-tab';

export type BackgroundMessageType =
  | keyof BackgroundMessages
  | keyof DashboardMessages
  | keyof ClaimMessages
  | keyof SupportMessages;

export const SENDER_RULES = {
  // A page stores what it shows (on its own marketplace host); the tab then may ask about it.
  'reading.store': 'own-tab',
  'order.get': 'own-tab',
  'order.setUserFields': 'own-tab',
  'orders.attention': 'extension-pages',
  'checklist.update': 'extension-pages',
  'finding.snooze': 'extension-pages',
  'finding.dismiss': 'extension-pages',
  'finding.unmute': 'extension-pages',
  'settings.get': 'extension-pages',
  'settings.update': 'extension-pages',
  'order.history': 'extension-pages',
  // Teach mode: the rules of the sender's own host only.
  'learned.forPage': 'own-tab',
  'learned.add': 'own-tab',
  'learned.list': 'extension-pages',
  'learned.delete': 'extension-pages',
  'learned.import': 'extension-pages',
  'import.chunk': 'extension-pages',
  'orders.markClaim': 'extension-pages',
  'backup.restore': 'extension-pages',
  'data.deleteAll': 'extension-pages',
  // Claims are the seller's bookkeeping: written from the dashboard and the popup only.
  'claims.record': 'extension-pages',
  'claims.update': 'extension-pages',
  'claims.delete': 'extension-pages',
  'reimbursements.import': 'extension-pages',
  // The case prefill: an extension page opens the contact page; only the tab it opened, on that
  // host and on a contact page, is handed the text (entrypoints/background/support-handlers.ts).
  'support.prefill': 'extension-pages',
  'support.pending': 'own-tab',
} as const satisfies Record<BackgroundMessageType, SenderRule>;

/** What a content script is allowed to do, in words (README, refusals). */
export const SENDER_RULE_TEXT: Record<SenderRule, string> = {
  'extension-pages': 'extension pages only',
  'own-tab': "extension pages, or a content script for the order its tab shows, on the tab's host",
};

/**
 * The router's check, after `isTrustedSender`: a type with no rule is refused (a message added
 * without one fails closed), an `extension-pages` message from a content script too.
 */
export function senderMayAsk(type: string, sender: SenderInfo, own: OwnExtension): boolean {
  if (!Object.hasOwn(SENDER_RULES, type)) return false;
  const rule: SenderRule = SENDER_RULES[type as BackgroundMessageType];
  return rule === 'own-tab' || isExtensionPage(sender, own);
}
