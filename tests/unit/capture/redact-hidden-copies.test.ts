import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A <template> and a <datalist> never show: a review's full text waiting to be expanded, a
// dialog quoting a comment, recent recipients offered as suggestions. They are left out of the
// capture whole (core/capture/serialize.ts); a declarative shadow root stays. From blind pages
// b5-fr-voice-of-customer and b5-es-mcf-order-edit; here German and English pages.

describe('copies of the page that never show', () => {
  it('leaves out a template holding a comment’s full text (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/voice-of-the-customer/product/B0TEST1234',
      'de',
      `<table><tr><th>Bestellnummer</th><th>Kundenkommentar</th></tr>
       <tr><td>302-1111111-2222222</td><td><span>Ware beschädigt…</span>
       <template><span>Ware beschädigt. Bitte Rückruf an Annegret Pfisterer, Kanzlei Pfisterer &amp; Ohm.</span></template></td></tr></table>`,
    );
    expect(page).not.toContain('Pfisterer');
    expect(page).not.toContain('<template>');
    expect(page).toContain('302-1111111-2222222');
  });

  it('leaves out a datalist of recent recipients, and keeps a shadow root (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/mcf/orders/create',
      'en',
      `<label>Full name <input list="recent" autocomplete="shipping name"></label>
       <datalist id="recent"><option value="Priyanka Oyelaran-Hughes"></option><option value="Callum McTavish"></option></datalist>
       <order-card><template shadowrootmode="open"><p>Order 204-1234567-1234567</p></template></order-card>`,
    );
    expect(page).not.toContain('Oyelaran');
    expect(page).not.toContain('McTavish');
    expect(page).toContain('Order 204-1234567-1234567');
  });
});
