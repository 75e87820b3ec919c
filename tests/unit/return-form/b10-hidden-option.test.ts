// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { planReturnFill } from '../../../core/return-form/plan';
import { readReturnForm } from '../../../core/return-form/read-form';

// A list keeping hidden options (legacy reasons left for older returns, `hidden` or
// `display: none`) offers the seller only what they can see: a label shown twice, once hidden,
// is the shown option's (core/return-form/read-form.ts). Blind b10-it had one reason select with
// `hidden` legacy duplicates first; here English per-row reasons hidden by style.

beforeEach(() => {
  document.body.innerHTML = '';
});

const row = (sku: string, id: string) => `<tr><td>SKU: ${sku}</td>
  <td><label for="q-${id}">Return quantity</label><select id="q-${id}"><option value="0" selected>0</option><option value="1">1</option></select></td>
  <td><label for="r-${id}">Return reason</label><select id="r-${id}"><option value="" selected>Choose</option>
    <option value="old-7" style="display: none">Item defective or doesn't work</option>
    <optgroup label="Older reasons" hidden><option value="old-9">Performance or quality not adequate</option></optgroup>
    <option value="n-2">Performance or quality not adequate</option>
    <option value="n-1">Item defective or doesn't work</option>
    <option value="n-3">No longer needed</option></select></td></tr>`;

describe('hidden options of a list', () => {
  it('picks the shown option of a label the list also keeps hidden', async () => {
    document.body.innerHTML = `<table><thead><tr><th>Item</th><th>Qty</th><th>Reason</th></tr></thead>
      <tbody>${row('KETTLE-1L', 'k')}${row('TOASTER-2S', 't')}</tbody></table>`;
    const items = [
      { sellerSku: 'KETTLE-1L', quantity: 1 },
      { sellerSku: 'TOASTER-2S', quantity: 1 },
    ];
    const plan = planReturnFill(
      { items, fulfillmentOrderStatus: 'Complete' },
      {
        quantities: { 'KETTLE-1L': 1, 'TOASTER-2S': 1 },
        reason: '',
        comment: '',
        perItem: {
          'KETTLE-1L': { reason: 'CR-DEFECTIVE' },
          'TOASTER-2S': { reason: 'CR-QUALITY_UNACCEPTABLE' },
        },
      },
      readReturnForm(document),
    );
    expect(plan.problems).toEqual([]);
    await fillReturnForm(document, plan.operations);
    expect(document.querySelector<HTMLSelectElement>('#r-k')?.value).toBe('n-1');
    expect(document.querySelector<HTMLSelectElement>('#r-t')?.value).toBe('n-2');
  });
});
