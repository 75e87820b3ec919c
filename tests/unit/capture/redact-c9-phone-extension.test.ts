import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// An extension ("ext. 4402", "poste 2715", "Durchwahl 27-15") is too short for a phone's shape
// but is someone's direct line: the word before it says so (PHONE_EXTENSION in
// core/capture/redaction/patterns.ts). From blind page c9-de-zhd-lieferschein-firma (a tooltip);
// here English and French delivery notes.

describe('phone extensions', () => {
  it('replaces the extension after its word, keeps other numbers (en, fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/orders-v3/order/203-1234567-7654321',
      'en',
      `<p class="note">Ask reception for ext. 4402 before noon.</p>
       <p class="note">Accueil : demander le poste 2715.</p>
       <p>Qty 2 · Box 3 of 4</p>`,
    );
    expect(page).not.toContain('4402');
    expect(page).not.toContain('2715');
    expect(page).toContain('Ask reception for ext.');
    expect(page).toContain('Qty 2 · Box 3 of 4');
  });
});
