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
  it('ticks it when it controls the row’s disabled quantity, and reports the quantity the page never enabled', async () => {
    document.body.innerHTML = table(
      row('PERC-18V', 1, 'aria-controls="q-1"') + row('FORET-X10', 2, 'aria-controls="q-2"'),
    );
    const { plan, outcomes } = await prefill(items, {
      quantities: { 'PERC-18V': 2, 'FORET-X10': 0 },
      reason: '',
      comment: '',
    });
    expect(plan.problems).toEqual([]);
    // Never enabled by us: the page may keep it disabled on purpose, and said so.
    expect(outcomes.map((o) => [o.role, o.status, o.problem?.detail])).toEqual([
      ['include', 'filled', undefined],
      ['quantity', 'not-filled', 'disabled'],
    ]);
    expect([box('sel-1').checked, box('q-1').value, box('q-1').disabled]).toEqual([true, '1', true]);
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

describe('a row’s other checkboxes are never its selection', () => {
  const plain = (sku: string, n: number, extra: string) => `<tr><td>Drill ${n} SKU: ${sku}</td>
    <td><input type="number" id="q-${n}" min="0" max="3" value="0"></td><td>${extra}</td></tr>`;
  const grid = (
    rows: string,
  ) => `<table><thead><tr><th>Item</th><th>Quantity to return</th><th></th></tr></thead>
    <tbody>${rows}</tbody></table>`;
  const justOne = { quantities: { 'PERC-18V': 1, 'FORET-X10': 0 }, reason: '', comment: '' };

  it('not one whose value is only a word of its own label ("notify" in "Notify customer")', async () => {
    const notify = (n: number) =>
      `<label><input type="checkbox" id="n-${n}" name="notify-${n}" value="notify"> Notify customer</label>`;
    document.body.innerHTML = grid(plain('PERC-18V', 1, notify(1)) + plain('FORET-X10', 2, notify(2)));
    await prefill(items, justOne);
    expect([box('q-1').value, box('n-1').checked]).toEqual(['1', false]);
  });

  it('not one that controls another control of the row than its quantity (a restocking fee)', async () => {
    const fee = (
      n: number,
    ) => `<label><input type="checkbox" id="fee-${n}" aria-controls="amt-${n}"> Charge restocking fee</label>
      <input id="amt-${n}" aria-label="Fee amount" value="0.00">`;
    document.body.innerHTML = grid(plain('PERC-18V', 1, fee(1)) + plain('FORET-X10', 2, fee(2)));
    await prefill(items, justOne);
    expect([box('q-1').value, box('fee-1').checked, box('amt-1').value]).toEqual(['1', false, '0.00']);
  });

  it('not one that controls a button, in a single-item form whose "row" is the whole form', async () => {
    document.body.innerHTML = `<div id="app"><h2>Créer un retour client</h2>
      <div><span>PERC-18V</span><label for="q">Retour</label><select id="q"><option>0</option><option>1</option></select></div>
      <label for="r">Motif du retour</label>
      <select id="r"><option value="">—</option><option value="CR-DEFECTIVE">Article défectueux</option></select>
      <label><input type="checkbox" id="ok" aria-controls="send"> Je confirme avoir informé le client des frais de retour</label>
      <label><input type="checkbox" id="copy" value="PERC-18V"> Envoyer une copie</label>
      <button id="send" disabled>Envoyer</button></div>`;
    await prefill([{ sellerSku: 'PERC-18V', quantity: 1 }], {
      quantities: { 'PERC-18V': 1 },
      reason: 'CR-DEFECTIVE',
      comment: '',
    });
    expect((document.querySelector('#q') as HTMLSelectElement).value).toBe('1');
    expect([box('ok').checked, box('copy').checked]).toEqual([false, false]);
  });

  it('not a labelled box sending the SKU ("Envoyer un remplacement") beside a quantity disabled on purpose', async () => {
    document.body.innerHTML = `<table><thead><tr><th>Article</th><th>Quantité à retourner</th><th>Options</th></tr></thead><tbody>
      <tr><td>Perceuse SKU : PERC-18V</td><td><input type="number" id="q-1" min="0" max="3" value="0"></td><td></td></tr>
      <tr><td>Foret SKU : FORET-X10 <small>Non retournable</small></td>
        <td><input type="number" id="q-2" min="0" max="3" value="0" disabled></td>
        <td><label><input type="checkbox" id="rep-2" name="replacement[]" value="FORET-X10"> Envoyer un remplacement</label></td></tr>
      </tbody></table>`;
    const { plan, outcomes } = await prefill(items, {
      quantities: { 'PERC-18V': 1, 'FORET-X10': 1 },
      reason: '',
      comment: '',
    });
    expect([box('rep-2').checked, box('q-2').disabled, box('q-2').value]).toEqual([false, true, '0']);
    expect(outcomes.some((o) => o.sku === 'FORET-X10' && o.status === 'filled')).toBe(false);
    expect(plan.problems.map((p) => [p.sku, p.code])).toEqual([['FORET-X10', 'item-not-on-form']]);
  });
});

describe('a quantity the page keeps disabled after the tick', () => {
  it('is left as the page set it and reported, never unlocked and overwritten', async () => {
    document.body.innerHTML = table(
      row('PERC-18V', 1, 'aria-controls="q-1"').replace('<td><span', '<td><small id="note-1"></small><span') +
        row('FORET-X10', 2, 'aria-controls="q-2"'),
    );
    // The page's answer: 2 of 3 units returned earlier, the quantity fixed at 1 and kept disabled.
    box('sel-1').addEventListener('change', () => {
      box('q-1').max = '1';
      box('q-1').value = '1';
      (document.querySelector('#note-1') as HTMLElement).textContent = '2 unités déjà retournées';
    });
    const { outcomes } = await prefill(items, {
      quantities: { 'PERC-18V': 2, 'FORET-X10': 0 },
      reason: '',
      comment: '',
    });
    expect(box('sel-1').checked).toBe(true);
    expect([box('q-1').disabled, box('q-1').value]).toEqual([true, '1']);
    expect(outcomes.find((o) => o.role === 'quantity' && o.sku === 'PERC-18V')?.status).toBe('not-filled');
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

  it('leaves out a row greyed as a whole (<fieldset disabled>, outside its legend)', async () => {
    const set = (sku: string, n: number, off: string) => `<fieldset ${off}><legend>${sku}</legend>
      <label for="q-${n}">Quantité à retourner</label><select id="q-${n}"><option>0</option><option>1</option></select></fieldset>`;
    document.body.innerHTML = `<form>${set('PERC-18V', 1, '')}${set('FORET-X10', 2, 'disabled')}</form>`;
    const { plan, outcomes } = await prefill(
      [
        { sellerSku: 'PERC-18V', quantity: 1 },
        { sellerSku: 'FORET-X10', quantity: 1 },
      ],
      { quantities: { 'PERC-18V': 1, 'FORET-X10': 1 }, reason: '', comment: '' },
    );
    expect(outcomes.some((o) => o.sku === 'FORET-X10' && o.status === 'filled')).toBe(false);
    expect(plan.problems.map((p) => [p.sku, p.code])).toEqual([['FORET-X10', 'item-not-on-form']]);
    expect((document.querySelector('#q-2') as HTMLSelectElement).value).toBe('0');
  });

  it('never chooses an option the page greys out, alone or under a disabled <optgroup>', async () => {
    document.body.innerHTML = `<div><span>LAMPADA-LED</span><label for="q">Reso</label><select id="q"><option>0</option><option>1</option></select></div>
      <label for="r">Motivo del reso</label>
      <select id="r"><option value="">—</option>
        <optgroup label="Danneggiato dal corriere (non disponibile: consegna oltre 30 giorni fa)" disabled>
          <option value="71">Segnalato dal cliente</option></optgroup>
        <option value="72" disabled>Pacco danneggiato dal corriere</option>
        <optgroup label="Altro"><option value="90">Altro motivo</option></optgroup></select>`;
    const { plan } = await prefill([{ sellerSku: 'LAMPADA-LED', quantity: 1 }], {
      quantities: { 'LAMPADA-LED': 1 },
      reason: 'CR-DAMAGED_BY_CARRIER',
      comment: '',
    });
    expect((document.querySelector('#r') as HTMLSelectElement).value).toBe('');
    expect(plan.problems.map((p) => p.role)).toContain('reason');
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
