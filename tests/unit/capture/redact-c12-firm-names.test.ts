import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A sender with a legal form ("TEME VALLEY CERAMICS LTD", "CANDELE FELSINEE S.R.L.") is a firm:
// chased whole, never word by word, and its legal form in capitals is no name's word
// (core/capture/redaction/name-parts.ts). From blind pages c12-en-gb-label-caps-particles and
// c12-it-scala-interno-firma; here a French attribute.

describe("a firm's name", () => {
  it('is not chased by its words (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-7654321',
      'fr',
      `<div data-sender="POTERIE LAMBERT SARL"></div>
       <p>Vase Lambert, grès émaillé</p>
       <p>Vendu via Amazon EU SARL</p>`,
    );
    expect(page).toContain('Vase Lambert, grès émaillé');
    expect(page).toContain('Amazon EU SARL');
  });
});
