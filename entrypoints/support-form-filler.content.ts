// First: zod is told not to compile parsers with `Function` before any schema exists.
import '../core/zod-config';
import { errorText } from '../core/error-text';
import { SELLER_CENTRAL_MATCHES } from '../core/marketplaces';
import { isSameWindowMessage } from '../core/return-form/bridge';
import {
  parseSupportBridgeRequest,
  SUPPORT_BRIDGE_TAG,
  type SupportBridgeReply,
} from '../core/support/bridge';
import { CONTACT_PAGE_GLOBS } from '../core/support/contact-url';
import { fillCaseForm } from '../core/support/fill-case-form';

// Runs in the page's main world of Seller Central's contact pages only (the globs), where Katal
// components' `value` properties are visible. It does nothing until our isolated-world script of
// the same page asks (entrypoints/support-prefill.content/), fills the case form's boxes, and never
// presses a button.

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  includeGlobs: [...CONTACT_PAGE_GLOBS],
  world: 'MAIN',
  runAt: 'document_idle',
  main() {
    window.addEventListener('message', (event) => {
      if (!isSameWindowMessage(event, { window, origin: location.origin })) return;
      const request = parseSupportBridgeRequest(event.data);
      if (!request) return;
      const base = { tag: SUPPORT_BRIDGE_TAG, to: 'isolated', id: request.id } as const;
      let reply: SupportBridgeReply;
      try {
        const result = fillCaseForm(document, request.prefill);
        reply = result.refusal
          ? { ...base, refusal: result.refusal }
          : { ...base, outcomes: result.outcomes };
      } catch (error) {
        reply = { ...base, error: errorText(error).slice(0, 500) };
      }
      window.postMessage(reply, location.origin);
    });
  },
});
