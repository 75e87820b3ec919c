import { describe, expect, it } from 'vitest';
import { arrivalOf, orderPage, readWith, teach, urlOf } from './teach-pair';

// Blind pair t3-en-us-revised-eta-struck: a big date whose label is a caption printed under it
// ("Carrier’s arrival estimate"); only labels before a value were looked for, so a path was
// learned, and a notice added above the card on the next order broke it. The caption is the
// value's label, as the reader pairs them (a value above its label). Here in German, a stat card.

const HOST = 'sellercentral.amazon.de';
const A = '302-1234567-1234567';
const B = '302-7654321-7654321';

const card = (notice: string, date: string) => `
  ${notice}
  <div class="karte"><div class="gross">${date}</div><div class="unterzeile">Ankunft laut Zusteller</div></div>
  <dl><dt>Versanddienstleister</dt><dd>DPD</dd><dt>Status</dt><dd>Versendet</dd></dl>`;

describe('teach: a caption under its value', () => {
  it('learns the caption, and reads the value above it on the next order', async () => {
    const pageA = orderPage('de', A, card('', 'Fr., 22.11.2024'));
    const { rule } = await teach(pageA, urlOf(HOST, A), '.gross', 'estimatedArrivalDate');
    expect(rule).toMatchObject({ label: 'ankunft laut zusteller' });
    if (!rule) throw new Error('no rule');
    const notice =
      '<div class="hinweis" role="status">Der Zusteller meldet eine Verzögerung seit 05.12.2024.</div>';
    const pageB = orderPage('de', B, card(notice, 'Mo., 09.12.2024'));
    expect(arrivalOf(await readWith(pageB, urlOf(HOST, B), [rule]))).toBe('2024-12-09');
  });

  it('takes no control, nor a remark with a number, for a caption', async () => {
    const copy = orderPage(
      'de',
      A,
      '<div class="karte"><div><span class="nr">00340434161094015834</span><button>Kopieren</button></div></div>',
    );
    expect((await teach(copy, urlOf(HOST, A), '.nr', 'trackingNumber')).rule).not.toMatchObject({
      label: 'kopieren',
    });
    const remark = orderPage(
      'de',
      A,
      '<div class="karte"><span class="gross">22.11.2024</span><span>aktualisiert am 16.11.</span></div>',
    );
    expect((await teach(remark, urlOf(HOST, A), '.gross', 'estimatedArrivalDate')).rule).not.toHaveProperty(
      'label',
    );
  });
});
