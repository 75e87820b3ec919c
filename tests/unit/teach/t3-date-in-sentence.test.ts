import { describe, expect, it } from 'vitest';
import { arrivalOf, orderPage, readWith, shippingDateOf, teach, urlOf } from './teach-pair';

// Blind pair t3-fr-sortie-entrepot-puces: a label and its date in one sentence ("Sortie d’entrepôt
// le 14/11/2024 à 06:18") was refused as no date, and nothing was learned. The date that ends a
// sentence is the value, the words before it the label; the next order's sentence starting with
// those words is read, wherever it moved. Here in Italian, lines of a summary box.

const HOST = 'sellercentral.amazon.it';
const A = '402-1234567-1234567';
const B = '402-7654321-7654321';

const summary = (lines: string[]) => `
  <div class="a-box"><h2>Spedizione</h2>
    <dl><dt>Corriere</dt><dd>BRT</dd><dt>Stato</dt><dd>Spedito</dd></dl>
    <div class="righe">${lines.map((line) => `<p class="riga">${line}</p>`).join('')}</div>
  </div>`;

const pageA = orderPage(
  'it',
  A,
  summary([
    'Creato il 12 nov 2024',
    'Affidato al vettore il 14 nov 2024 alle 06:18',
    'Arrivo dal cliente entro il 19 nov 2024',
  ]),
);

describe('teach: a date inside a sentence of its own', () => {
  it('reads the date that ends the picked sentence, and learns the words before it', async () => {
    const shipped = await teach(pageA, urlOf(HOST, A), '.riga:nth-child(2)', 'shippingDate');
    expect(shipped.picked).toMatchObject({ ok: true, value: '2024-11-14' });
    expect(shipped.rule).toMatchObject({ label: 'affidato al vettore' });
    const arrival = await teach(pageA, urlOf(HOST, A), '.riga:nth-child(3)', 'estimatedArrivalDate');
    expect(arrival.picked).toMatchObject({ ok: true, value: '2024-11-19' });
    expect(arrival.rule).toMatchObject({ label: 'arrivo dal cliente entro' });

    // Page b: a new line takes the ship date's old place, the ship date the arrival's.
    const pageB = orderPage(
      'it',
      B,
      summary([
        'Creato il 24 nov 2024',
        'Modificato il 26 nov 2024 alle 14:55',
        'Affidato al vettore il 27 nov 2024 alle 07:52',
        'Arrivo dal cliente entro il 2 dic 2024',
      ]),
    );
    const rules = [shipped.rule, arrival.rule].filter((r) => r !== null);
    const order = await readWith(pageB, urlOf(HOST, B), rules);
    expect(shippingDateOf(order)).toBe('2024-11-27');
    expect(arrivalOf(order)).toBe('2024-12-02');
  });

  it('reads nothing when the sentence has no date on the next page', async () => {
    const { rule } = await teach(pageA, urlOf(HOST, A), '.riga:nth-child(2)', 'shippingDate');
    if (!rule) throw new Error('no rule');
    const pageB = orderPage('it', B, summary(['Creato il 24 nov 2024', 'Affidato al vettore: in attesa']));
    expect(shippingDateOf(await readWith(pageB, urlOf(HOST, B), [rule]))).toBeUndefined();
  });

  it('still refuses a sentence whose words before the date hold a number', async () => {
    const page = orderPage('it', A, summary(['Pacco 2 affidato il 14 nov 2024']));
    const { picked } = await teach(page, urlOf(HOST, A), '.riga', 'shippingDate');
    expect(picked).toMatchObject({ ok: false, reason: 'not-a-date' });
  });
});
