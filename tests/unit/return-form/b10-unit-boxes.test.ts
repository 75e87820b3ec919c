// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { mergeOutcomes, planReturnFill } from '../../../core/return-form/plan';
import { readReturnForm } from '../../../core/return-form/read-form';

// A quantity asked as one checkbox per unit shipped ("Stück 1 von 2", "Stück 2 von 2"): the
// group is one quantity, n units are its first n boxes ticked, the others unticked
// (core/return-form/unit-boxes.ts). Blind b10-en-us had fieldsets of `label for` boxes in a
// table; here German cards, a `role="group"` named by aria-label, labels wrapping their boxes.

beforeEach(() => {
  document.body.innerHTML = '';
});

const card = (
  sku: string,
  id: string,
  shipped: number,
  order?: number[],
) => `<div class="card"><p>SKU: ${sku}</p>
  <div role="group" aria-label="Rücksendemenge">${(order ?? Array.from({ length: shipped }, (_, i) => i + 1))
    .map(
      (k) => `<label><input type="checkbox" id="${id}-${k}" value="${k}"> Stück ${k} von ${shipped}</label>`,
    )
    .join('')}</div></div>`;

const items = [
  { sellerSku: 'BECHER-2ER', quantity: 3 },
  { sellerSku: 'DECKEL-1', quantity: 1 },
];
const fill = async () => {
  const plan = planReturnFill(
    { items, fulfillmentOrderStatus: 'Complete' },
    { quantities: { 'BECHER-2ER': 2, 'DECKEL-1': 0 }, reason: '', comment: '' },
    readReturnForm(document),
  );
  return mergeOutcomes(plan, await fillReturnForm(document, plan.operations));
};
const ticked = () =>
  Array.from(document.querySelectorAll<HTMLInputElement>('input:checked')).map((box) => box.id);

describe('one checkbox per unit', () => {
  it('ticks the first n boxes of the item and leaves the rest unticked', async () => {
    document.body.innerHTML = `<form>${card('BECHER-2ER', 'b', 3)}${card('DECKEL-1', 'd', 1)}
      <label><input type="checkbox" id="mail"> Stück 1 von 1 per E-Mail senden</label></form>`;
    const outcomes = await fill();
    expect(outcomes.filter((o) => o.status === 'not-filled')).toEqual([]);
    expect(ticked()).toEqual(['b-1', 'b-2']);
  });

  it('ticks nothing where the boxes do not count the units in order', async () => {
    document.body.innerHTML = `<form>${card('BECHER-2ER', 'b', 3, [2, 1, 3])}${card('DECKEL-1', 'd', 1)}</form>`;
    await fill();
    expect(ticked()).toEqual([]);
  });
});
