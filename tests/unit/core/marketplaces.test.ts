import { describe, expect, it } from 'vitest';
import { isSellerCentralHost, marketplaceFor, SELLER_CENTRAL_MATCHES } from '../../../core/marketplaces';

describe('marketplaceFor', () => {
  it('maps a national host to its country and time zone', () => {
    expect(marketplaceFor('sellercentral.amazon.fr')).toEqual({
      host: 'sellercentral.amazon.fr',
      countryCode: 'FR',
      locale: 'fr-FR',
      timeZone: 'Europe/Paris',
    });
  });
  it('picks the marketplace of the European host by the page language', () => {
    expect(marketplaceFor('sellercentral-europe.amazon.com', 'de-DE')?.countryCode).toBe('DE');
    expect(marketplaceFor('sellercentral-europe.amazon.com', 'fr')?.timeZone).toBe('Europe/Paris');
    expect(marketplaceFor('sellercentral-europe.amazon.com')?.countryCode).toBe('GB');
  });
  it('keeps the page language as locale when it differs from the host default', () => {
    expect(marketplaceFor('sellercentral.amazon.com', 'es-US')?.locale).toBe('es-US');
  });
  it('refuses hosts that are not Seller Central', () => {
    expect(marketplaceFor('evil.example.com')).toBeNull();
    expect(isSellerCentralHost('sellercentral.amazon.fr.evil.com')).toBe(false);
  });
  it('spells out one https match pattern per host', () => {
    expect(SELLER_CENTRAL_MATCHES).toContain('https://sellercentral.amazon.fr/*');
    expect(SELLER_CENTRAL_MATCHES.every((m) => /^https:\/\/[a-z.-]+\/\*$/.test(m))).toBe(true);
  });
});
