import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type ContentMessages, contentMessages } from '../../core/messages/content';
import { createRouter, type Handlers } from '../../core/messages/protocol';
import { isExtensionPage, type SenderInfo } from '../../core/messages/sender';
import { readOrderPage } from '../../core/page/read-order-page';
import { BRIDGE_TAG, type BridgeRequest, parseBridgeReply } from '../../core/return-form/bridge';
import { findCreateReturnUrl } from '../../core/return-form/create-return-link';
import { idsOnPage } from '../../core/return-form/page-ids';
import { mergeOutcomes } from '../../core/return-form/plan';
import { visibleText } from '../../core/return-form/read-form';
import type { FillReport } from '../../core/return-form/schema';
import { verifyFill } from '../../core/return-form/verify';
import { createWindowBridge } from '../content/window-bridge';

// The isolated-world half of the return-form prefill. It answers the popup (`page.reading`,
// `return-form.read`, `return-form.fill`, see core/messages/content.ts) and relays form work to
// the main-world filler (entrypoints/return-form-filler.content.ts) by window.postMessage.
// Every fill report also goes to `onReport`, so the page overlay shows what was filled.

/** How much of a page's text is searched for order ids. */
const PAGE_TEXT_MAX = 50_000;

/** How long the main-world filler may take to answer before we say it is not there. */
const BRIDGE_TIMEOUT_MS = 4000;

type BridgeAsk =
  | { op: 'read' }
  | { op: 'fill'; operations: Extract<BridgeRequest, { op: 'fill' }>['operations'] };

function createBridge(ctx: ContentScriptContext) {
  const ask = createWindowBridge(ctx, {
    parseReply: parseBridgeReply,
    timeoutMs: BRIDGE_TIMEOUT_MS,
    notAnswered: 'the return-form filler did not answer on this page',
  });
  return (request: BridgeAsk) =>
    ask((id): BridgeRequest => ({ tag: BRIDGE_TAG, to: 'main', id, ...request }));
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
      ids: idsOnPage(location.href, document.body ? visibleText(document.body, PAGE_TEXT_MAX) : ''),
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
      const at = new Date().toISOString();
      if (plan.refusal) {
        // Rows that cannot be told apart: nothing is sent to the page, nothing filled.
        const report: FillReport = { url: location.href, at, outcomes: [], refusal: plan.refusal };
        onReport(report);
        return report;
      }
      // The main world's answer is a claim (a page script can answer in its place): what it says
      // only counts for what the isolated world cannot read back itself (core/return-form/verify.ts).
      const claims = await ask({ op: 'fill', operations: plan.operations })
        .then((reply) => reply.outcomes ?? [])
        .catch(() => []);
      const report: FillReport = {
        url: location.href,
        at,
        outcomes: mergeOutcomes(plan, verifyFill(document, plan, claims)),
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
