import { browser } from 'wxt/browser';
import { SELLER_CENTRAL_MATCHES } from '../../core/marketplaces';
import { CONTENT_MESSAGE_TYPES } from '../../core/messages/content-types';
import { isEnvelope } from '../../core/messages/protocol';
import type { SenderInfo } from '../../core/messages/sender';
import { pageKind } from '../../core/page/page-kind';
import { type AttachedOrderPage, ORDER_PAGE_GLOBAL, type OrderPageModule } from '../order-page/contract';

// Runs on every Seller Central page, so it stays tiny: it decides whether the page may show an
// order and only then loads the order-page module (reader, overlay, return-form relay). It also
// answers the popup on any page, loading the module on its first message.

/** Pages that may show one order: order details, legacy details, the MCF console (its detail URL is unknown). */
function mayShowAnOrder(url: string): boolean {
  const kind = pageKind(url);
  return kind !== null && kind !== 'order-list';
}

async function loadOrderPageModule(): Promise<OrderPageModule> {
  await import(/* @vite-ignore */ browser.runtime.getURL('/order-page.js'));
  const module = (globalThis as Record<string, unknown>)[ORDER_PAGE_GLOBAL] as OrderPageModule | undefined;
  if (!module) throw new Error('MCF Desk: the order-page module did not load');
  return module;
}

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    let attached: Promise<AttachedOrderPage> | undefined;
    const attach = () => {
      attached ??= loadOrderPageModule()
        .then((module) => module.attach(ctx))
        .catch((error: unknown) => {
          // Not cached: a failed load (say, during an extension update) is tried again next time.
          attached = undefined;
          throw error;
        });
      return attached;
    };
    const attachIfOrderPage = (url: string) => {
      if (mayShowAnOrder(url)) attach().catch((error: unknown) => console.warn('MCF Desk:', error));
    };

    attachIfOrderPage(location.href);
    // Once attached, the module follows in-app navigation itself.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => attachIfOrderPage(newUrl.href));

    // Registered now, so that the popup's first message is not lost while the module loads.
    const listener = (message: unknown, sender: SenderInfo) => {
      if (!isEnvelope(message) || !CONTENT_MESSAGE_TYPES.includes(message.type)) return undefined;
      return attach().then((page) => page.route(message, sender));
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
