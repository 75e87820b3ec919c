import { describe, expect, it } from 'vitest';
import { arrivalOf, orderPage, readWith, teach, urlOf } from './teach-pair';

// Blind pair t4-fr-icones-sans-libelle: each fact's label was an icon only, its words in its
// aria-label/title; no label was found and no rule learned (list items give no path). An element
// that shows no text names the value after it by its aria-label or title, in teach mode and in
// the taught reading. Here in English, <i> icons with a title only, in table cells, and on the
// next order a decoy with another title at the old place.

const HOST = 'sellercentral.amazon.co.uk';
const A = '202-1234567-1234567';
const B = '202-7654321-7654321';

const facts = (rows: [string, string][]) => `
  <section class="a-box"><h2>Parcel</h2><table class="facts"><tbody>
    ${rows.map(([title, value]) => `<tr><td><i class="ic" title="${title}"></i></td><td class="v">${value}</td></tr>`).join('')}
  </tbody></table></section>`;

describe('teach: a label drawn as an icon', () => {
  it("learns the icon's title and reads the value beside it, not the decoy at its old place", async () => {
    const pageA = orderPage(
      'en',
      A,
      facts([
        ['Contents', '2 items'],
        ['With the shopper around', '15 Nov 2024'],
      ]),
    );
    const { rule } = await teach(pageA, urlOf(HOST, A), 'tr:nth-child(2) .v', 'estimatedArrivalDate');
    expect(rule).toMatchObject({ label: 'with the shopper around' });
    if (!rule) throw new Error('no rule');

    const pageB = orderPage(
      'en',
      B,
      facts([
        ['Contents', '1 item'],
        ['Placed on', '2 Dec 2024'],
        ['With the shopper around', '7 Dec 2024'],
      ]),
    );
    expect(arrivalOf(await readWith(pageB, urlOf(HOST, B), [rule]))).toBe('2024-12-07');
  });
});
