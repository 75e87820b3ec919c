import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A signature or a label in capitals writes a surname with particles fused ("van der Berg" as
// "VANDERBERG"): the fused form is one of the name's words (core/capture/redaction/name-parts.ts).
// From blind page c12-en-gb-label-caps-particles (an English proof of delivery); here a German
// table cell.

describe('a surname with particles written fused', () => {
  it('is chased like its parts (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/orders-v3/order/302-1234567-7654321',
      'de',
      `<div data-kunde="Hannes von der Heide"></div>
       <table><tr><td>Quittiert</td><td>H VONDERHEIDE</td></tr></table>`,
    );
    expect(page).not.toContain('VONDERHEIDE');
    expect(page).toContain('Quittiert');
  });
});
