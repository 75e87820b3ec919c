import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// Review CR2 of the b7 capture rules: each probe that proved a leak or a loss, kept as written.

describe('cr2 leak-table-columns-colspan-comment-row', () => {
  it('P01 colspan comment row under a comments header (fr feedback)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/feedback-manager/index.html',
      'fr',
      `<table><tr><th>Date</th><th>Note</th><th>Commentaires</th><th>N° de commande</th></tr>
       <tr><td>03/12/2024</td><td>1</td><td></td><td>402-1234567-7654321</td></tr>
       <tr><td colspan="4">Colis laissé chez la boulangerie Au Pain Doré en bas de chez moi, je suis furieuse.</td></tr></table>`,
    );
    expect(page).toContain('402-1234567-7654321');
    expect(page).not.toContain('Au Pain Doré');
  });

  it('R20 returns: buyer comment in expanded colspan row (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/returns',
      'en-GB',
      `<table><tr><th>Order ID</th><th>Return reason</th><th>Buyer comments</th></tr>
       <tr><td>202-1234567-7654321</td><td>Damaged</td><td>See below</td></tr>
       <tr><td colspan="3">Left with my neighbour Dot at the flower shop Petals &amp; Co, ring twice</td></tr></table>`,
    );
    expect(page).not.toContain('Petals');
  });
});

describe('cr2 leak-table-columns-colspan-name-cell', () => {
  it('P02 buyer name column, colspan cell (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/orders-v3',
      'en-GB',
      `<table><tr><th>Order ID</th><th>Buyer name</th><th>City</th></tr>
       <tr><td>202-1234567-7654321</td><td colspan="2">Gwendolyn Pryce</td></tr></table>`,
    );
    expect(page).toContain('202-1234567-7654321');
    expect(page).not.toContain('Pryce');
  });
});
