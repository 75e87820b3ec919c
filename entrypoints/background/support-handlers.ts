import { type Handlers, MessageError } from '../../core/messages/protocol';
import type { SenderInfo } from '../../core/messages/sender';
import { type SupportMessages, supportMessages } from '../../core/messages/support';
import { contactUrlFor, isContactPageUrl } from '../../core/support/contact-url';
import type { HandlerDeps } from './handlers';
import type { createPendingPrefills } from './support-prefills';

// The background's half of the Selling Partner Support case prefill (issue 15 item 7). It opens
// the contact page itself (`tabs.create` needs no permission), so it knows the one tab that may
// receive the case text; the contact-page script of that tab asks for it (`support.pending`). The
// tab is the browser's word (`sender.tab`), the page too (`sender.url`): never the message's.

/** What the handlers need from the browser: opening a tab, and where the texts wait. */
export interface SupportDeps {
  /**
   * Opens a new tab, calls `beforeLoad` with its id, then loads `url` in it; resolves to the id.
   * The text is kept before the page loads, so the page never asks before it is there.
   */
  openTab: (url: string, beforeLoad: (tabId: number) => Promise<void>) => Promise<number | undefined>;
  prefills: ReturnType<typeof createPendingPrefills>;
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

export function createSupportHandlers(deps: HandlerDeps): Handlers<SupportMessages, SenderInfo> {
  return {
    'support.prefill': async ({ host, lang, text, subject, orderId }) => {
      const support = deps.support;
      if (!support) throw new MessageError('failed', 'support.prefill: no tabs here');
      const url = contactUrlFor(host);
      if (!url) throw new MessageError('bad-request', 'support.prefill: not a Seller Central host');
      const prefill = { lang, text, ...(subject ? { subject } : {}), ...(orderId ? { orderId } : {}) };
      const tabId = await support.openTab(url, (id) => support.prefills.put(id, host.toLowerCase(), prefill));
      if (tabId === undefined) throw new MessageError('failed', 'support.prefill: the tab did not open');
      return { tabId, url };
    },
    'support.pending': async (_, sender) => {
      const tabId = sender.tab?.id;
      const host = hostOf(sender.url);
      // An extension page has no text waiting; a content script only on a contact page.
      if (typeof tabId !== 'number' || !host || !sender.url || !isContactPageUrl(sender.url)) return null;
      return (await deps.support?.prefills.take(tabId, host)) ?? null;
    },
  };
}

export const supportHandlerSet = { table: supportMessages, create: createSupportHandlers };
