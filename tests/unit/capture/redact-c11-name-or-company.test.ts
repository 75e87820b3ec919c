import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// "Name or company", "Client professionnel": a business buyer may be a sole trader, whose firm is
// their own name (core/capture/personal-labels.ts). From blind pages c11-es-factura-autonomo-sl
// ("Nombre o razón social") and c11-fr-facture-ei-societe; here an Italian invoice's field.

describe('a buyer’s name-or-company field', () => {
  it('replaces the value, chased into a title= too (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/tax/invoice/preview',
      'it',
      `<dl><dt>Nome o ragione sociale</dt><dd>Ornella Quaranta Bianchetti</dd><dt>Numero fattura</dt><dd>IT-2024-4410</dd></dl><span title="Ditta individuale Ornella Quaranta Bianchetti">Fattura IT-2024-4410</span>`,
    );
    expect(page).not.toContain('Quaranta');
    for (const kept of ['Nome o ragione sociale', 'IT-2024-4410']) expect(page).toContain(kept);
  });
});
