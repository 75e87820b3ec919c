import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A phone's or an e-mail's label whose value a stylesheet draws (`::after { content: "…" }`)
// has nothing after it in the page: the next block is another field's (the address under its
// own expander, a note) and keeps its words; a number after the label still goes
// (core/capture/redaction/value-regions.ts). From blind page b8-es-mcf-belgica-noscript; here
// French and German.

describe('a contact’s label with no value after it', () => {
  it('leaves the next block to its own rules (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/mcf/orders/order-details?orderId=S01-1234567-1234567',
      'fr',
      `<section><p class="tel"><span>Téléphone</span></p><div>Livraison en point relais</div>
       <p class="mail"><span>E-mail</span></p><div>Remise contre signature</div></section>`,
    );
    expect(page).toContain('<div>Livraison en point relais</div>');
    expect(page).toContain('<div>Remise contre signature</div>');
  });

  it('still replaces a number in the block after the label (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/mcf/orders/order-details?orderId=S01-1234567-1234567',
      'de',
      `<section><p><span>Telefon</span></p><div>0171 / 234 56 78 (mobil)</div></section>`,
    );
    expect(page).not.toContain('234 56 78');
  });
});
