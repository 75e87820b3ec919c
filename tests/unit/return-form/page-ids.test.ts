import { describe, expect, it } from 'vitest';
import { checkFormOrder } from '../../../core/return-form/form-order';
import { idsInText, idsInUrl, idsOnPage, MAX_PAGE_IDS } from '../../../core/return-form/page-ids';

// Issue 14: on a return form or any Seller Central page, the ids the page shows (its address and
// its text), Amazon's or the seller's own, for the popup to find the stored order.

describe('ids a page shows', () => {
  it('takes every parameter value and path segment of the address that may be an id', () => {
    expect(idsInUrl('https://sellercentral.amazon.fr/returns/create?orderId=SHOP-1042&ref=xx_nav')).toContain(
      'SHOP-1042',
    );
    expect(idsInUrl('https://sellercentral.amazon.fr/mcf/orders/S01-1234567-7654321/return')).toContain(
      'S01-1234567-7654321',
    );
    // Amazon's id first, then the rest.
    expect(idsInUrl('https://sellercentral.amazon.fr/x/SHOP-9?orderId=402-1234567-1234567')[0]).toBe(
      '402-1234567-1234567',
    );
    expect(idsInUrl('https://sellercentral.amazon.fr/returns/create')).toEqual([]);
    expect(idsInUrl('not a url')).toEqual([]);
  });

  it('takes Amazon ids and id-like tokens of the page text, a Shopify “#1042” with and without its sign', () => {
    const ids = idsInText('Commande n° #1042 (Amazon : 402-1234567-1234567), 2 articles. Total 12,50 €');
    expect(ids[0]).toBe('402-1234567-1234567');
    expect(ids).toContain('#1042');
    expect(ids).toContain('1042');
    expect(ids).not.toContain('articles');
  });

  it('never sends more than its bound', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `ID-${i}`).join(' ');
    expect(idsOnPage('https://sellercentral.amazon.fr/orders-v3/fba/all', text)).toHaveLength(MAX_PAGE_IDS);
  });
});

describe('a form whose address carries the seller’s own id', () => {
  const order = { sellerFulfillmentOrderId: '402-1234567-1234567', displayableOrderId: 'SHOP-1042' };
  const url = 'https://sellercentral.amazon.fr/returns/create?orderId=SHOP-1042';
  it('is the order’s form', () => {
    expect(checkFormOrder(order, url, [], idsInUrl(url))).toEqual({ verdict: 'same' });
  });
  it('is not taken for another order’s by an unrelated token', () => {
    const other = 'https://sellercentral.amazon.fr/returns/create?orderId=SHOP-2000';
    expect(checkFormOrder(order, other, [], idsInUrl(other))).toEqual({ verdict: 'unknown' });
  });
});
