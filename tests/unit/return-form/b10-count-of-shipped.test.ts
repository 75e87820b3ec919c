// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { planReturnFill } from '../../../core/return-form/plan';
import { quantityOfOption } from '../../../core/return-form/quantity-options';
import { readReturnForm } from '../../../core/return-form/read-form';

// A quantity choice worded "1 de 3" ("n of N"): the count returned is the first number, the
// second is what shipped (core/return-form/quantity-options.ts). Blind b10-de had selects of
// "1 von 3" behind opaque values; here Spanish radios, values opaque too.

beforeEach(() => {
  document.body.innerHTML = '';
});

const group = (sku: string, name: string, shipped: number) => `<div>
  <p>SKU: ${sku}</p>
  <fieldset><legend>Devolver</legend>
    ${Array.from({ length: shipped + 1 }, (_, n) => `<label><input type="radio" name="${name}" value="v${(n * 7 + 3) % 10}${name}"${n === 0 ? ' checked' : ''}> ${n} de ${shipped}</label>`).join('')}
  </fieldset></div>`;

describe('quantities worded "n of N"', () => {
  it.each([
    ['1 von 3', 1],
    ['2 of 2', 2],
    ['0 de 1', 0],
    ['1 sur 4', 1],
    ['3 di 3', 3],
    ['2 / 5', 2],
    ['4 de 3', null],
    ['1 de cada 3', null],
  ])('"%s" stands for %s units', (label, n) => {
    expect(quantityOfOption({ value: 'x', label })).toBe(n);
  });

  it('checks "1 de 3", not "3 de 3" nor a value holding a 1', async () => {
    document.body.innerHTML = `${group('TAZA-CERAMICA', 't', 3)}${group('PLATO-HONDO', 'p', 2)}
      <label>Comentarios <textarea id="c"></textarea></label>`;
    const items = [
      { sellerSku: 'TAZA-CERAMICA', quantity: 3 },
      { sellerSku: 'PLATO-HONDO', quantity: 2 },
    ];
    const plan = planReturnFill(
      { items, fulfillmentOrderStatus: 'Complete' },
      { quantities: { 'TAZA-CERAMICA': 1, 'PLATO-HONDO': 0 }, reason: '', comment: '' },
      readReturnForm(document),
    );
    expect(plan.problems).toEqual([]);
    await fillReturnForm(document, plan.operations);
    const checked = (name: string) =>
      document
        .querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)
        ?.parentElement?.textContent?.trim();
    expect(checked('t')).toBe('1 de 3');
    expect(checked('p')).toBe('0 de 2');
  });
});
