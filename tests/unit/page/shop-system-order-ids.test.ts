import { describe, expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// The seller's own order id as shop systems print it: Shopify's "#1042", and ids followed by the
// shop system's name ("· Shopware", "WooCommerce" in a smaller element).
const ID = '305-7654321-7654321';
const URL_ = `https://sellercentral.amazon.de/orders-v3/order/${ID}`;

async function sellerIdOf(valueHtml: string): Promise<string | undefined> {
  const html = `<!DOCTYPE html><html lang="de-DE"><body><main><h1>Bestelldetails</h1>
    <table><tr><th>Bestellnummer</th><td>${ID}</td></tr>
    <tr><th>Bestellnummer des Verkäufers</th><td>${valueHtml}</td></tr>
    <tr><th>Status</th><td>Versandt</td></tr></table>
    <table><tr><th>Händler-SKU</th><th>Menge</th></tr><tr><td>TASSE-BLAU-2</td><td>1</td></tr></table>
    </main></body></html>`;
  const { document } = await loadPage(html, URL_);
  const outcome = readPage(document, URL_, { now: '2024-12-06T09:00:00.000Z' });
  return outcome.kind === 'order' ? outcome.reading.order.displayableOrderId : undefined;
}

describe("the seller's order id from a shop system", () => {
  it.each([
    ['#2718', '#2718'],
    ['#2718 <span>· Shopify</span>', '#2718'],
    ['SW-20240-77 <small>Shopware</small>', 'SW-20240-77'],
    ['100045872 | Magento', '100045872'],
    ['WC-88412 (WooCommerce)', 'WC-88412'],
  ])('%s', async (value, id) => {
    expect(await sellerIdOf(value)).toBe(id);
  });

  it('takes no id from words alone or from a sentence', async () => {
    expect(await sellerIdOf('Nicht verfügbar')).toBeUndefined();
    expect(await sellerIdOf('# Kunde fragt nach 2 Paketen')).toBeUndefined();
  });
});
