import { describe, expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Rule 5 (vocabulary.ts SELLER_WORDS "site website web webshop onlineshop eshop"): labels that
// START with one of the new words are never looked up: `mayBeWord` turns away any text whose first
// letter starts no known label, and no label starts with "w". "Website order number" and the
// "Webshop-Bestellnummer" the code's own comment names are not read ("bestellnummer" is also no
// ORDER_WORD, so "webshop" would not become "seller" anyway).

const ID = '402-3333333-4444444';
const NOW = '2024-12-04T09:00:00.000Z';

describe("the shop's site at the start of the seller's order number label", () => {
  it.each([
    ['sellercentral.amazon.com', 'en', 'Website order number:', 'Status:', 'Shipped'],
    ['sellercentral.amazon.de', 'de', 'Webshop-Bestellnummer:', 'Status:', 'Versandt'],
  ])('%s: "%s"', async (host, lang, label, statusLabel, status) => {
    const url = `https://${host}/orders-v3/order/${ID}`;
    const html = `<html lang="${lang}"><body><h1>${ID}</h1>
      <p><span>${label}</span> <span>WEB-20931</span></p><p><span>${statusLabel}</span> <span>${status}</span></p>
      </body></html>`;
    const { document } = await loadPage(html, url);
    expect(readOrderPage(document, url, { now: NOW })?.order.displayableOrderId).toBe('WEB-20931');
  });
});
