import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// Review (ninth session) (18714a8, core/capture/redaction/ledger.ts isTownThere, first clause): any word of
// a removed name standing after a 4-5 digit number is kept "as a town", whether or not it is a
// town; a year is such a number, so a name after a date survives.

describe('a name right after a year', () => {
  it('is still removed (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/orders-v3/order/302-1234567-7654321',
      'de',
      `<div data-recipient="Laura Weber"></div>
       <p>09.12.2024 Weber, Laura: Paket fehlt</p>
       <p>Nachricht vom 09.12.2024 Laura: Paket fehlt</p>`,
    );
    expect(page).not.toContain('Weber');
    expect(page).not.toContain('Laura');
  });
});
