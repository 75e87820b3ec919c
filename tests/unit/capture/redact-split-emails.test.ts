import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// An e-mail address written over several inline elements has no e-mail's shape in any one text:
// its line is read whole and the address replaced; lines that a <br> separates are not joined
// (core/capture/redaction/split-emails.ts). From blind pages b8-fr-messages-photos-voice and
// b8-it-messaggi-giappone-vocale; here German and Spanish.

describe('an e-mail split over elements', () => {
  it('replaces "<b>…</b><span>@</span><i>…</i>" (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/returns/detail?rmaId=X',
      'de',
      `<p>Kontakt für Rückfragen: <b>hanne.petersen</b><span>@</span><i>posteo.de</i> (abends)</p>`,
    );
    expect(page).not.toContain('hanne.petersen');
    expect(page).not.toContain('posteo.de');
    expect(page).toContain('Kontakt für Rückfragen: ');
    expect(page).toContain('(abends)');
  });

  it('joins no lines across a <br> (es)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.es/orders-v3/order/402-1234567-1234567',
      'es',
      `<div class="pop"><span>Pedido 402-1234567-1234567</span><br><span>estado@envio</span></div>
       <p>Correo: <span>nuria.vidal</span><span>@gmail.com</span></p>`,
    );
    expect(page).toContain('<span>Pedido 402-1234567-1234567</span><br>');
    expect(page).not.toContain('nuria.vidal');
  });
});
