import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A word of a removed name stays where a text quotes the page's product title around it ("a new
// Victoria Sponge Cake Tin"), three of the title's words in a row; alone it still names the
// buyer ("Thanks Victoria") (core/capture/redaction/title-phrases.ts). From blind page
// b8-fr-messages-photos-voice ("Torchon brodé Croix de Lorraine"); here English and Spanish.

describe('a name’s word inside a product’s title quoted in a text', () => {
  it('keeps the title in the seller’s reply, removes the name (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/messaging/thread?threadId=T5',
      'en',
      `<dl><dt>Buyer</dt><dd>Victoria Hale</dd><dt>Product</dt><dd>Victoria Sponge Cake Tin, 20 cm</dd></dl>
       <div class="reply"><p>Thanks Victoria, we will send a new Victoria Sponge Cake Tin today.</p></div>`,
    );
    expect(page).toContain('a new Victoria Sponge Cake Tin today');
    expect(page).not.toContain('Thanks Victoria');
  });

  it('keeps «Abanico Dolores pintado» quoted in a note (es)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.es/messaging/thread?threadId=T6',
      'es',
      `<dl><dt>Comprador</dt><dd>Dolores Quintana</dd><dt>Producto</dt><dd>Abanico Dolores pintado a mano</dd></dl>
       <p>Nota interna: reponer Abanico Dolores pintado antes del viernes; avisar a Dolores.</p>`,
    );
    expect(page).toContain('reponer Abanico Dolores pintado antes');
    expect(page).not.toContain('avisar a Dolores');
  });
});
