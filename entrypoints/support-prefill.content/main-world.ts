import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSameWindowMessage } from '../../core/return-form/bridge';
import {
  parseSupportBridgeReply,
  SUPPORT_BRIDGE_TAG,
  type SupportBridgeReply,
  type SupportBridgeRequest,
} from '../../core/support/bridge';
import type { CasePrefill } from '../../core/support/schema';

// Asks the main-world case-form filler (entrypoints/support-form-filler.content.ts) to fill the
// form, by window.postMessage: the same checks as the return form's bridge (this window, this
// origin, our tag, the reply's shape, a random id).

/** How long the main-world filler may take to answer before we say it is not there. */
const BRIDGE_TIMEOUT_MS = 4000;

export function askMainWorldToFill(
  ctx: ContentScriptContext,
  prefill: CasePrefill,
): Promise<SupportBridgeReply> {
  const id = crypto.randomUUID();
  return new Promise((resolve, reject) => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort();
      reject(new Error('the case-form filler did not answer on this page'));
    }, BRIDGE_TIMEOUT_MS);
    // The listener goes with the answer, the timeout, or the content script.
    ctx.onInvalidated(() => controller.abort());
    window.addEventListener(
      'message',
      (event: MessageEvent) => {
        if (!isSameWindowMessage(event, { window, origin: location.origin })) return;
        const reply = parseSupportBridgeReply(event.data);
        if (reply?.id !== id) return;
        clearTimeout(timer);
        controller.abort();
        resolve(reply);
      },
      { signal: controller.signal },
    );
    const request: SupportBridgeRequest = { tag: SUPPORT_BRIDGE_TAG, to: 'main', id, op: 'fill', prefill };
    window.postMessage(request, location.origin);
  });
}
