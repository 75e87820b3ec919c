import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A product's title may share a buyer's name word ("Tasse « Margaux »" for "Margaux Lefebvre");
// it is known as a title under a raw "item-name" column, or as the line right above its SKU
// (core/capture/redaction/labeled-text.ts). From blind pages c11-de-csv-vorschau-spalten and
// c11-fr-gestion-commandes-liste; here French and German pages.

describe('a product title sharing a buyer’s name', () => {
  it('stays under a raw item-name column (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/reportcentral/ORDERS',
      'fr',
      `<table><thead><tr><th>order-id</th><th>buyer-name</th><th>item-name</th></tr></thead><tbody><tr><td>171-2233445-6677889</td><td>Margaux Lefebvre</td><td>Tasse « Margaux » grès émaillé 35 cl</td></tr></tbody></table>`,
    );
    expect(page).not.toContain('Lefebvre');
    expect(page).toContain('Tasse « Margaux » grès émaillé 35 cl');
  });

  it('stays as the line above its SKU (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/orders-v3/mfn/unshipped',
      'de',
      `<table><thead><tr><th>Bestelldetails</th><th>Käufer</th></tr></thead><tbody><tr><td>302-1234567-7654321<br>Kerzenhalter „Lindner“ Messing 12 cm<br>SKU: KERZ-LIND-12</td><td>Paul Lindner</td></tr></tbody></table>`,
    );
    expect(page).not.toContain('Paul Lindner');
    expect(page).toContain('Kerzenhalter „Lindner“ Messing 12 cm');
  });
});
