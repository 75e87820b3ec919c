import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// Review CR2 of the b7 capture rules: each probe that proved a leak or a loss, kept as written.

describe('cr2 leak-product-links-item-card', () => {
  it('P05 product link wrapping a whole item card (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/orders-v3',
      'fr',
      `<a href="/dp/B0BX7LM3QD"><span>Plaid en laine, gris</span><span>Destinataire : Camille Lefèvre-Gautier</span><span>Envoyer à : 12 rue des Lilas, 69003 Lyon</span></a>`,
    );
    expect(page).toContain('Plaid en laine, gris');
    expect(page).not.toContain('Lefèvre-Gautier');
    expect(page).not.toContain('12 rue des Lilas');
  });
});

describe('cr2 leak-product-links-wishlist', () => {
  it('R07 wish-list /dp/ link naming the buyer with a title (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/orders-v3/order/302-1234567-7654321',
      'de',
      `<a href="https://www.amazon.de/dp/B0C1234567?colid=3XYZ&coliid=I2ABC">Geschenk von der Wunschliste von Frau Hannelore Brückner</a>`,
    );
    expect(page).not.toContain('Hannelore Brückner');
  });
});
