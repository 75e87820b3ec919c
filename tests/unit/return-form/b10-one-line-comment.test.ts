// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { mergeOutcomes, planReturnFill } from '../../../core/return-form/plan';
import { readReturnForm } from '../../../core/return-form/read-form';

// A comment for a one-line box (`<input>`): the browser drops its line breaks and glues the
// lines together; each break (with the blanks around it) becomes one space, the seller's words
// kept (core/return-form/plan.ts). Blind b10-es had one form-wide input; here German per-row
// inputs, a break written as "\r\n" with blanks around it.

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a comment with line breaks in a one-line box', () => {
  it('writes the lines joined by a space, and within maxlength counts the joined text', async () => {
    document.body.innerHTML = `<div class="item"><p>SKU: LAMPE-E27</p>
        <label>Rücksendemenge <input id="q1" type="number" value="0"></label>
        <label>Kommentar <input id="c1" maxlength="36"></label></div>
      <div class="item"><p>SKU: SCHIRM-30</p>
        <label>Rücksendemenge <input id="q2" type="number" value="0"></label>
        <label>Kommentar <input id="c2" type="text" maxlength="40"></label></div>`;
    const items = [
      { sellerSku: 'LAMPE-E27', quantity: 1 },
      { sellerSku: 'SCHIRM-30', quantity: 1 },
    ];
    const plan = planReturnFill(
      { items, fulfillmentOrderStatus: 'Complete' },
      {
        quantities: { 'LAMPE-E27': 1, 'SCHIRM-30': 0 },
        reason: '',
        comment: 'Flackert.  \r\n  Fassung lose.\nKarton ok.',
      },
      readReturnForm(document),
    );
    const outcomes = mergeOutcomes(plan, await fillReturnForm(document, plan.operations));
    expect(outcomes.filter((o) => o.status === 'not-filled')).toEqual([]);
    expect(document.querySelector<HTMLInputElement>('#c1')?.value).toBe('Flackert. Fassung lose. Karton ok.');
    expect(document.querySelector<HTMLInputElement>('#c2')?.value).toBe('');
  });
});
