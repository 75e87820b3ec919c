// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { planReturnFill } from '../../../core/return-form/plan';
import { quantityOfOption } from '../../../core/return-form/quantity-options';
import { readReturnForm } from '../../../core/return-form/read-form';

// A quantity offered as words at its ends: "None" for 0, "All (N)" for every unit shipped, with
// no radio of its own for N (core/return-form/quantity-options.ts).

beforeEach(() => {
  document.body.innerHTML = '';
});

const group = (sku: string, name: string, choices: [string, string][]) => `<div>
  <p>${sku}</p>
  <fieldset><legend>Retour</legend>
    ${choices.map(([value, label]) => `<label><input type="radio" name="${name}" value="${value}"${value === '0' ? ' checked' : ''}> ${label}</label>`).join('')}
  </fieldset></div>`;

describe('quantities worded at their ends', () => {
  it.each([
    ['None', 0],
    ['Aucun', 0],
    ['All (3)', 3],
    ['Tutti (2)', 2],
    ['Alle 4', 4],
    ['2', 2],
    ['2 unités', 2],
    ['3 Stück', 3],
    ['1 unidad', 1],
    ['2 pezzi', 2],
    ['4 units', 4],
    ['All', null],
    ['Charge a restocking fee', null],
  ])('"%s" stands for %s units', (label, n) => {
    expect(quantityOfOption({ value: 'x', label })).toBe(n);
  });

  it('checks "All (N)" to return every unit and a number below it, leaves "None" alone', async () => {
    document.body.innerHTML = [
      group('GOURDE-1L', 'g', [
        ['0', 'Aucun'],
        ['1', '1'],
        ['all', 'Tous (2)'],
      ]),
      group('BOUCHON-X2', 'b', [
        ['0', 'Aucun'],
        ['1', '1'],
        ['all', 'Tous (2)'],
      ]),
      group('BROSSE', 'r', [
        ['0', 'Aucun'],
        ['all', 'Tous (1)'],
      ]),
    ].join('');
    const items = [
      { sellerSku: 'GOURDE-1L', quantity: 2 },
      { sellerSku: 'BOUCHON-X2', quantity: 2 },
      { sellerSku: 'BROSSE', quantity: 1 },
    ];
    const plan = planReturnFill(
      { items, fulfillmentOrderStatus: 'Complete' },
      { quantities: { 'GOURDE-1L': 2, 'BOUCHON-X2': 1, BROSSE: 0 }, reason: '', comment: '' },
      readReturnForm(document),
    );
    expect(plan.problems).toEqual([]);
    await fillReturnForm(document, plan.operations);
    const checked = (name: string) =>
      document.querySelector<HTMLInputElement>(`input[name=${name}]:checked`)?.value;
    expect([checked('g'), checked('b'), checked('r')]).toEqual(['all', '1', '0']);
  });

  it('takes the number a unit-worded label says, never a value that counts otherwise', async () => {
    // Italian radios behind opaque values, and a German list counting from 0 behind its labels.
    document.body.innerHTML = `${group('CANDELA-SOIA', 'c', [
      ['n', 'Nessuno'],
      ['p1', '1 pezzo'],
      ['p2', '2 pezzi'],
    ])}
      <div><p>TEELICHT-12</p><label for="t">Rücksendung</label>
        <select id="t"><option value="" selected>–</option><option value="0">1 Stück</option>
          <option value="1">2 Stück</option><option value="2">3 Stück</option></select></div>`;
    const items = [
      { sellerSku: 'CANDELA-SOIA', quantity: 2 },
      { sellerSku: 'TEELICHT-12', quantity: 3 },
    ];
    const plan = planReturnFill(
      { items, fulfillmentOrderStatus: 'Complete' },
      { quantities: { 'CANDELA-SOIA': 2, 'TEELICHT-12': 2 }, reason: '', comment: '' },
      readReturnForm(document),
    );
    expect(plan.problems).toEqual([]);
    await fillReturnForm(document, plan.operations);
    const checked = document.querySelector<HTMLInputElement>('input[name=c]:checked')?.value;
    expect([checked, document.querySelector<HTMLSelectElement>('#t')?.value]).toEqual(['p2', '1']);
  });

  it('never reads a yes/no group named "Retour" as a quantity', () => {
    document.body.innerHTML = group('GOURDE-1L', 'g', [
      ['0', 'Aucun'],
      ['1', 'Oui, facturer des frais de restockage'],
    ]);
    expect(readReturnForm(document).fields.filter((f) => f.role === 'quantity')).toEqual([]);
  });
});

describe('a row tied to its item by its control’s id', () => {
  it('reads "Qté" as the quantity and the SKU in the select’s id or name, the longer SKU where one begins another', async () => {
    const card = (key: string, attr: 'id' | 'name') => `<div class="card"><p>Mug en grès</p>
      <label for="${attr === 'id' ? key : `x-${key}`}">Qté</label>
      <select ${attr === 'id' ? `id="${key}"` : `id="x-${key}" name="${key}"`}><option>0</option><option>1</option><option>2</option></select></div>`;
    document.body.innerHTML = card('qte-MUG-35CL-X2', 'id') + card('retour[MUG-35CL]', 'name');
    const items = [
      { sellerSku: 'MUG-35CL', quantity: 2 },
      { sellerSku: 'MUG-35CL-X2', quantity: 1 },
    ];
    const plan = planReturnFill(
      { items, fulfillmentOrderStatus: 'Complete' },
      { quantities: { 'MUG-35CL': 2, 'MUG-35CL-X2': 0 }, reason: '', comment: '' },
      readReturnForm(document),
    );
    expect(plan.refusal).toBeUndefined();
    await fillReturnForm(document, plan.operations);
    const selects = Array.from(document.querySelectorAll('select')).map((s) => s.value);
    expect(selects).toEqual(['0', '2']);
  });

  it('never takes a read-only "Qté" box for the quantity to return', () => {
    document.body.innerHTML = `<div><p>MUG-35CL</p><label for="q">Qté</label><input id="q" value="2" readonly></div>`;
    expect(readReturnForm(document).fields).toEqual([]);
  });
});
