// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../../core/model/order';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { planReturnFill, type ReturnChoices } from '../../../core/return-form/plan';
import { readReturnForm } from '../../../core/return-form/read-form';

// A row's unnamed checkbox that selects its item, a quantity disabled until it is ticked, and
// disabled controls that are nobody's to fill (core/return-form/row-selection.ts).

beforeEach(() => {
  document.body.innerHTML = '';
});

async function prefill(items: Item[], choices: ReturnChoices) {
  const plan = planReturnFill(
    { items, fulfillmentOrderStatus: 'Complete' },
    choices,
    readReturnForm(document),
  );
  return { plan, outcomes: await fillReturnForm(document, plan.operations) };
}

const box = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;

const row = (sku: string, n: number, tie: string) => `<tr>
  <td><input type="checkbox" id="sel-${n}" ${tie} aria-labelledby="t-${n}"></td>
  <td><span id="t-${n}">Perceuse ${n}</span> SKU : ${sku}</td>
  <td><input type="number" id="q-${n}" min="1" max="3" value="1" disabled></td></tr>`;
const table = (rows: string) => `<table>
  <thead><tr><th><input type="checkbox" id="all" aria-label="Tout sélectionner"></th><th>Article</th><th>Retour</th></tr></thead>
  <tbody>${rows}</tbody></table>`;
const items = [
  { sellerSku: 'PERC-18V', quantity: 3 },
  { sellerSku: 'FORET-X10', quantity: 3 },
];

describe('a row checkbox that selects its item', () => {
  it('ticks it when it controls the row’s disabled quantity, and fills the quantity the page never enabled', async () => {
    document.body.innerHTML = table(
      row('PERC-18V', 1, 'aria-controls="q-1"') + row('FORET-X10', 2, 'aria-controls="q-2"'),
    );
    const { plan, outcomes } = await prefill(items, {
      quantities: { 'PERC-18V': 2, 'FORET-X10': 0 },
      reason: '',
      comment: '',
    });
    expect(plan.problems).toEqual([]);
    expect(outcomes.every((o) => o.status === 'filled')).toBe(true);
    expect([box('sel-1').checked, box('q-1').value, box('q-1').disabled]).toEqual([true, '2', false]);
    // The row that stays: unticked, its greyed box as the page set it; "select all" untouched.
    expect([box('sel-2').checked, box('q-2').value, box('q-2').disabled]).toEqual([false, '1', true]);
    expect(box('all').checked).toBe(false);
  });

  it('ticks it when the value it sends is its row’s SKU, even for a quantity already right', async () => {
    document.body.innerHTML = table(
      row('PERC-18V', 1, 'value="PERC-18V"') + row('FORET-X10', 2, 'value="FORET-X10"'),
    );
    await prefill(items, { quantities: { 'PERC-18V': 1, 'FORET-X10': 0 }, reason: '', comment: '' });
    expect([box('sel-1').checked, box('q-1').value]).toEqual([true, '1']);
    expect(box('sel-2').checked).toBe(false);
  });

  it('leaves the enabling to a page that answers the tick', async () => {
    document.body.innerHTML = table(
      row('PERC-18V', 1, 'aria-controls="q-1"') + row('FORET-X10', 2, 'aria-controls="q-2"'),
    );
    let enabledByPage = false;
    box('sel-1').addEventListener('change', () => {
      box('q-1').disabled = false;
      enabledByPage = true;
    });
    await prefill(items, { quantities: { 'PERC-18V': 3, 'FORET-X10': 0 }, reason: '', comment: '' });
    expect([enabledByPage, box('q-1').value]).toEqual([true, '3']);
  });

  it('never ticks a row’s other checkbox (a gift note, a value saying nothing of the item)', async () => {
    document.body.innerHTML = table(
      row('PERC-18V', 1, 'value="on"').replace('disabled', '') +
        row('FORET-X10', 2, 'value="gift"').replace('disabled', ''),
    );
    const form = readReturnForm(document);
    expect(form.fields.map((f) => f.role)).toEqual(['quantity', 'quantity']);
  });
});

describe('disabled controls', () => {
  it('leaves out an earlier return’s greyed reason rather than refusing the form', async () => {
    document.body.innerHTML = `<section><h3>Retours précédents</h3>
        <label for="old-r">Motif du retour</label>
        <select id="old-r" disabled><option value="">—</option><option value="CR-DEFECTIVE" selected>Article défectueux</option></select></section>
      <div><span>PERC-18V</span><label for="q">Retour</label><select id="q"><option>0</option><option>1</option></select></div>
      <label for="r">Motif du retour</label>
      <select id="r"><option value="">—</option><option value="CR-DEFECTIVE">Article défectueux</option></select>`;
    const { plan } = await prefill([{ sellerSku: 'PERC-18V', quantity: 1 }], {
      quantities: { 'PERC-18V': 1 },
      reason: 'CR-DEFECTIVE',
      comment: '',
    });
    expect(plan.refusal).toBeUndefined();
    expect((document.querySelector('#r') as HTMLSelectElement).value).toBe('CR-DEFECTIVE');
    expect((document.querySelector('#old-r') as HTMLSelectElement).value).toBe('CR-DEFECTIVE');
  });

  it('reports a returned item whose only quantity box is disabled with no box to tick', async () => {
    document.body.innerHTML = table(
      row('PERC-18V', 1, '').replace(/<input type="checkbox"[^>]*>/, '') +
        row('FORET-X10', 2, '')
          .replace(/<input type="checkbox"[^>]*>/, '')
          .replace('disabled', ''),
    );
    const { plan } = await prefill(items, {
      quantities: { 'PERC-18V': 1, 'FORET-X10': 1 },
      reason: '',
      comment: '',
    });
    expect(plan.problems.map((p) => [p.sku, p.code])).toEqual([['PERC-18V', 'item-not-on-form']]);
    expect([box('q-1').value, box('q-1').disabled, box('q-2').value]).toEqual(['1', true, '1']);
  });

  it('fills a radio group whose first radio is disabled', async () => {
    document.body.innerHTML = `<div><span>PERC-18V</span><label for="q">Retour</label><select id="q"><option>0</option><option>1</option></select></div>
      <fieldset><legend>Motif du retour</legend>
        <label><input type="radio" name="m" value="d" disabled> Article défectueux</label>
        <label><input type="radio" name="m" value="i"> Incompatible avec l'appareil</label></fieldset>`;
    const { outcomes } = await prefill([{ sellerSku: 'PERC-18V', quantity: 1 }], {
      quantities: { 'PERC-18V': 1 },
      reason: 'CR-NOT_COMPATIBLE',
      comment: '',
    });
    expect(outcomes.find((o) => o.role === 'reason')?.status).toBe('filled');
    expect(document.querySelector<HTMLInputElement>('input[name=m]:checked')?.value).toBe('i');
  });
});
