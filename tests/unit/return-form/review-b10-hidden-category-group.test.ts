// @vitest-environment happy-dom
import { beforeEach, expect, it } from 'vitest';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { mergeOutcomes, planReturnFill } from '../../../core/return-form/plan';
import { readReturnForm } from '../../../core/return-form/read-form';

// Review (ninth session) (ee6be56, core/return-form/read-form.ts readOptions `hidesItself`): a category +
// reason pair whose page script narrows the reason list to the chosen category by HIDING the
// other <optgroup>s (`hidden`), as reason-category.ts expects a page to narrow it. The new rule
// drops every option of a hidden group when the form is read, so a reason of a category not yet
// chosen is "not offered": the reason is left unfilled, though setting the category shows it.

beforeEach(() => {
  document.body.innerHTML = '';
});

it('sets the category, then the reason the page hid only until that category was chosen', async () => {
  document.body.innerHTML = `<form><p>SKU: KANNE-1L</p>
    <label>Rücksendemenge <select id="q"><option value="0" selected>0</option><option value="1">1</option></select></label>
    <div><label for="kat">Rücksendegrund</label>
      <select id="kat"><option value="K1" selected>Artikel</option><option value="K2">Versand</option></select>
      <label for="det">Genauer Grund</label>
      <select id="det"><option value="">Bitte wählen</option>
        <optgroup label="Artikel"><option value="CR-DEFECTIVE">Defekt</option></optgroup>
        <optgroup label="Versand" hidden><option value="CR-DAMAGED_BY_CARRIER">Beim Transport beschädigt</option></optgroup>
      </select></div></form>`;
  // The page's own script: only the chosen category's reasons are shown.
  const kat = document.querySelector<HTMLSelectElement>('#kat');
  kat?.addEventListener('change', () => {
    const chosen = kat.selectedOptions[0]?.textContent ?? '';
    for (const g of Array.from(document.querySelectorAll('#det optgroup')))
      g.toggleAttribute('hidden', g.getAttribute('label') !== chosen);
  });
  const plan = planReturnFill(
    { items: [{ sellerSku: 'KANNE-1L', quantity: 1 }], fulfillmentOrderStatus: 'Complete' },
    { quantities: { 'KANNE-1L': 1 }, reason: 'CR-DAMAGED_BY_CARRIER', comment: '' },
    readReturnForm(document),
  );
  const outcomes = mergeOutcomes(plan, await fillReturnForm(document, plan.operations));
  expect(outcomes.filter((o) => o.status === 'not-filled')).toEqual([]);
  expect(document.querySelector<HTMLSelectElement>('#kat')?.value).toBe('K2');
  expect(document.querySelector<HTMLSelectElement>('#det')?.value).toBe('CR-DAMAGED_BY_CARRIER');
});
