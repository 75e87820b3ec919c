import { browser } from 'wxt/browser';
import { marketplaceFor, SELLER_CENTRAL_MATCHES } from '../../core/marketplaces';
import type { BackgroundMessages } from '../../core/messages/background';
import { createClient } from '../../core/messages/protocol';

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  runAt: 'document_idle',
  async main() {
    const send = createClient<BackgroundMessages>((envelope) => browser.runtime.sendMessage(envelope));
    const id = location.pathname.match(/\/orders-v3\/order\/(\d{3}-\d{7}-\d{7})/)?.[1];
    const marketplace = marketplaceFor(location.hostname, document.documentElement.lang);
    if (!id || !marketplace) return;
    await send('reading.store', {
      url: location.href,
      reading: { order: { sellerFulfillmentOrderId: id, marketplace }, missing: [] },
    });
  },
});
