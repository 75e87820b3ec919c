import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A relative named after a comma ("my neighbour, Bartholomew") is named as surely as without one
// (core/capture/redaction/relatives.ts). From blind page c10-es-contactar-canarias-borrador
// ("el de mi madre, Candelaria"); here an English note.

describe('a relative named after a comma', () => {
  it('replaces the name, keeps the relation (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/orders-v3/order/202-1234567-7654321',
      'en',
      `<p>If I am out, leave it with my neighbour, Bartholomew, at number 9.</p>`,
    );
    expect(page).not.toContain('Bartholomew');
    expect(page).toContain('my neighbour');
  });
});
