// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../../core/model/order';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { planReturnFill, type ReturnChoices } from '../../../core/return-form/plan';
import { readReturnForm } from '../../../core/return-form/read-form';
import { verifyFill } from '../../../core/return-form/verify';

// A quantity drawn as an ARIA spin button with no input (its number in aria-valuenow, between
// buttons that need the page's script): blind b7-it had it unfound, reported not filled.

beforeEach(() => {
  document.body.innerHTML = '';
});

const items: Item[] = [
  { sellerSku: 'SARTEN-28CM', quantity: 2 } as Item,
  { sellerSku: 'TAPA-28CM', quantity: 3 } as Item,
];

async function prefill(choices: ReturnChoices) {
  const plan = planReturnFill(
    { items, fulfillmentOrderStatus: 'Complete' },
    choices,
    readReturnForm(document),
  );
  return { plan, outcomes: await fillReturnForm(document, plan.operations) };
}

const row = (sku: string, id: string, max: number) => `<tr><td>${sku}</td><td>${max}</td><td>
    <span class="stepper"><button type="button" aria-label="Disminuir">–</button>
    <span id="${id}" role="spinbutton" tabindex="0" aria-label="Cantidad a devolver" aria-valuemin="0"
      aria-valuemax="${max}" aria-valuenow="0">0</span>
    <button type="button" aria-label="Aumentar">+</button></span></td></tr>`;

const page = `<table><thead><tr><th>Producto</th><th>Enviadas</th><th>Devolver</th></tr></thead><tbody>
  ${row('SARTEN-28CM', 'sarten', 2)}${row('TAPA-28CM', 'tapa', 1)}</tbody></table>
  <button type="submit">Enviar</button>`;

const shown = (id: string) => {
  const el = document.getElementById(id);
  return [el?.getAttribute('aria-valuenow'), el?.textContent];
};

describe('a quantity in an ARIA spin button with no input', () => {
  it('sets the number the page sends and the number it shows, other rows left at 0', async () => {
    document.body.innerHTML = page;
    const { plan, outcomes } = await prefill({
      quantities: { 'SARTEN-28CM': 2, 'TAPA-28CM': 0 },
      reason: '',
      comment: '',
    });
    expect(shown('sarten')).toEqual(['2', '2']);
    expect(shown('tapa')).toEqual(['0', '0']);
    expect(outcomes.filter((o) => o.role === 'quantity').map((o) => o.status)).toEqual(['filled', 'filled']);
    expect(verifyFill(document, plan, outcomes).map((o) => o.status)).toEqual(['filled', 'filled']);
  });

  it('clicks its + as the seller would when the page answers, and writes nothing over it', async () => {
    document.body.innerHTML = page;
    const spin = document.getElementById('sarten') as HTMLElement;
    const clicks: string[] = [];
    for (const button of Array.from(spin.parentElement?.querySelectorAll('button') ?? []))
      button.addEventListener('click', () => {
        clicks.push(button.getAttribute('aria-label') ?? '');
        const next = Number(spin.getAttribute('aria-valuenow')) + (button.textContent === '+' ? 1 : -1);
        spin.setAttribute('aria-valuenow', String(next));
        spin.textContent = `${next} uds.`;
      });
    await prefill({ quantities: { 'SARTEN-28CM': 2, 'TAPA-28CM': 0 }, reason: '', comment: '' });
    expect(clicks).toEqual(['Aumentar', 'Aumentar']);
    expect(shown('sarten')).toEqual(['2', '2 uds.']);
  });

  it('never sets more than the page allows (aria-valuemax below what shipped)', async () => {
    document.body.innerHTML = page;
    const { outcomes, plan } = await prefill({
      quantities: { 'SARTEN-28CM': 0, 'TAPA-28CM': 2 },
      reason: '',
      comment: '',
    });
    const statuses = [
      ...plan.problems.map((p) => p.role),
      ...outcomes.filter((o) => o.status === 'not-filled').map((o) => o.role),
    ];
    expect(statuses).toContain('quantity');
    expect(shown('tapa')).toEqual(['0', '0']);
  });
});
