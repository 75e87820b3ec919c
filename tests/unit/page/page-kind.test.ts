import { describe, expect, it } from 'vitest';
import { isOrderDetailUrl, orderIdFromUrl, PAGE_DETECTORS, pageKind } from '../../../core/page/page-kind';

describe('page detectors', () => {
  for (const detector of PAGE_DETECTORS) {
    it(`${detector.kind} accepts its own examples and rejects the others'`, () => {
      expect(detector.examples.length).toBeGreaterThan(0);
      for (const example of detector.examples) expect(detector.test(new URL(example)), example).toBe(true);
      for (const other of PAGE_DETECTORS) {
        if (other === detector) continue;
        for (const example of other.examples) expect(detector.test(new URL(example)), example).toBe(false);
      }
    });
  }

  it('names the page kind on Seller Central hosts only', () => {
    expect(pageKind('https://sellercentral.amazon.fr/orders-v3/order/402-1234567-1234567')).toBe(
      'order-detail',
    );
    expect(pageKind('https://www.amazon.fr/orders-v3/order/402-1234567-1234567')).toBeNull();
    expect(pageKind('https://sellercentral.amazon.fr/home')).toBeNull();
    expect(pageKind('not a url')).toBeNull();
  });

  it('tells the content script which URLs name one order', () => {
    expect(
      isOrderDetailUrl('https://sellercentral.amazon.de/gp/orders-v2/details?orderID=302-1234567-1234567'),
    ).toBe(true);
    expect(isOrderDetailUrl('https://sellercentral.amazon.de/orders-v3/order/not-an-id')).toBe(false);
    expect(isOrderDetailUrl('https://sellercentral.amazon.de/mcf/orders/create-order')).toBe(false);
    expect(orderIdFromUrl('https://sellercentral.amazon.com/orders-v3/order/112-7654321-7654321?x=1')).toBe(
      '112-7654321-7654321',
    );
    expect(orderIdFromUrl('https://sellercentral.amazon.com/orders-v3/fba/all')).toBeNull();
  });
});

describe('malformed URLs', () => {
  it('never throws on a path that does not decode', () => {
    expect(() => pageKind('https://sellercentral.amazon.fr/orders-v3/order/%E0%A4%A')).not.toThrow();
    expect(orderIdFromUrl('https://sellercentral.amazon.fr/orders-v3/order/%E0%A4%A')).toBeNull();
  });
});
