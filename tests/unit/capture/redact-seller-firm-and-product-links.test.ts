import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// The seller's own firm (the account switcher's shop with a company form) with its address on
// one line is kept (core/capture/redaction/seller-firm-line.ts); a link to a product's page
// shows the catalogue's title, a street or a name in it kept
// (core/capture/redaction/product-links.ts). From blind pages b7-es-returns-list and
// b7-fr-fba-inventory; here an Italian removal page and an English listing.

describe('the seller firm’s address line and product links', () => {
  it('keeps the shop’s firm address, replaces a buyer’s street (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/recommendations/removal',
      'it',
      `<div id="switcher"><b>Ceramiche Mancuso</b> | <span>Italia</span></div>
       <p>Indirizzo di ritiro predefinito: Ceramiche Mancuso S.r.l., Zona Artigianale Nord, Via dei Vasai 8, 90044 Carini (PA)</p>
       <p>Il cliente scrive: consegnate in Via Libertà 191, 90143 Palermo.</p>`,
    );
    expect(page).toContain(
      'Ceramiche Mancuso S.r.l., Zona Artigianale Nord, Via dei Vasai 8, 90044 Carini (PA)',
    );
    expect(page).not.toContain('Via Libertà 191');
    expect(page).not.toContain('90143 Palermo');
  });

  it('keeps a product link’s title with a street in it, not the same words elsewhere (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/inventory',
      'en-GB',
      `<a href="/dp/B0C1234567">Vintage Sign “221B Baker Street” – Cast Iron, 30 cm</a>
       <p>Deliver to 12 Abbey Road instead.</p>`,
    );
    expect(page).toContain('Vintage Sign “221B Baker Street” – Cast Iron, 30 cm');
    expect(page).not.toContain('12 Abbey Road');
  });
});
