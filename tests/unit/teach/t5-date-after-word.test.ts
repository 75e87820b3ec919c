import { describe, expect, it } from 'vitest';
import { arrivalOf, orderPage, readWith, teach, urlOf } from './teach-pair';

// Blind pair t5-it-campi-sola-lettura: the arrival date was printed after a word of its own
// ("entro mercoledì 27 novembre, ore 20:00"); the pick read the date after the word, but the taught
// label's value was read whole, which is no date: no rule was learned. A taught date label reads
// the date after one or two words too, unless they deny it. Here in English, a dl.

const HOST = 'sellercentral.amazon.co.uk';
const A = '203-1234567-1234567';
const B = '203-7654321-7654321';

const box = (arrival: string) => `
  <section class="a-box"><h2>Delivery</h2>
    <dl><dt>Courier</dt><dd>Evri</dd>
      <dt>Reaches the shopper</dt><dd class="eta">${arrival}</dd></dl>
  </section>`;

describe('teach: a date after a word of its own', () => {
  it('learns the label and reads the next order’s date after its word', async () => {
    const pageA = orderPage('en', A, box('by Wednesday 27 November'));
    const { picked, rule } = await teach(pageA, urlOf(HOST, A), '.eta', 'estimatedArrivalDate');
    expect(picked).toMatchObject({ ok: true, value: '2024-11-27' });
    expect(rule).toMatchObject({ label: 'reaches the shopper' });
    if (!rule) throw new Error('no rule');

    expect(
      arrivalOf(await readWith(orderPage('en', B, box('by Tuesday 10 December')), urlOf(HOST, B), [rule])),
    ).toBe('2024-12-10');
    // A day the words deny is no arrival date.
    expect(
      arrivalOf(await readWith(orderPage('en', B, box('not before 10 December')), urlOf(HOST, B), [rule])),
    ).toBeUndefined();
  });
});
