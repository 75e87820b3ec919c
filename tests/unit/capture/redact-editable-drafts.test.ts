import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A box someone types into (`contenteditable`: a draft reply, a packing-slip note) holds their
// own words, like a <textarea>: replaced whole as a message, whatever labels it
// (core/capture/redaction/labeled-elements.ts). From blind pages b5-it-feedback-manager and
// b5-es-mcf-order-edit; here French and German pages.

describe('editable boxes', () => {
  it('replaces a draft reply naming the buyer’s café (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/feedback-manager/index.html',
      'fr',
      `<h2>Répondre publiquement</h2>
       <div contenteditable="true" role="textbox">Bonjour, le livreur a déposé le colis au Café des Tanneurs sans votre accord, nous en sommes désolés.</div>
       <p contenteditable="false">Commande 171-1234567-7654321</p>`,
    );
    expect(page).not.toContain('Café des Tanneurs');
    expect(page).toContain('[message retiré]');
    expect(page).toContain('Commande 171-1234567-7654321');
  });

  it('replaces a plaintext-only note for the packing slip (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/mcf/orders/edit',
      'de',
      `<div contenteditable="plaintext-only" aria-label="Notiz für den Lieferschein">Alles Gute, liebe Wiebke! Von Onkel Detlef</div>`,
    );
    expect(page).not.toContain('Wiebke');
    expect(page).not.toContain('Detlef');
  });
});
