import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A person named by a relation after a possessive ("ma fille Inès", "tu hermana Uxía") is a
// name; without the possessive the word is a product's ("Parfum femme Chanel")
// (core/capture/redaction/relatives.ts). An Italian professional title ("Dott. Vittorio
// Esposito") makes the next words a name, like "Sig." (core/capture/redaction/patterns.ts). From
// blind pages b5-en-us-customer-reviews, b5-fr-voice-of-customer, b5-es-mcf-order-edit and
// b5-it-feedback-manager; here Italian, German and English texts in other places.

describe('people named by a relation or a title', () => {
  it('replaces a sister named in a review, keeps a product with a relation’s word (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/brand-customer-reviews',
      'it',
      `<p>L'ho regalato a mia sorella Benedetta, il manico si è staccato.</p>
       <p>Profumo donna Chanel, 50 ml · Set regalo padre Pio</p>
       <span title="Avv. Carmela Russomanno, Salerno">CR</span>`,
    );
    expect(page).not.toContain('Benedetta');
    expect(page).toContain('mia sorella');
    expect(page).toContain('Set regalo padre Pio');
    expect(page).not.toContain('Russomanno');
  });

  it('replaces a daughter in German and a neighbour in English', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/voice-of-the-customer',
      'de',
      `<td>Meine Tochter Lieselotte hat das Paket angenommen.</td>
       <td>Left with my neighbour Orla, thanks.</td>`,
    );
    expect(page).not.toContain('Lieselotte');
    expect(page).not.toContain('Orla');
    expect(page).toContain('Meine Tochter');
  });
});
