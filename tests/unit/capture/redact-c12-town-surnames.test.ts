import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A buyer whose surname is a town ("Margot Lyon" in Lyon): the surname is chased, but where the
// page writes it as the town (after a postcode or a preposition of place, before a district)
// it stays (core/capture/redaction/common-words.ts, ledger.ts). From blind pages
// c12-fr-infobulles-signature, c12-de-postfach-adressbuch-kiel, c12-it-reso-casella-postale-presso
// and c12-es-iniciales-escalera-toledo; here an English tracking list.

describe('a surname that is a town', () => {
  it('stays where it is the town, goes where it is the name (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/orders-v3/order/202-1234567-7654321',
      'en',
      `<div data-recipient="Emma Bremen"></div>
       <p>Address: Hafenweg 3, 28195 Bremen, Germany</p>
       <ol><li>Arrived at Bremen hub</li><li>Departed from Bremen-Hemelingen</li>
       <li>Signed for by E. BREMEN</li></ol>
       <p>Returns to: Nordsee Tea Ltd, Am Deich 2, 26506 Norden</p>`,
    );
    expect(page).toContain('Arrived at Bremen hub');
    expect(page).toContain('Departed from Bremen-Hemelingen');
    expect(page).not.toContain('E. BREMEN');
    expect(page).not.toContain('Emma Bremen');
  });
});
