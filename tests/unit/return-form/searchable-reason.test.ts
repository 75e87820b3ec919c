// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../../core/model/order';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { planReturnFill, type ReturnChoices } from '../../../core/return-form/plan';
import { readReturnForm } from '../../../core/return-form/read-form';
import { verifyFill } from '../../../core/return-form/verify';

// A reason picked in a searchable list (a text box with role=combobox over a listbox it
// controls): the box shows the option's label, the hidden input carries its code. Blind b7-fr
// had the code written in the box.

beforeEach(() => {
  document.body.innerHTML = '';
});

const items: Item[] = [
  { sellerSku: 'WASSERKOCHER-17L', quantity: 1 } as Item,
  { sellerSku: 'ENTKALKER-500', quantity: 2 } as Item,
];

async function prefill(choices: ReturnChoices) {
  const plan = planReturnFill(
    { items, fulfillmentOrderStatus: 'Complete' },
    choices,
    readReturnForm(document),
  );
  return { plan, outcomes: await fillReturnForm(document, plan.operations) };
}

const card = (sku: string, id: string) =>
  `<section><p>Artikel ${sku}</p><label>Rücksendemenge <input type="number" id="${id}" min="0" value="0"></label></section>`;

const page = `
  <header><input id="suche" role="combobox" aria-label="Suche" aria-owns="vorschlaege" value="">
    <div role="listbox" id="vorschlaege" hidden><div role="option">Rücksendegrund</div><div role="option">Defekt</div></div></header>
  <form>${card('WASSERKOCHER-17L', 'q1')}${card('ENTKALKER-500', 'q2')}
    <div><span id="grund-titel">Rücksendegrund</span>
      <input type="hidden" name="grundCode" id="grund-code" value="">
      <input id="grund" role="combobox" aria-labelledby="grund-titel" aria-owns="grund-liste" value="" placeholder="Grund suchen">
      <div role="listbox" id="grund-liste" hidden>
        <div role="option" data-value="CR-UNWANTED_ITEM">Nicht mehr benötigt</div>
        <div role="option" data-value="CR-DEFECTIVE">Artikel defekt oder funktioniert nicht</div>
      </div></div>
    <button type="submit">Absenden</button></form>`;

describe('a reason in a searchable list', () => {
  it('shows the option’s label in the box and puts its code in the hidden input, the list left closed', async () => {
    document.body.innerHTML = page;
    const { plan, outcomes } = await prefill({
      quantities: { 'WASSERKOCHER-17L': 1, 'ENTKALKER-500': 0 },
      reason: 'CR-DEFECTIVE',
      comment: '',
    });
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    expect(value('grund')).toBe('Artikel defekt oder funktioniert nicht');
    expect(value('grund-code')).toBe('CR-DEFECTIVE');
    expect(document.getElementById('grund-liste')?.hasAttribute('hidden')).toBe(true);
    expect(value('suche')).toBe('');
    expect(outcomes.find((o) => o.role === 'reason')?.status).toBe('filled');
    expect(verifyFill(document, plan, outcomes).find((o) => o.role === 'reason')?.status).toBe('filled');
  });

  it('never writes a reason the list does not offer, and says so', async () => {
    document.body.innerHTML = page;
    const { plan } = await prefill({
      quantities: { 'WASSERKOCHER-17L': 1, 'ENTKALKER-500': 0 },
      reason: 'CR-MISSING_PARTS',
      comment: '',
    });
    expect(plan.problems.map((p) => [p.role, p.code])).toEqual([['reason', 'unknown-reason']]);
    expect((document.getElementById('grund') as HTMLInputElement).value).toBe('');
  });
});

describe('a reason box offering no choices', () => {
  it('is left to the seller, never given our code as text', async () => {
    document.body.innerHTML = `<form>${card('WASSERKOCHER-17L', 'q1')}${card('ENTKALKER-500', 'q2')}
      <label for="why">Return reason</label><input id="why" type="text"></form>`;
    const { plan } = await prefill({
      quantities: { 'WASSERKOCHER-17L': 1, 'ENTKALKER-500': 0 },
      reason: 'CR-DEFECTIVE',
      comment: '',
    });
    expect((document.getElementById('why') as HTMLInputElement).value).toBe('');
    expect(plan.problems.map((p) => [p.role, p.code])).toEqual([['reason', 'unknown-reason']]);
  });
});
