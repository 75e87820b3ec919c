import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// Numbers that name a person: a Spanish DNI or NIE with its right check letter (an autónoma's
// NIF), and a buyer's Amazon account in a profile link (core/capture/redaction/tax-ids.ts); eight
// digits and a letter that fails the check stay (a code). From blind pages b5-es-invoice-nif and
// b5-en-us-customer-reviews; here a Spanish return and a French reviews page.

describe('numbers that name a person', () => {
  it('replaces a DNI and a NIE, keeps a code with the wrong check letter (es)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.es/returns/detail',
      'es',
      `<p>Cliente profesional: DNI 23456789-D · NIE Y2345678Z</p><p>Lote 12345678A</p>`,
    );
    expect(page).not.toContain('23456789');
    expect(page).not.toContain('2345678Z');
    expect(page).toContain('Lote 12345678A');
  });

  it('replaces the account in a reviewer’s profile link (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/brand-customer-reviews',
      'fr',
      `<p>Par <a href="https://www.amazon.fr/gp/profile/amzn1.account.AGH7Q2LKX4MZP3N8WT5B/ref=cm_cr">un client</a></p>`,
    );
    expect(page).not.toContain('AGH7Q2LKX4MZP3N8WT5B');
    expect(page).toContain('/gp/profile/');
  });
});
