import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A custom product's lines under "Customizations" are what the buyer had engraved or printed: the
// buyer's words, replaced line by line as a gift message is, whatever each line's label says; the
// product's options (font, colour) stay (core/capture/redaction/customisation-lines.ts). From blind
// pages c10-fr-commande-monaco-gravure and c10-it-ordine-san-marino-testo (a bold label over
// lines, a preview's title); here an English list with the label in a heading and a JSON copy.

describe('a custom product’s customization lines', () => {
  it('replaces each buyer line and its copies, keeps the label and the options (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.com/orders-v3/order/113-1234567-7654321',
      'en',
      `<div><h3>Walnut Cheese Board, engraved</h3><p>SKU: BOARD-WALNUT-L</p>
       <section data-custom='{"line1":"Happy Retirement Gordon Pike","font":"Serif"}'>
         <h4>Customizations</h4>
         <ul><li title="Preview: Happy Retirement Gordon Pike">Engraving line 1: Happy Retirement Gordon Pike</li>
         <li>Engraving line 2: from all at Kessler Rd</li>
         <li>Font: Serif</li><li>Colour: Gold leaf</li></ul>
       </section></div>`,
    );
    expect(page).not.toContain('Gordon Pike');
    expect(page).not.toContain('Happy Retirement');
    expect(page).not.toContain('Kessler');
    expect(page).toContain('Customizations');
    expect(page).toContain('Walnut Cheese Board, engraved');
    expect(page).toContain('BOARD-WALNUT-L');
    expect(page).toContain('Font: Serif');
    expect(page).toContain('Colour: Gold leaf');
  });
});
