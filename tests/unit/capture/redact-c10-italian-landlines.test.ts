import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// An Italian landline written in groups after its area code ("081 764 33 18", "02 8734 22 10")
// is a phone number wherever it is (core/capture/redaction/patterns.ts). From blind page
// c10-it-messaggi-citati-reso (a quoted "Ufficio: …" line); here an English return note.

describe('an Italian landline in groups', () => {
  it('is replaced in an unlabeled note, the order id stays (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/returns/detail?orderId=202-1234567-7654321',
      'en',
      `<p>Return 202-1234567-7654321: the buyer works in Milan, office 02 8734 22 10, or 0549 90 51 12 at weekends.</p>`,
    );
    expect(page).not.toContain('8734 22 10');
    expect(page).not.toContain('90 51 12');
    expect(page).toContain('202-1234567-7654321');
  });
});
