// @vitest-environment happy-dom
import { beforeEach, expect, it } from 'vitest';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { mergeOutcomes, planReturnFill } from '../../../core/return-form/plan';
import { readReturnForm } from '../../../core/return-form/read-form';

// Review (ninth session) (ee6be56, core/return-form/unit-boxes.ts setUnitBoxes): per-unit boxes where one
// unit is already returned, its box disabled by the page. Returning 2 units "ticks the first 2":
// the disabled box 2 does not take the click, so `b.checked = true` is forced on it; box 3 stays
// unticked. A disabled box is not submitted: the page gets 1 unit, the extension says 2 filled.

beforeEach(() => {
  document.body.innerHTML = '';
});

it('never forces a disabled unit box, and does not report 2 units when 1 can be sent', async () => {
  document.body.innerHTML = `<form><div class="card"><p>SKU: BECHER-2ER</p>
    <fieldset><legend>Return quantity</legend>
      <label><input type="checkbox" id="u1"> Unit 1 of 3</label>
      <label><input type="checkbox" id="u2" disabled> Unit 2 of 3</label> <small>already returned</small>
      <label><input type="checkbox" id="u3"> Unit 3 of 3</label>
    </fieldset></div></form>`;
  const plan = planReturnFill(
    { items: [{ sellerSku: 'BECHER-2ER', quantity: 3 }], fulfillmentOrderStatus: 'Complete' },
    { quantities: { 'BECHER-2ER': 2 }, reason: '', comment: '' },
    readReturnForm(document),
  );
  const outcomes = mergeOutcomes(plan, await fillReturnForm(document, plan.operations));
  const box = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`);
  // The page's disabled box is left as the page keeps it.
  expect(box('u2')?.checked).toBe(false);
  // Either two units the page will send (boxes 1 and 3), or the quantity said not filled.
  const sent = ['u1', 'u3'].filter((id) => box(id)?.checked).length;
  const quantity = outcomes.find((o) => o.role === 'quantity');
  expect(sent === 2 || quantity?.status === 'not-filled').toBe(true);
});
