import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// Review CR2 of the b7 capture rules: each probe that proved a leak or a loss, kept as written.

describe('cr2 loss-hyphen-ring-street-product', () => {
  it('P14 hyphenated -Ring in a product title (de loss)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/inventory',
      'de',
      `<table><tr><th>Produktname</th><th>SKU</th></tr><tr><td>Edelstahl-Ring 6 mm, Silber</td><td>RING-6-SLV</td></tr><tr><td>Schlüssel-Ring 10 Stück</td><td>KEY-10</td></tr></table>`,
    );
    expect(page).toContain('Edelstahl-Ring 6 mm, Silber');
    expect(page).toContain('Schlüssel-Ring 10 Stück');
  });
});
