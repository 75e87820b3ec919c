import { describe, expect, it } from 'vitest';
import { orderPage, readWith, shippingDateOf, teach, urlOf } from './teach-pair';

// Blind pair t3-en-gb-handed-over-shortened: the label taught ("Handed over to carrier (FC local
// time)") was shortened on the next order ("Handed over"), and nothing was read. A taught label
// found nowhere is looked for by its first words (two or more, half of it or more), when one text
// alone starts it so. Here in Italian, rows of label and value, with a decoy row at the old place.

const HOST = 'sellercentral.amazon.it';
const A = '403-1234567-1234567';
const B = '403-7654321-7654321';

const rows = (pairs: [string, string][]) => `
  <section class="a-box"><h2>Spedizione</h2>
    ${pairs.map(([label, value]) => `<div class="riga"><span class="chiave">${label}</span><span class="valore">${value}</span></div>`).join('')}
    <dl><dt>Corriere</dt><dd>BRT</dd><dt>Stato</dt><dd>Spedito</dd></dl>
  </section>`;

const pageA = orderPage(
  'it',
  A,
  rows([
    ['Centro logistico', 'FCO1'],
    ['Affidato al vettore dal magazzino', '19/11/2024'],
  ]),
);

describe('teach: a taught label shortened on the next page', () => {
  it('reads the value beside the one text that starts the taught label', async () => {
    const { rule } = await teach(pageA, urlOf(HOST, A), '.riga:nth-of-type(2) .valore', 'shippingDate');
    expect(rule).toMatchObject({ label: 'affidato al vettore dal magazzino' });
    if (!rule) throw new Error('no rule');
    const pageB = orderPage(
      'it',
      B,
      rows([
        ['Centro logistico', 'MXP5'],
        ['Da spedire entro', '25/11/2024'],
        ['Affidato al vettore', '27/11/2024'],
      ]),
    );
    expect(shippingDateOf(await readWith(pageB, urlOf(HOST, B), [rule]))).toBe('2024-11-27');
  });

  it('reads nothing when two texts start the taught label, or too few of its words are left', async () => {
    const { rule } = await teach(pageA, urlOf(HOST, A), '.riga:nth-of-type(2) .valore', 'shippingDate');
    if (!rule) throw new Error('no rule');
    const twice = orderPage(
      'it',
      B,
      rows([
        ['Affidato al vettore', '25/11/2024'],
        ['Affidato al vettore', '27/11/2024'],
      ]),
    );
    expect(shippingDateOf(await readWith(twice, urlOf(HOST, B), [rule]))).toBeUndefined();
    const oneWord = orderPage('it', B, rows([['Affidato', '27/11/2024']]));
    expect(shippingDateOf(await readWith(oneWord, urlOf(HOST, B), [rule]))).toBeUndefined();
  });
});
