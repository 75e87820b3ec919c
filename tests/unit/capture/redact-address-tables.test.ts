import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// An address laid out as a table of one cell per row, with no label (in a closed <details>, a
// return's row): an address block like a <br> one, each line replaced, the building's line too;
// "Tel. 011 …" on its own line keeps its label. A table of labels and values is no such block
// (core/capture/redaction/address-blocks.ts, planned-writes.ts). From blind pages
// b8-de-returns-postfach-polska and b8-fr-mcf-order-hidden-blocks; here Italian and English.

describe('an address written as a one-column table', () => {
  it('replaces every line, the building’s and the phone’s (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/returns/list',
      'it',
      `<details><summary>Mostra dettagli acquirente</summary>
       <table><tr><td>Lucia Ferretti</td></tr><tr><td>Palazzina B, scala sinistra</td></tr>
       <tr><td>Via Po 12</td></tr><tr><td>10123 Torino TO</td></tr><tr><td>Tel. 011 562 4400</td></tr></table></details>`,
    );
    for (const gone of ['Ferretti', 'Palazzina B, scala sinistra', 'Via Po 12', '10123', '562 4400'])
      expect(page).not.toContain(gone);
    expect(page).toContain('Tel. +33 0 00 00 00 00');
  });

  it('keeps a table of labels and values (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/orders-v3/order/206-1234567-1234567',
      'en',
      `<table><tr><td>Ship date</td><td>3 Dec 2024</td></tr><tr><td>Shipped from</td><td>LBA4 – Doncaster</td></tr>
       <tr><td>Service</td><td>Tracked 48</td></tr></table>`,
    );
    expect(page).toContain('<td>LBA4 – Doncaster</td>');
    expect(page).toContain('<td>Tracked 48</td>');
  });
});
