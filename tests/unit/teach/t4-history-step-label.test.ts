import { describe, expect, it } from 'vitest';
import { orderPage, readWith, shippingDateOf, teach, urlOf } from './teach-pair';

// Blind pair t4-fr-evenements-ordre-inverse: the seller picked the date of one event in a carrier's
// history table; the column header over every event's date ("Date et heure") was learned, and the
// next order, sorted the other way, gave its first event's date. A place that reads several dates
// of the field on the page names none of them; the step printed after the date in the picked row
// names it ("Pris en charge par le transporteur"). Here in German, an ARIA grid newest first,
// then oldest first with one event more.

const HOST = 'sellercentral.amazon.de';
const A = '302-1234567-1234567';
const B = '302-7654321-7654321';

const grid = (events: [string, string][]) => `
  <section class="a-box"><h2>Sendungsverlauf</h2>
    <div role="grid" class="verlauf">
      <div role="row"><span role="columnheader">Zeitpunkt (MEZ)</span><span role="columnheader">Ereignis</span></div>
      ${events
        .map(
          ([when, what]) =>
            `<div role="row"><span role="gridcell" class="wann">${when}</span><span role="gridcell">${what}</span></div>`,
        )
        .join('')}
    </div>
    <dl><dt>Versanddienstleister</dt><dd>DPD</dd></dl>
  </section>`;

describe('teach: the date of one event of a history', () => {
  it('learns the event, not the column of every event, and reads it on a history sorted the other way', async () => {
    const pageA = orderPage(
      'de',
      A,
      grid([
        ['21.11.2024 10:02', 'Zugestellt an Nachbar'],
        ['21.11.2024 07:15', 'In Zustellung'],
        ['19.11.2024 18:40', 'Vom Zusteller übernommen'],
        ['19.11.2024 09:12', 'Paketdaten übermittelt'],
      ]),
    );
    const { picked, rule } = await teach(
      pageA,
      urlOf(HOST, A),
      '[role="row"]:nth-child(4) .wann',
      'shippingDate',
    );
    expect(picked).toMatchObject({ ok: true, value: '2024-11-19' });
    expect(rule).toMatchObject({ label: 'vom zusteller ubernommen' });
    if (!rule) throw new Error('no rule');

    const pageB = orderPage(
      'de',
      B,
      grid([
        ['02.12.2024 08:30', 'Paketdaten übermittelt'],
        ['03.12.2024 19:05', 'Vom Zusteller übernommen'],
        ['04.12.2024 06:50', 'Im Paketzentrum bearbeitet'],
        ['05.12.2024 07:15', 'In Zustellung'],
      ]),
    );
    expect(shippingDateOf(await readWith(pageB, urlOf(HOST, B), [rule]))).toBe('2024-12-03');
  });
});
