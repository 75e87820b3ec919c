import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A removed buyer's firm ("Ltd Brightwater Plumbing" read as a name) is chased by its words, but
// its legal form names no one: chased, it would take the seller's own "… Ltd" everywhere
// (core/capture/redaction/name-parts.ts). From blind page c11-fr-facture-ei-societe ("SAS
// Brasserie …" took the seller's "… SAS"); here an English list.

describe('a legal form among a removed name’s words', () => {
  it('is not chased into the seller’s firm (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/tax/invoices',
      'en',
      `<table><thead><tr><th>Invoice</th><th>Customer name</th></tr></thead><tbody><tr><td>GB-INV-0412</td><td>Ltd Brightwater Plumbing</td></tr></tbody></table><p>Sold by Hartley Tools Ltd</p>`,
    );
    expect(page).not.toContain('Brightwater');
    expect(page).toContain('Sold by Hartley Tools Ltd');
  });
});
