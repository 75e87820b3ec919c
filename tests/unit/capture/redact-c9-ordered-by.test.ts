import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A gift order names who placed it beside whom it goes to: "Bestellt von", "Ordered by" is a
// label of a name (core/capture/personal-labels.ts) and a role in running text
// (core/capture/redaction/role-names.ts). From blind page c9-fr-bordereau-etiquette-cadeau
// ("Commandé par : <span>…</span>"); here a German table and an English sentence.

describe('who placed the order', () => {
  it('replaces the value of a "Bestellt von" row, keeps the other rows (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/orders-v3/order/302-1234567-7654321',
      'de',
      `<table><tr><th>Bestellt von</th><td>Hannelore Oberschelp-Wittkamp</td></tr>
       <tr><th>Versandart</th><td>Standardversand</td></tr></table>`,
    );
    expect(page).not.toContain('Oberschelp-Wittkamp');
    expect(page).toContain('Bestellt von');
    expect(page).toContain('Standardversand');
  });

  it('replaces the person after "ordered by" in a sentence (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.com/orders-v3/order/113-1234567-7654321',
      'en',
      '<p class="note">Gift order: ordered by Bartholomew Quigley-Stone on Dec 3, 2024.</p>',
    );
    expect(page).not.toContain('Quigley-Stone');
    expect(page).toContain('on Dec 3, 2024.');
  });
});
