import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A custom product's lines ("Personalisierung: Text 1: …") are what the buyer had engraved:
// under the product's title, but the buyer's text, whose names are chased like any other
// (core/capture/redaction/kept-fields.ts). From blind page c9-en-gb-inline-json-attn; here a
// German item table.

describe('a custom product’s lines', () => {
  it('replaces the buyer’s name in the engraving, keeps the title and the font (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/orders-v3/order/302-1234567-7654321',
      'de',
      `<dl><dt>Käufer</dt><dd>Ewa Brzezinski-Hoang</dd></dl>
       <table><tr><th>Artikel</th><th>Menge</th></tr>
       <tr><td>Schneidebrett Eiche, graviert<br><span>Personalisierung: <span>Text 1: Küche von E. Brzezinski-Hoang</span> · <span>Schriftart: Garamond</span></span></td><td>1</td></tr></table>`,
    );
    expect(page).not.toContain('Brzezinski-Hoang');
    expect(page).toContain('Schneidebrett Eiche, graviert');
    expect(page).toContain('Schriftart: Garamond');
  });
});
