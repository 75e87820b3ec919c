import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A code that opens a locker or a door, quoted in a seller's note or a carrier's event, goes;
// its word stays, and a carrier's sentence about the code without one is kept
// (core/capture/redaction/access-codes.ts). From blind page b6-de-mcf-packstation ("Abholcode
// 4471" in a seller's note); here English and Spanish notes in other places.

describe('access codes', () => {
  it('replaces a locker pickup code and a gate code in notes, keeps the sentence without a code (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/mcf/orders/order-details',
      'en',
      `<section><h2>Seller notes</h2><p>Buyer rang: pickup code 730915 expired; gate code is #2580.</p></section>
       <ol><li>Ready for collection at the locker. Pickup code sent to the customer by e-mail.</li></ol>
       <p>Order 026-5566778-1122334</p>`,
    );
    expect(page).not.toContain('730915');
    expect(page).not.toContain('#2580');
    expect(page).toContain('pickup code');
    expect(page).toContain('Pickup code sent to the customer by e-mail.');
    expect(page).toContain('026-5566778-1122334');
  });

  it('replaces a código de recogida in a table cell (es)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.es/mcf/orders/order-details',
      'es',
      '<table><tr><th>Nota interna</th></tr><tr><td>Código de recogida: 88A213 (Punto Pack)</td></tr></table>',
    );
    expect(page).not.toContain('88A213');
    expect(page).toContain('Código de recogida');
  });
});
