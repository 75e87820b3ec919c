import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A column or row headed by the street line alone ("Straße und Hausnummer", "Via e numero")
// holds a street, whatever its shape (core/capture/personal-labels.ts). From blind page
// c11-de-retouren-liste-zellen ("Am Kahlen Asten 7a" under it); here an Italian row header.

describe('a street’s own header', () => {
  it('replaces the street beside it (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/returns/list',
      'it',
      `<table><tr><th>Via e numero</th><td>Serre Alte 14b, scala B</td></tr><tr><th>Stato</th><td>Autorizzato</td></tr></table>`,
    );
    expect(page).not.toContain('Serre Alte');
    for (const kept of ['Via e numero', 'Autorizzato']) expect(page).toContain(kept);
  });
});
