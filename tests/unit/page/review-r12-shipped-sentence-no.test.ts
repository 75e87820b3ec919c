import { describe, expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { shippedSentence } from '../../../core/page/reader/facts/shipped-sentence';
import { loadPage } from './load-fixture';

// Review R12: "tracking no." in a shipped sentence is an abbreviation, not a negation.

describe('review R12: 3f898fd NOT_A_SHIPMENT', () => {
  it('S1 "tracking no." is no negation', () => {
    expect(
      shippedSentence(
        'Package 1 of 1 was shipped on 28 Nov 2024 with Royal Mail, tracking no. JD000123456GB',
      ),
    ).not.toBeNull();
  });
  it('S2 the same on a page', async () => {
    const id = '203-1234567-7654321';
    const url = `https://sellercentral.amazon.co.uk/orders-v3/order/${id}`;
    const { document } = await loadPage(
      `<!DOCTYPE html><html lang="en-GB"><body><main><h1>Order details</h1>
      <p>Order ID: ${id}</p>
      <table><tr><th>Seller SKU</th><th>Quantity</th></tr><tr><td>VITD-60</td><td>2</td></tr></table>
      <p>Package 1 of 1 was shipped on 28 Nov 2024 with Royal Mail, tracking no. JD000123456GB</p>
      </main></body></html>`,
      url,
    );
    const outcome = readPage(document, url, { now: '2024-12-06T09:00:00.000Z' });
    const order = outcome.kind === 'order' ? outcome.reading.order : undefined;
    expect(order?.shipments?.[0]?.shippingDate).toBe('2024-11-28');
  });
});
