import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A customer's comment, replaced whole, names someone beside a phone number ("…, Hélène Garnier,
// 07 81 22 46 09"); that name is then chased wherever else the page shows it, read before
// anything is written (core/capture/redaction/message-signatures.ts). A comment column titled in
// the singular ("Commentaire client", "Commento del cliente") is a message's; its "Voir plus"
// link is the page's and stays (core/capture/redaction/message-slots.ts). From blind page
// b5-fr-voice-of-customer; here Italian and English pages, the other name shown first.

describe('a name signed beside a phone in a customer’s comment', () => {
  it('is chased in a chart label shown before the comment (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/voice-of-the-customer/product/B0TEST1234',
      'it',
      `<svg role="img"><text>3 dic. – Graziella Santangelo (reso)</text></svg>
       <table><tr><th>Numero ordine</th><th>Commento del cliente</th></tr>
       <tr><td>403-1111111-2222222</td><td><span>Arrivato rotto, richiamatemi. Graziella Santangelo, 347 123 4567</span> <a href="#" class="espandi">Mostra altro</a></td></tr></table>
       <span class="nascosto">Reso richiesto da Graziella Santangelo</span>`,
    );
    expect(page).not.toContain('Santangelo');
    expect(page).toContain('403-1111111-2222222');
    expect(page).toContain('Mostra altro');
    expect(page).toContain('Numero ordine');
  });

  it('is chased after "call … at" (en), Seller Central’s own voices aside', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.com/voice-of-the-customer',
      'en',
      `<p class="hint">Return requested by Desmond Achterberg</p>
       <table><tr><th>Customer comment</th></tr>
       <tr><td>Wrong colour. Please call Desmond Achterberg at 555-201-7788 or Seller Support, 0800 123 456.</td></tr></table>
       <p>Contact Seller Support for help.</p>`,
    );
    expect(page).not.toContain('Achterberg');
    expect(page).toContain('Contact Seller Support for help.');
  });
});
