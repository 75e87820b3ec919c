// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { mergeOutcomes, planReturnFill } from '../../../core/return-form/plan';
import { readReturnForm } from '../../../core/return-form/read-form';

// A control inside a closed <details> is out of the seller's sight, as a wizard's hidden step or
// a paginated row is: never written (the seller would send what they never saw), reported
// `not-shown`; once the seller opens the section, it is filled (core/return-form/out-of-sight.ts).
// Blind b10-de had the comment in a closed details; here a French reason, the section nested.

beforeEach(() => {
  document.body.innerHTML = '';
});

const form = (open: boolean) => `<form>
  <p>SKU : THEIERE-1L</p><label>Retour <select id="q"><option value="0" selected>0</option><option value="1">1</option></select></label>
  <details${open ? ' open' : ''}><summary>Plus d’options</summary>
    <div><label for="motif">Motif du retour</label>
      <select id="motif"><option value="" selected>Choisir</option><option value="CR-DEFECTIVE">Article défectueux ou ne fonctionne pas</option></select></div>
  </details></form>`;

const fill = async () => {
  const plan = planReturnFill(
    { items: [{ sellerSku: 'THEIERE-1L', quantity: 1 }], fulfillmentOrderStatus: 'Complete' },
    { quantities: { 'THEIERE-1L': 1 }, reason: 'CR-DEFECTIVE', comment: '' },
    readReturnForm(document),
  );
  return mergeOutcomes(plan, await fillReturnForm(document, plan.operations));
};

describe('a field inside a closed <details>', () => {
  it('is not written and is reported not shown', async () => {
    document.body.innerHTML = form(false);
    const outcomes = await fill();
    expect(document.querySelector<HTMLSelectElement>('#q')?.value).toBe('1');
    expect(document.querySelector<HTMLSelectElement>('#motif')?.value).toBe('');
    expect(outcomes.filter((o) => o.status === 'not-filled').map((o) => [o.role, o.problem?.code])).toEqual([
      ['reason', 'not-shown'],
    ]);
    expect(document.querySelector('details')?.hasAttribute('open')).toBe(false);
  });

  it('is filled once the section is open', async () => {
    document.body.innerHTML = form(true);
    await fill();
    expect(document.querySelector<HTMLSelectElement>('#motif')?.value).toBe('CR-DEFECTIVE');
  });
});
