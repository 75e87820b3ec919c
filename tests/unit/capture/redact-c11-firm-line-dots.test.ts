import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// The seller's firm line may set its parts apart with middle dots ("… SARL · TVA … · street,
// postcode town") as well as commas (core/capture/redaction/seller-firm-line.ts). From blind page
// c11-es-factura-autonomo-sl; here a French invoice.

describe('the seller’s firm line with middle dots', () => {
  it('is kept whole (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/tax/invoice/preview',
      'fr',
      `<header><span>Atelier Marceau | France</span></header><p>Atelier Marceau SARL · TVA FR40490217335 · 14 rue de l’Industrie, 69200 Vénissieux</p>`,
    );
    expect(page).toContain(
      'Atelier Marceau SARL · TVA FR40490217335 · 14 rue de l’Industrie, 69200 Vénissieux',
    );
  });
});
