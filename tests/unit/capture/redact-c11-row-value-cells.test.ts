import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A row label's value split over the row's next cells ("Kunde | first name | surname", "Anschrift
// | street | postcode") is one value, up to the next label cell
// (core/capture/redaction/value-regions.ts). From blind page c11-es-factura-autonomo-sl; here a
// German invoice table.

describe('a row label’s value over several cells', () => {
  it('replaces every cell of the value, keeps the next label’s row (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/tax/invoice/preview',
      'de',
      `<table><tr><th>Kunde</th><td>Henrike</td><td>Vosskamp-Ahlers</td></tr><tr><th>Anschrift</th><td>Im Wiesengrund 3</td><td>49377</td></tr><tr><th>Rechnungsnummer</th><td>DE-2024-00817</td><td>Bezahlt</td></tr></table>`,
    );
    for (const gone of ['Henrike', 'Vosskamp-Ahlers', 'Im Wiesengrund', '49377'])
      expect(page).not.toContain(gone);
    for (const kept of ['Kunde', 'Anschrift', 'DE-2024-00817', 'Bezahlt']) expect(page).toContain(kept);
  });
});
