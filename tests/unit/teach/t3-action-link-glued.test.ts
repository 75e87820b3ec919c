import { describe, expect, it } from 'vitest';
import { orderPage, packagesOf, readWith, teach, urlOf } from './teach-pair';

// Blind pair t3-fr-retrait-relais-grille: the taught tracking column's cell held the number and a
// link "Suivre sur Swiship"; the cell was read whole, glued into one "number" (6A…SuivresurSwiship),
// a package of its own that took the first parcel's status. A link of words without a digit after
// a number is an action on it, not part of it. Here in German, a description list per parcel.

const HOST = 'sellercentral.amazon.de';
const A = '302-1234567-1234567';
const B = '302-7654321-7654321';

const parcel = (n: number, number: string) => `
  <section class="paket"><h3>Paket ${n}</h3>
    <dl><dt>Versanddienstleister</dt><dd>DHL</dd>
    <dt>Zustellerreferenz</dt><dd><span class="nr">${number}</span> <a href="https://www.dhl.de/de/privatkunden.html">Sendung verfolgen</a></dd></dl>
  </section>`;

describe('teach: a number with an action link beside it', () => {
  it('reads the number alone, for each parcel', async () => {
    const pageA = orderPage('de', A, `<p>Status: Versendet</p>${parcel(1, '00340434161094015834')}`);
    const { picked, rule } = await teach(pageA, urlOf(HOST, A), '.nr', 'trackingNumber');
    expect(picked).toMatchObject({ ok: true, value: '00340434161094015834' });
    expect(rule).toMatchObject({ label: 'zustellerreferenz' });
    if (!rule) throw new Error('no rule');
    const pageB = orderPage(
      'de',
      B,
      `<p>Status: Versendet</p>${parcel(1, '00340434161094042557')}${parcel(2, '00340434161094042564')}`,
    );
    const order = await readWith(pageB, urlOf(HOST, B), [rule]);
    expect(packagesOf(order).map((p) => p.trackingNumber)).toEqual([
      '00340434161094042557',
      '00340434161094042564',
    ]);
  });
});
