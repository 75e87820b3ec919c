import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// The seller's own address, wherever a page prints it (a sender's block, a returns address), is a
// block opened by the shop the header's account switcher names, "<shop> | <country>" or, in the
// banner, "<shop> · <country>": kept as it is, even under a label of ours ("Mittente"); a block
// naming a person for whom it is ("Alla c.a. …") is not the shop's and goes
// (core/capture/redaction/seller-return-address.ts, account-switcher.ts). From blind pages
// b8-en-gb-ireland-eircode, b8-en-us-label-svg-pobox, b8-es-mcf-belgica-noscript; here Italian.

const URL_IT = 'https://sellercentral.amazon.it/mcf/orders/order-details?orderId=S02-1234567-1234567';

describe('the shop’s own address', () => {
  it('keeps the sender’s block opened by the shop, removes the recipient’s beside it (it)', async () => {
    const page = await bodyOf(
      URL_IT,
      'it',
      `<header><span class="acct">Bottega Lambrate · Italia</span></header>
       <h3>Indirizzo di spedizione</h3><div><div>Ottavia Sangalli</div><div>Via Padova 88</div><div>20132 Milano MI</div></div>
       <h3>Mittente</h3><div><div>Bottega Lambrate</div><div>Cortile interno, scala C</div><div>Via Ventura 15</div><div>20134 Milano MI</div></div>`,
    );
    for (const kept of ['Bottega Lambrate', 'Cortile interno, scala C', 'Via Ventura 15', '20134 Milano MI'])
      expect(page).toContain(kept);
    for (const gone of ['Sangalli', 'Via Padova 88', '20132']) expect(page).not.toContain(gone);
  });

  it('replaces the shop’s block when it names a person it is for (it)', async () => {
    const page = await bodyOf(
      URL_IT,
      'it',
      `<header><span class="acct">Bottega Lambrate · Italia</span></header>
       <address>Bottega Lambrate<br>Alla c.a. Ruggero Fumagalli<br>Via Ventura 15<br>20134 Milano MI</address>`,
    );
    expect(page).not.toContain('Fumagalli');
    expect(page).not.toContain('Via Ventura 15');
  });

  it('reads "<shop> · <country>" as the account only in the banner (it)', async () => {
    const page = await bodyOf(
      URL_IT,
      'it',
      `<ul><li>Ottavia Sangalli · Italia</li></ul>
       <address>Ottavia Sangalli<br>Via Padova 88<br>20132 Milano MI</address>`,
    );
    expect(page).not.toContain('Sangalli');
  });
});
