import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A link's query naming a buyer's account id (`?idClient=…`, `?buyerId=…`) carries one person's
// account, whatever its shape; the seller's own id stays (core/capture/redaction/url-values.ts).
// From blind page c9-en-us-return-label-popover; here a French contact link.

describe('a buyer’s account id in a link', () => {
  it('replaces the buyer’s id, keeps the order and the seller’s id (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/orders-v3/order/171-1234567-7654321',
      'fr',
      `<a href="/messaging/compose?idClient=A1QX7ZB4KMN2TP&amp;commande=171-1234567-7654321&amp;merchantId=A3SELLERXYZ9Q">Écrire à l’acheteur</a>`,
    );
    expect(page).not.toContain('A1QX7ZB4KMN2TP');
    expect(page).toContain('171-1234567-7654321');
    expect(page).toContain('A3SELLERXYZ9Q');
    expect(page).toContain('Écrire à l’acheteur');
  });
});
