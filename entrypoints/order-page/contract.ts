import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SenderInfo } from '../../core/messages/sender';

// How the content script and the order-page module meet. The module is a separate bundle
// (`/order-page.js`, web-accessible to Seller Central pages only, by a per-session URL) loaded with
// `import()` into the content script's isolated world, where it registers itself under this name.

export const ORDER_PAGE_GLOBAL = '__mcfDeskOrderPage';

export interface AttachedOrderPage {
  /** Answers a popup → page message, or `undefined` when it is not one of ours. */
  route: (message: unknown, sender: SenderInfo) => Promise<unknown> | undefined;
}

export interface OrderPageModule {
  attach: (ctx: ContentScriptContext) => AttachedOrderPage;
}
