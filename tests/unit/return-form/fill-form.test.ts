// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { mergeOutcomes, planReturnFill } from '../../../core/return-form/plan';
import { readReturnForm } from '../../../core/return-form/read-form';
import { loadFixtureBody, shadowHost, withKatal } from './dom';

const items = [
  { sellerSku: 'MUG-BLEU-350', quantity: 2 },
  { sellerSku: 'SOUS-VERRE-LIEGE', quantity: 1 },
];
const choices = {
  quantities: { 'MUG-BLEU-350': 1, 'SOUS-VERRE-LIEGE': 1 },
  reason: 'CR-DAMAGED_BY_CARRIER',
  comment: 'Retour client pour la commande 402-1234567-1234567',
};
const value = (selector: string) => (document.querySelector(selector) as HTMLInputElement).value;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('filling a native form', () => {
  it('sets every planned field, fires input and change that bubble, and leaves the rest alone', async () => {
    loadFixtureBody('native-fr.html');
    const events: string[] = [];
    document.addEventListener('input', (e) => events.push(`input:${(e.target as Element).localName}`));
    document.addEventListener('change', (e) => events.push(`change:${(e.target as Element).localName}`));
    const plan = planReturnFill({ items }, choices, readReturnForm(document));
    const outcomes = await fillReturnForm(document, plan.operations);

    expect(outcomes.map((o) => [o.role, o.status, o.value])).toEqual([
      ['quantity', 'filled', '1'],
      ['quantity', 'filled', '1'],
      ['reason', 'filled', 'CR-DAMAGED_BY_CARRIER'],
      ['comment', 'filled', choices.comment],
    ]);
    expect(value('select[data-sku="MUG-BLEU-350"]')).toBe('1');
    expect(value('#reason')).toBe('CR-DAMAGED_BY_CARRIER');
    expect(value('#comments')).toBe(choices.comment);
    expect(value('#internal')).toBe('REF-KEEP');
    expect(events).toEqual([
      'input:select',
      'change:select',
      'input:select',
      'change:select',
      'input:select',
      'change:select',
      'input:textarea',
      'change:textarea',
    ]);
  });

  it('reports a value the page refused (read back differs) as not filled', async () => {
    document.body.innerHTML = '<label for="c">Comments</label><textarea id="c"></textarea>';
    // A page script that keeps at most 5 characters.
    document.getElementById('c')?.addEventListener('input', (e) => {
      const area = e.target as HTMLTextAreaElement;
      area.value = area.value.slice(0, 5);
    });
    const plan = planReturnFill(
      { items: [] },
      { quantities: {}, reason: '', comment: 'a long comment' },
      readReturnForm(document),
    );
    expect(await fillReturnForm(document, plan.operations)).toEqual([
      {
        role: 'comment',
        status: 'not-filled',
        label: 'Comments',
        // After the rows of no item: the form's own comment.
        line: 3,
        problem: { role: 'comment', code: 'value-rejected', requested: 'a long comment', detail: 'a lon' },
      },
    ]);
  });
});

describe('a page that changed since it was read', () => {
  it('fills what is still there and says what is not, touching nothing else', async () => {
    loadFixtureBody('native-fr.html');
    const plan = planReturnFill({ items }, choices, readReturnForm(document));
    // Since the reading: the reason no longer offers "damaged by carrier", the comment field is
    // gone, and the item rows swapped places.
    document.querySelector('#reason option[value="CR-DAMAGED_BY_CARRIER"]')?.remove();
    document.getElementById('comments')?.remove();
    const rows = document.querySelector('tbody') as HTMLElement;
    rows.append(rows.firstElementChild as Element);

    const outcomes = await fillReturnForm(document, plan.operations);
    expect(outcomes.map((o) => [o.role, o.sku, o.status, o.problem?.code, o.problem?.detail])).toEqual([
      ['quantity', 'MUG-BLEU-350', 'not-filled', 'page-changed', 'different row'],
      ['quantity', 'SOUS-VERRE-LIEGE', 'not-filled', 'page-changed', 'different row'],
      ['reason', undefined, 'not-filled', 'page-changed', 'option no longer offered'],
      ['comment', undefined, 'not-filled', 'page-changed', 'field gone'],
    ]);
    expect(value('select[data-sku="MUG-BLEU-350"]')).toBe('0');
    expect(value('#reason')).toBe('');
    expect(value('#internal')).toBe('REF-KEEP');
  });
});

describe('filling Katal components', () => {
  it('sets a kat-dropdown through its own property and kat-textarea through its inner textarea', async () => {
    withKatal();
    const { root } = shadowHost(
      `<div role="row"><span>MUG-BLEU-350</span><kat-label text="Return"></kat-label>
        <kat-dropdown><kat-option value="0">0</kat-option><kat-option value="1">1</kat-option><kat-option value="2">2</kat-option></kat-dropdown></div>`,
    );
    document.body.insertAdjacentHTML(
      'beforeend',
      `<kat-dropdown id="reason" label="Return Reason"><kat-option value="CR-DEFECTIVE">Defective</kat-option></kat-dropdown>
       <kat-textarea id="comments" label="Comments"></kat-textarea>
       <kat-input id="internal" label="Internal reference"></kat-input>`,
    );
    (document.getElementById('internal') as unknown as { value: string }).value = 'REF-KEEP';
    const changes: string[] = [];
    document.addEventListener('change', (e) => changes.push((e.composedPath()[0] as Element).localName));

    const plan = planReturnFill(
      { items: [{ sellerSku: 'MUG-BLEU-350', quantity: 2 }] },
      { quantities: { 'MUG-BLEU-350': 2 }, reason: 'CR-DEFECTIVE', comment: 'Customer return' },
      readReturnForm(document),
    );
    const outcomes = await fillReturnForm(document, plan.operations);
    expect(outcomes.map((o) => [o.role, o.status, o.value])).toEqual([
      ['quantity', 'filled', '2'],
      ['reason', 'filled', 'CR-DEFECTIVE'],
      ['comment', 'filled', 'Customer return'],
    ]);
    const prop = (el: Element | null) => (el as unknown as { value: string }).value;
    expect(prop(root.querySelector('kat-dropdown'))).toBe('2');
    expect(prop(document.getElementById('comments'))).toBe('Customer return');
    expect(prop(document.getElementById('internal'))).toBe('REF-KEEP');
    // The dropdowns announced their change themselves (once each, reaching the document from
    // inside a shadow root); the comment's came from us, on the inner textarea.
    expect(changes).toEqual(['kat-dropdown', 'kat-dropdown', 'textarea']);
  });
});

describe('a Katal quantity the page locked', () => {
  it('is never written nor enabled, even when it offers the number, and its item is reported', async () => {
    withKatal();
    const card = (sku: string, locked: boolean) => `<div class="karte"><h3>${sku}</h3>
      ${locked ? '<kat-alert variant="warning">Nicht rücksendbar: digitaler Artikel</kat-alert>' : ''}
      <kat-dropdown id="${sku}" label="Rücksendung"${locked ? ' disabled aria-disabled="true"' : ''}>
        <kat-option value="0">0</kat-option><kat-option value="1">1</kat-option></kat-dropdown></div>`;
    document.body.innerHTML = card('KOPFHOERER-BT', false) + card('GUTSCHEIN-KARTE', true);
    const dropdown = (id: string) =>
      document.getElementById(id) as unknown as HTMLElement & { value: string };
    for (const id of ['KOPFHOERER-BT', 'GUTSCHEIN-KARTE']) dropdown(id).value = '0';

    const plan = planReturnFill(
      {
        items: [
          { sellerSku: 'KOPFHOERER-BT', quantity: 1 },
          { sellerSku: 'GUTSCHEIN-KARTE', quantity: 1 },
        ],
      },
      { quantities: { 'KOPFHOERER-BT': 1, 'GUTSCHEIN-KARTE': 1 }, reason: '', comment: '' },
      readReturnForm(document),
    );
    const outcomes = mergeOutcomes(plan, await fillReturnForm(document, plan.operations));
    expect(outcomes.filter((o) => o.role === 'quantity').map((o) => [o.sku, o.status])).toEqual(
      expect.arrayContaining([
        ['KOPFHOERER-BT', 'filled'],
        ['GUTSCHEIN-KARTE', 'not-filled'],
      ]),
    );
    const locked = dropdown('GUTSCHEIN-KARTE');
    expect([dropdown('KOPFHOERER-BT').value, locked.value, locked.hasAttribute('disabled')]).toEqual([
      '1',
      '0',
      true,
    ]);
  });
});
