import { describe, expect, it } from 'vitest';
import { MarketplaceSchema, OrderSchema } from '../../../core/model/order';

const fr = { host: 'sellercentral.amazon.fr', countryCode: 'FR', locale: 'fr-FR', timeZone: 'Europe/Paris' };

describe('OrderSchema', () => {
  it('accepts Amazon’s status spellings whatever their case', () => {
    const order = OrderSchema.parse({
      sellerFulfillmentOrderId: 'A',
      marketplace: fr,
      fulfillmentOrderStatus: 'PROCESSING',
    });
    expect(order.fulfillmentOrderStatus).toBe('Processing');
    expect(order.purpose).toBe('customer');
  });
  it('needs an order id', () => {
    expect(OrderSchema.safeParse({ marketplace: fr }).success).toBe(false);
  });
  it('refuses impossible calendar days', () => {
    expect(
      OrderSchema.safeParse({ displayableOrderId: 'A', marketplace: fr, estimatedArrivalDate: '2026-02-30' })
        .success,
    ).toBe(false);
  });
});

describe('MarketplaceSchema', () => {
  it('takes only Seller Central hosts: links and notification clicks are built from them', () => {
    expect(MarketplaceSchema.safeParse(fr).success).toBe(true);
    expect(MarketplaceSchema.safeParse({ ...fr, host: 'evil.example.com' }).success).toBe(false);
    expect(MarketplaceSchema.safeParse({ ...fr, host: 'sellercentral.amazon.fr.evil.example' }).success).toBe(
      false,
    );
  });
  it('takes only real IANA time zones, which the date rules depend on', () => {
    expect(MarketplaceSchema.safeParse({ ...fr, timeZone: 'Europe/Nowhere' }).success).toBe(false);
  });
});
