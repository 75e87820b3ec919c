import { describe, expect, it } from 'vitest';
import { checkFormOrder, orderIdsInUrl } from '../../../core/return-form/form-order';

const A = { sellerFulfillmentOrderId: '402-1234567-1234567', displayableOrderId: 'SHOP-1001' };

describe('the return form belongs to the order shown', () => {
  it('finds the order id in a return-form URL, wherever it is', () => {
    expect(
      orderIdsInUrl('https://sellercentral.amazon.fr/returns/create?orderId=402-1234567-1234567'),
    ).toEqual(['402-1234567-1234567']);
    expect(
      orderIdsInUrl('https://sellercentral.amazon.fr/orders-v3/order/402-1234567-1234567/create-return'),
    ).toEqual(['402-1234567-1234567']);
    expect(
      orderIdsInUrl('https://sellercentral.amazon.de/gp/orders-v2/details?orderID=302-1234567-1234567'),
    ).toEqual(['302-1234567-1234567']);
    expect(orderIdsInUrl('https://sellercentral.amazon.fr/returns/create')).toEqual([]);
    expect(orderIdsInUrl('not a url')).toEqual([]);
  });

  it('accepts the same order, refuses another, and cannot tell when the form names none', () => {
    const form = (id: string) => `https://sellercentral.amazon.fr/returns/create?orderId=${id}`;
    expect(checkFormOrder(A, form('402-1234567-1234567'))).toEqual({ verdict: 'same' });
    expect(checkFormOrder(A, form('402-7654321-7654321'))).toEqual({
      verdict: 'other',
      formOrderId: '402-7654321-7654321',
    });
    expect(checkFormOrder(A, 'https://sellercentral.amazon.fr/returns/create')).toEqual({
      verdict: 'unknown',
    });
    // The page's own reading, when the URL says nothing: the displayable id counts too.
    expect(checkFormOrder(A, 'https://sellercentral.amazon.fr/returns/create', ['shop-1001'])).toEqual({
      verdict: 'same',
    });
    expect(checkFormOrder(A, 'https://sellercentral.amazon.fr/returns/create', ['SHOP-2002'])).toEqual({
      verdict: 'other',
      formOrderId: 'SHOP-2002',
    });
  });
});
