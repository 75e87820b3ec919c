// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { planReturnFill } from '../../../core/return-form/plan';
import { readReturnForm } from '../../../core/return-form/read-form';

// Item rows named only by an Amazon id (FNSKU, ASIN), the seller SKUs in a table of the page that
// pairs each SKU with its ids (core/return-form/id-table.ts): a row is the item whose SKU that
// table pairs with the row's id. Blind b10-fr had FNSKU rows in a table; here Italian cards naming
// the ASIN, SKUs with spaces and a slash.

beforeEach(() => {
  document.body.innerHTML = '';
});

const card = (asin: string, id: string) => `<div class="card"><h3>Tazza in ceramica 300 ml</h3>
  <p>ASIN: ${asin}</p>
  <label>Quantità da restituire <select id="${id}"><option value="0" selected>0</option><option value="1">1</option><option value="2">2</option></select></label></div>`;

const table = (
  rows: [string, string][],
) => `<table><thead><tr><th>SKU del venditore</th><th>ASIN</th><th>Ordinati</th></tr></thead>
  <tbody>${rows.map(([sku, asin]) => `<tr><td>${sku}</td><td>${asin}</td><td>2</td></tr>`).join('')}</tbody></table>`;

const items = [
  { sellerSku: 'TAZZA 300ml / BLU', quantity: 2 },
  { sellerSku: 'TAZZA 300ml / ROSSO', quantity: 2 },
];
const fill = async () => {
  const plan = planReturnFill(
    { items, fulfillmentOrderStatus: 'Complete' },
    { quantities: { 'TAZZA 300ml / BLU': 0, 'TAZZA 300ml / ROSSO': 1 }, reason: '', comment: '' },
    readReturnForm(document),
  );
  await fillReturnForm(document, plan.operations);
  return plan;
};

describe('rows named by an id the page pairs with a SKU', () => {
  it('fills the row whose ASIN the table gives the SKU', async () => {
    document.body.innerHTML = `${table([
      ['TAZZA 300ml / ROSSO', 'B0RED00001'],
      ['TAZZA 300ml / BLU', 'B0BLUE0002'],
    ])}<form>${card('B0BLUE0002', 'blu')}${card('B0RED00001', 'rosso')}</form>`;
    const plan = await fill();
    expect(plan.refusal).toBeUndefined();
    expect(document.querySelector<HTMLSelectElement>('#rosso')?.value).toBe('1');
    expect(document.querySelector<HTMLSelectElement>('#blu')?.value).toBe('0');
  });

  it('keeps a row that names its SKU to that SKU, though another shares its ASIN', async () => {
    const named = (sku: string, id: string) =>
      card('B0SAME0001', id).replace('<p>ASIN:', `<p>SKU: ${sku} · ASIN:`);
    document.body.innerHTML = `${table([
      ['TAZZA 300ml / ROSSO', 'B0SAME0001'],
      ['TAZZA 300ml / BLU', 'B0SAME0001'],
    ])}<form>${named('TAZZA 300ml / BLU', 'blu')}${named('TAZZA 300ml / ROSSO', 'rosso')}</form>`;
    const plan = await fill();
    expect(plan.refusal).toBeUndefined();
    expect(document.querySelector<HTMLSelectElement>('#rosso')?.value).toBe('1');
    expect(document.querySelector<HTMLSelectElement>('#blu')?.value).toBe('0');
  });

  it('refuses when the table pairs one SKU with two ids', async () => {
    document.body.innerHTML = `${table([
      ['TAZZA 300ml / ROSSO', 'B0RED00001'],
      ['TAZZA 300ml / ROSSO', 'B0BLUE0002'],
      ['TAZZA 300ml / BLU', 'B0BLUE0002'],
    ])}<form>${card('B0BLUE0002', 'blu')}${card('B0RED00001', 'rosso')}</form>`;
    const plan = await fill();
    expect(plan.refusal?.code).toBe('items-ambiguous');
    expect(document.querySelector<HTMLSelectElement>('#rosso')?.value).toBe('0');
  });
});
