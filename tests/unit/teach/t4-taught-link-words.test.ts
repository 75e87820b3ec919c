import { describe, expect, it } from 'vitest';
import { orderPage, packagesOf, readWith, teach, urlOf } from './teach-pair';

// Blind pair t4-en-us-track-button-return: the tracking number was printed only inside a "Track
// package" button (a Swiship link); the next order showed a "Track return" link of the same markup
// above its packages, and its number was read as a package's. When the seller taught the words of
// some tracking links, the page's other tracking links are not the order's packages. Here in
// Italian, plain links in a list, the return's link below the parcels.

const HOST = 'sellercentral.amazon.it';
const A = '403-1234567-1234567';
const B = '403-7654321-7654321';

const link = (words: string, number: string) =>
  `<a class="traccia" href="https://www.swiship.it/track?id=${number}&amp;loc=it-IT">${words} <b class="num">${number}</b></a>`;

describe('teach: the words of a tracking link', () => {
  it('keeps the links with the taught words, not a return link of the same markup', async () => {
    const pageA = orderPage(
      'it',
      A,
      `<section class="a-box"><h2>Pacchi</h2><ul class="pacchi"><li>Pacco 1 ${link('Segui il pacco', '05912603314827')}</li></ul></section>`,
    );
    const { picked, rule } = await teach(pageA, urlOf(HOST, A), '.num', 'trackingNumber');
    expect(picked).toMatchObject({ ok: true, value: '05912603314827' });
    expect(rule).toMatchObject({ label: 'segui il pacco' });
    if (!rule) throw new Error('no rule');

    const pageB = orderPage(
      'it',
      B,
      `<section class="a-box"><h2>Pacchi</h2><ul class="pacchi">
        <li>Pacco 1 ${link('Segui il pacco', '05912603399001')}</li>
        <li>Pacco 2 ${link('Segui il pacco', 'TBA318402755091')}</li>
      </ul></section>
      <div class="a-alert"><p>Reso in corso: ${link('Segui il reso', '1ZA1R2590394551826')}</p></div>`,
    );
    const numbers = packagesOf(await readWith(pageB, urlOf(HOST, B), [rule])).map((p) => p.trackingNumber);
    expect(numbers).toEqual(['05912603399001', 'TBA318402755091']);
  });
});
