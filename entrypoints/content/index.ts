import { browser } from 'wxt/browser';
import { SELLER_CENTRAL_MATCHES } from '../../core/marketplaces';
import { CONTENT_MESSAGE_TYPES } from '../../core/messages/content-types';
import { isEnvelope } from '../../core/messages/protocol';
import type { SenderInfo } from '../../core/messages/sender';
import { orderIdInListUrl } from '../../core/page/detail-panel';
import { pageKind } from '../../core/page/page-kind';
import { mayShowOrder } from '../../core/page/quick-look';
import { type AttachedOrderPage, ORDER_PAGE_GLOBAL, type OrderPageModule } from '../order-page/contract';
import { guardScriptStartedEvent } from './handshake-guard';
import { onLocationChange } from './location-change';
import { watchForOrder } from './watch-for-order';

// Runs on every Seller Central page, so it stays tiny: it decides whether the page may show an
// order and only then loads the order-page module (reader, overlay, return-form relay). It decides
// by the page's content (core/page/quick-look.ts: an order-id-shaped text near an order label),
// also when the content comes late or after in-app navigation; an order-detail URL loads the module
// at once. It also answers the popup on any page, loading the module on its first message.

async function loadOrderPageModule(): Promise<OrderPageModule> {
  await import(/* @vite-ignore */ browser.runtime.getURL('/order-page.js'));
  const module = (globalThis as Record<string, unknown>)[ORDER_PAGE_GLOBAL] as OrderPageModule | undefined;
  if (!module) throw new Error('MCF Desk: the order-page module did not load');
  return module;
}

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  runAt: 'document_idle',
  // The handshake with an older instance goes by a document event; nothing to post to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (!import.meta.env.DEV) guardScriptStartedEvent(ctx);
    let attached: Promise<AttachedOrderPage> | undefined;
    let stopWatching: (() => void) | undefined;
    const attach = () => {
      stopWatching?.();
      attached ??= loadOrderPageModule()
        .then((module) => module.attach(ctx))
        .catch((error: unknown) => {
          // Not cached: a failed load (say, during an extension update) is tried again next time.
          attached = undefined;
          throw error;
        });
      return attached;
    };
    const load = () => void attach().catch((error: unknown) => console.warn('MCF Desk:', error));

    const lookAt = (url: string) => {
      // Once attached, the module follows in-app navigation itself.
      if (attached) return;
      stopWatching?.();
      stopWatching = undefined;
      const kind = pageKind(url);
      if (kind === 'order-detail' || kind === 'legacy-order-detail') return load();
      // A list shows many orders, never one order's details, unless its URL names the order
      // opened over it in a drawer (the reader then reads that dialog alone).
      if (kind === 'order-list' && !orderIdInListUrl(new URL(url))) return;
      if (mayShowOrder(document)) return load();
      // Seller Central draws its pages late: look again as the page changes, for a while.
      stopWatching = watchForOrder(ctx, () => mayShowOrder(document), load);
    };

    lookAt(location.href);
    onLocationChange(ctx, lookAt);

    // Registered now, so that the popup's first message is not lost while the module loads.
    const listener = (message: unknown, sender: SenderInfo) => {
      if (!isEnvelope(message) || !CONTENT_MESSAGE_TYPES.includes(message.type)) return undefined;
      return attach().then((page) => page.route(message, sender));
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
