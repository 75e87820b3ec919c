import { errorText } from '../core/error-text';
import { SELLER_CENTRAL_MATCHES } from '../core/marketplaces';
import {
  BRIDGE_TAG,
  type BridgeReply,
  isSameWindowMessage,
  parseBridgeRequest,
} from '../core/return-form/bridge';
import { fillReturnForm } from '../core/return-form/fill-form';
import { readReturnForm } from '../core/return-form/read-form';

// Runs in the page's main world, where Katal components' `value` and `options` properties (set up
// by Seller Central's own scripts) are visible. It does nothing until our isolated-world content
// script asks (entrypoints/content/return-form.ts), and it never submits the form.

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  world: 'MAIN',
  runAt: 'document_idle',
  main() {
    window.addEventListener('message', async (event) => {
      if (!isSameWindowMessage(event, { window, origin: location.origin })) return;
      const request = parseBridgeRequest(event.data);
      if (!request) return;
      let reply: BridgeReply;
      try {
        reply =
          request.op === 'read'
            ? { tag: BRIDGE_TAG, to: 'isolated', id: request.id, form: readReturnForm(document) }
            : {
                tag: BRIDGE_TAG,
                to: 'isolated',
                id: request.id,
                outcomes: await fillReturnForm(document, request.operations),
              };
      } catch (error) {
        const message = errorText(error);
        reply = { tag: BRIDGE_TAG, to: 'isolated', id: request.id, error: message.slice(0, 500) };
      }
      window.postMessage(reply, location.origin);
    });
  },
});
