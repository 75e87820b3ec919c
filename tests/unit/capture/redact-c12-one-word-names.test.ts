import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A name of one word ("Viola") is chased as a whole string, and was then replaced inside a SKU
// ("CANDELA-VIOLA-250") where a word of a longer name stays: the same weighing applies to both
// (core/capture/redaction/ledger.ts). From blind page c12-it-scala-interno-firma; here Spanish.

describe('a one-word name', () => {
  it('stays inside a SKU, goes elsewhere (es)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.es/orders-v3/order/405-1234567-7654321',
      'es',
      `<div data-nombre="Rosa"></div>
       <p>SKU: JABON-ROSA-100</p>
       <p>Escribir a Rosa</p>`,
    );
    expect(page).toContain('JABON-ROSA-100');
    expect(page).not.toContain('a Rosa');
  });
});
