import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type ContentMessages, contentMessages } from '../../core/messages/content';
import { createRouter, type Handlers, MessageError } from '../../core/messages/protocol';
import { isExtensionPage, type SenderInfo } from '../../core/messages/sender';
import { readOrderPage } from '../../core/page/read-order-page';
import {
  BRIDGE_TAG,
  type BridgeReply,
  type BridgeRequest,
  isSameWindowMessage,
  parseBridgeReply,
} from '../../core/return-form/bridge';
import { findCreateReturnUrl } from '../../core/return-form/create-return-link';
import { mergeOutcomes } from '../../core/return-form/plan';
import type { FillReport } from '../../core/return-form/schema';

// The isolated-world half of the return-form prefill. It answers the popup (`page.reading`,
// `return-form.read`, `return-form.fill`, see core/messages/content.ts) and relays form work to
// the main-world filler (entrypoints/return-form-filler.content.ts) by window.postMessage.
// Every fill report also goes to `onReport`, so the page overlay shows what was filled.

/** How long the main-world filler may take to answer before we say it is not there. */
const BRIDGE_TIMEOUT_MS = 4000;

type BridgeAsk =
  | { op: 'read' }
  | { op: 'fill'; operations: Extract<BridgeRequest, { op: 'fill' }>['operations'] };

function createBridge(ctx: ContentScriptContext) {
  const pending = new Map<string, (reply: BridgeReply) => void>();
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    if (!isSameWindowMessage(event, { window, origin: location.origin })) return;
    const reply = parseBridgeReply(event.data);
    if (!reply) return;
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  return function ask(request: BridgeAsk): Promise<BridgeReply> {
    const id = crypto.randomUUID();
    return new Promise<BridgeReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new MessageError('failed', 'the return-form filler did not answer on this page'));
      }, BRIDGE_TIMEOUT_MS);
      pending.set(id, (reply) => {
        clearTimeout(timer);
        if (reply.error) reject(new MessageError('failed', reply.error));
        else resolve(reply);
      });
      const message: BridgeRequest = { tag: BRIDGE_TAG, to: 'main', id, ...request };
      window.postMessage(message, location.origin);
    });
  };
}

/**
 * The router of the popup's messages to this page. The content script's listener hands them over
 * (it is registered before this module loads, so that the first message is not lost).
 * `onReport` receives each fill report (the same one the popup gets), e.g. for the overlay.
 */
export function createReturnFormRouter(
  ctx: ContentScriptContext,
  onReport: (report: FillReport) => void,
): (message: unknown, sender: SenderInfo) => Promise<unknown> | undefined {
  const own = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };
  const ask = createBridge(ctx);

  const handlers: Handlers<ContentMessages, SenderInfo> = {
    'page.reading': async () => ({
      url: location.href,
      reading: readOrderPage(document, location.href, {
        now: new Date().toISOString(),
        nativeVisibility: true,
      }),
    }),
    'return-form.read': async () => {
      const { form } = await ask({ op: 'read' });
      return {
        url: location.href,
        form: form && form.fields.length > 0 ? form : null,
        createReturnUrl: findCreateReturnUrl(document, location.href),
      };
    },
    'return-form.fill': async ({ plan }) => {
      const { outcomes } = await ask({ op: 'fill', operations: plan.operations });
      const report: FillReport = {
        url: location.href,
        at: new Date().toISOString(),
        outcomes: mergeOutcomes(plan, outcomes ?? []),
      };
      onReport(report);
      return report;
    },
  };
  // Only our own extension pages (the popup) may ask a page to fill its form.
  const route = createRouter<ContentMessages, SenderInfo>(contentMessages, handlers, {
    isAllowedSender: (sender) => isExtensionPage(sender, own),
  });
  return route;
}
