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
  /** Opens `url` in a new tab; resolves to its id. */
  openTab: (url: string) => Promise<number | undefined>;
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
  // Tabs being opened: the new page may ask before its text is kept, so an ask waits for them.
  const opening = new Set<Promise<unknown>>();
  return {
    'support.prefill': async ({ host, lang, text, subject, orderId }) => {
      const support = deps.support;
      if (!support) throw new MessageError('failed', 'support.prefill: no tabs here');
      const url = contactUrlFor(host);
      if (!url) throw new MessageError('bad-request', 'support.prefill: not a Seller Central host');
      const prefill = { lang, text, ...(subject ? { subject } : {}), ...(orderId ? { orderId } : {}) };
      const work = (async () => {
        const id = await support.openTab(url);
        if (id !== undefined) await support.prefills.put(id, host.toLowerCase(), prefill);
        return id;
      })();
      opening.add(work);
      const tabId = await work.finally(() => opening.delete(work));
      if (tabId === undefined) throw new MessageError('failed', 'support.prefill: the tab did not open');
      return { tabId, url };
    },
    'support.pending': async (_, sender) => {
      const tabId = sender.tab?.id;
      const host = hostOf(sender.url);
      // An extension page has no text waiting; a content script only on a contact page.
      if (typeof tabId !== 'number' || !host || !sender.url || !isContactPageUrl(sender.url)) return null;
      await Promise.allSettled(opening);
      return (await deps.support?.prefills.take(tabId, host)) ?? null;
    },
  };
}

export const supportHandlerSet = { table: supportMessages, create: createSupportHandlers };
