import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// Addresses abroad in the shapes of their countries: a Polish "ul. … m. …" street and "00-950
// Warszawa", a Swiss "Postfach 2210" and four-digit "3001 Bern". They make a block of lines an
// address; and a postcode with its town that no shape finds in running text is chased as
// written, where a label's title repeats it (core/capture/redaction/patterns.ts,
// planned-writes.ts). From blind pages b8-de-returns-postfach-polska and
// b8-es-mcf-belgica-noscript; here English and French pages.

describe('addresses in other countries’ shapes', () => {
  it('finds a Polish address block and chases its postcode line (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/orders-v3/order/206-1234567-1234567',
      'en',
      `<div class="addr">Tomasz Wróblewski<br>ul. Szeroka 7 m. 12<br>00-950 Warszawa<br>Poland</div>
       <svg><title>Label – 00-950 Warszawa</title></svg>`,
    );
    for (const gone of ['Wróblewski', 'Szeroka', '00-950']) expect(page).not.toContain(gone);
  });

  it('keeps Amazon’s Polish return address in the same shape (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/returns/list',
      'en',
      `<div class="addr">Amazon Fulfillment Poland Sp. z o.o.<br>ul. Poznańska 1d<br>62-080 Sady<br>Poland</div>`,
    );
    for (const kept of ['ul. Poznańska 1d', '62-080 Sady']) expect(page).toContain(kept);
  });

  it('finds a Swiss PO box block and chases its four-digit postcode (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/returns/list',
      'fr',
      `<div class="addr">Anne-Laure Schwab<br>Postfach 2210<br>3001 Bern<br>Suisse</div>
       <p title="Étiquette : 3001 Bern">Étiquette</p>`,
    );
    for (const gone of ['Schwab', 'Postfach 2210', '3001 Bern']) expect(page).not.toContain(gone);
  });
});
