import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// Review CR2 of the b7 capture rules: each probe that proved a leak or a loss, kept as written.

describe('cr2 loss-honorific-fr-abbrev', () => {
  it('P13 Fr. as Freitag before a capitalised word (de loss)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/orders-v3/order/302-1234567-7654321',
      'de',
      `<p>Voraussichtliche Zustellung: Fr. Vormittag</p><p>Abholung durch DHL: Fr. Nachmittag</p>`,
    );
    expect(page).toContain('Fr. Vormittag');
    expect(page).toContain('Fr. Nachmittag');
  });

  it('R18 amazon.fr. before a capitalised word taken for "Fr. Name" (fr loss)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-7654321',
      'fr',
      `<p>Commande passée sur Amazon.fr. Livraison prévue le 6 déc.</p><p>Zustellung Mo.–Fr. Vormittags</p>`,
    );
    expect(page).toContain('Amazon.fr. Livraison prévue');
    expect(page).toContain('Fr. Vormittags');
  });
});
