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
});
