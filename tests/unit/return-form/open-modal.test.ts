// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { planReturnFill } from '../../../core/return-form/plan';
import { readReturnForm } from '../../../core/return-form/read-form';

// A return form opened in a modal over the order's page (core/forms/modal.ts).

beforeEach(() => {
  document.body.innerHTML = '';
});

const form = (prefix: string) => `<div><span>PLAID-GRIS</span>
    <label for="${prefix}q">Retour</label><select id="${prefix}q"><option>0</option><option>1</option></select></div>
  <label for="${prefix}r">Motif du retour</label>
  <select id="${prefix}r"><option value="">—</option><option value="CR-SWITCHEROO">Article différent reçu</option></select>`;
const value = (id: string) => (document.querySelector(`#${id}`) as HTMLSelectElement).value;

describe('a return form in an open modal', () => {
  it('fills the modal’s form and leaves a draft still shown behind it alone', async () => {
    document.body.innerHTML = `<section class="draft">${form('old-')}</section>
      <div role="dialog" aria-modal="true">${form('')}</div>`;
    const plan = planReturnFill(
      { items: [{ sellerSku: 'PLAID-GRIS', quantity: 1 }], fulfillmentOrderStatus: 'Complete' },
      { quantities: { 'PLAID-GRIS': 1 }, reason: 'CR-SWITCHEROO', comment: '' },
      readReturnForm(document),
    );
    expect(plan.refusal).toBeUndefined();
    await fillReturnForm(document, plan.operations);
    expect([value('q'), value('r'), value('old-q'), value('old-r')]).toEqual(['1', 'CR-SWITCHEROO', '0', '']);
  });

  it('leaves the page in reach beside a dialog that is not modal (a panel the form opened)', () => {
    document.body.innerHTML = `<div role="dialog" aria-label="Articles">${form('')}</div>
      <label for="c">Commentaires</label><textarea id="c"></textarea>`;
    expect(readReturnForm(document).fields.map((f) => f.role)).toEqual(['quantity', 'reason', 'comment']);
  });

  it('leaves an open modal that is not the return form (a replacement order) alone, and fills the form', async () => {
    const line = (sku: string, id: string) =>
      `<tr><td>${sku}</td><td><input type="number" id="${id}" value="0"></td></tr>`;
    const table = (head: string, ids: [string, string]) =>
      `<table><thead><tr><th>Article</th><th>${head}</th></tr></thead><tbody>${line('PERC-18V', ids[0])}${line('FORET-X10', ids[1])}</tbody></table>`;
    document.body.innerHTML = `<main><h1>Créer un retour client</h1>${table('Quantité à retourner', ['q-1', 'q-2'])}
        <label for="c">Commentaires</label><textarea id="c"></textarea></main>
      <div role="dialog" aria-modal="true" aria-labelledby="mt"><h2 id="mt">Créer une commande de remplacement</h2>
        ${table('Quantité', ['rq-1', 'rq-2'])}
        <label for="rc">Commentaires</label><textarea id="rc"></textarea><button>Créer</button></div>`;
    const plan = planReturnFill(
      {
        items: [
          { sellerSku: 'PERC-18V', quantity: 3 },
          { sellerSku: 'FORET-X10', quantity: 3 },
        ],
        fulfillmentOrderStatus: 'Complete',
      },
      { quantities: { 'PERC-18V': 1, 'FORET-X10': 0 }, reason: '', comment: 'Colis abîmé' },
      readReturnForm(document),
    );
    await fillReturnForm(document, plan.operations);
    expect([value('rq-1'), value('rc')]).toEqual(['0', '']);
    expect([value('q-1'), value('c')]).toEqual(['1', 'Colis abîmé']);
  });
});
