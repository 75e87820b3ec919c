// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { mergeOutcomes, planReturnFill, type ReturnChoices } from '../../../core/return-form/plan';
import { readReturnForm } from '../../../core/return-form/read-form';
import type { FieldOutcome } from '../../../core/return-form/schema';
import { verifyFill } from '../../../core/return-form/verify';
import { loadFixtureBody, withKatal } from './dom';

// Issue 14: every field of an item row belongs to that row. Forms of two items, each row with
// its own "Retour", "Motif du retour" and "Commentaires": native (the fixture
// native-fr-two-items.html) and Katal cards (built here as the fixture katal-fr-two-items.html
// describes them: the page's own element per item, its Katal controls in an open shadow root).

const order = {
  items: [
    { sellerSku: 'MUG-BLEU-350', quantity: 2 },
    { sellerSku: 'SOUS-VERRE-LIEGE', quantity: 1 },
  ],
};
const SKUS = ['MUG-BLEU-350', 'SOUS-VERRE-LIEGE'] as const;

beforeEach(() => {
  document.body.innerHTML = '';
});

function nativeRow(sku: string) {
  const row = document.querySelector(`tr[data-sku="${sku}"]`) as HTMLTableRowElement;
  const value = (selector: string) => (row.querySelector(selector) as HTMLInputElement).value;
  return { quantity: value('.quantity'), reason: value('.reason'), comment: value('.comment') };
}

function katalCards(): void {
  withKatal();
  const reasons = `<kat-option value="CR-UNWANTED_ITEM">Article non souhaité</kat-option>
    <kat-option value="CR-DEFECTIVE">Article défectueux</kat-option>
    <kat-option value="CR-DAMAGED_BY_CARRIER">Endommagé par le transporteur</kat-option>`;
  const items = document.createElement('div');
  document.body.append(items);
  for (const [sku, shipped] of [
    ['MUG-BLEU-350', 2],
    ['SOUS-VERRE-LIEGE', 1],
  ] as const) {
    const card = document.createElement('return-item-card');
    card.setAttribute('data-sku', sku);
    const root = card.attachShadow({ mode: 'open' });
    const options = Array.from(
      { length: shipped + 1 },
      (_, n) => `<kat-option value="${n}">${n}</kat-option>`,
    );
    root.innerHTML = `<section><h2>${sku} · article</h2><p>Expédié : ${shipped}</p>
      <kat-dropdown class="quantity" label="Retour">${options.join('')}</kat-dropdown>
      <kat-dropdown class="reason" label="Motif du retour">${reasons}</kat-dropdown>
      <kat-textarea class="comment" label="Commentaires"></kat-textarea></section>`;
    items.append(card);
    (root.querySelector('.quantity') as unknown as { value: string }).value = '0';
  }
  document.body.insertAdjacentHTML(
    'beforeend',
    '<kat-input id="internal" label="Référence interne"></kat-input>',
  );
}

function katalRow(sku: string) {
  const root = document.querySelector(`return-item-card[data-sku="${sku}"]`)?.shadowRoot as ShadowRoot;
  const prop = (selector: string) => (root.querySelector(selector) as unknown as { value: string }).value;
  return { quantity: prop('.quantity'), reason: prop('.reason'), comment: prop('.comment') };
}

/** What the page holds after a fill with these choices, and the report's lines. */
async function fill(choices: ReturnChoices): Promise<FieldOutcome[]> {
  const plan = planReturnFill(order, choices, readReturnForm(document));
  expect(plan.refusal).toBeUndefined();
  const claims = await fillReturnForm(document, plan.operations);
  return mergeOutcomes(plan, verifyFill(document, plan, claims));
}

const shared = (quantities: Record<string, number>): ReturnChoices => ({
  quantities,
  reason: 'CR-DEFECTIVE',
  comment: 'Retour 402-1234567-1234567',
});
const perItem = (quantities: Record<string, number>): ReturnChoices => ({
  quantities,
  reason: '',
  comment: '',
  perItem: {
    'MUG-BLEU-350': { reason: 'CR-DEFECTIVE', comment: 'Mug fêlé' },
    'SOUS-VERRE-LIEGE': { reason: 'CR-UNWANTED_ITEM', comment: 'Plus souhaité' },
  },
});

describe('reading a form of item rows', () => {
  it('ties each quantity, reason and comment of a native table to its row', () => {
    loadFixtureBody('native-fr-two-items.html');
    const fields = readReturnForm(document).fields;
    expect(fields.map((f) => [f.id, f.row])).toEqual([
      ['quantity#0', 0],
      ['reason#0', 0],
      ['comment#0', 0],
      ['quantity#1', 1],
      ['reason#1', 1],
      ['comment#1', 1],
    ]);
    expect(fields[0]?.context).toContain('MUG-BLEU-350');
    expect(fields[3]?.context).toContain('SOUS-VERRE-LIEGE');
    expect(fields[3]?.context).not.toContain('MUG-BLEU-350');
  });

  it('ties the Katal controls inside each item card’s shadow root to that card', () => {
    katalCards();
    const fields = readReturnForm(document).fields;
    expect(fields.map((f) => [f.role, f.kind, f.row])).toEqual([
      ['quantity', 'kat-dropdown', 0],
      ['reason', 'kat-dropdown', 0],
      ['comment', 'kat-textarea', 0],
      ['quantity', 'kat-dropdown', 1],
      ['reason', 'kat-dropdown', 1],
      ['comment', 'kat-textarea', 1],
    ]);
  });

  it('leaves a field of the whole form (one reason below the rows) without a row', async () => {
    loadFixtureBody('native-fr.html');
    const fields = readReturnForm(document).fields;
    expect(fields.map((f) => [f.role, f.row])).toEqual([
      ['quantity', 0],
      ['quantity', 1],
      ['reason', undefined],
      ['comment', undefined],
    ]);
  });
});

describe('filling a two-item native form row by row', () => {
  const cases: [string, Record<string, number>, 'shared' | 'per-item'][] = [];
  for (const mode of ['shared', 'per-item'] as const) {
    cases.push(['first only', { 'MUG-BLEU-350': 2, 'SOUS-VERRE-LIEGE': 0 }, mode]);
    cases.push(['second only', { 'MUG-BLEU-350': 0, 'SOUS-VERRE-LIEGE': 1 }, mode]);
    cases.push(['both', { 'MUG-BLEU-350': 1, 'SOUS-VERRE-LIEGE': 1 }, mode]);
  }
  it.each(cases)(
    '%s, %s reason: only rows with a unit get a reason and a comment',
    async (_, quantities, mode) => {
      loadFixtureBody('native-fr-two-items.html');
      const outcomes = await fill(mode === 'shared' ? shared(quantities) : perItem(quantities));
      for (const sku of SKUS) {
        const row = nativeRow(sku);
        const units = quantities[sku] ?? 0;
        expect(row.quantity).toBe(String(units));
        const own = mode === 'per-item' ? perItem(quantities).perItem?.[sku] : undefined;
        expect(row.reason).toBe(units > 0 ? (own?.reason ?? 'CR-DEFECTIVE') : '');
        expect(row.comment).toBe(units > 0 ? (own?.comment ?? 'Retour 402-1234567-1234567') : '');
      }
      // Every line read back by the extension: ✓, in row order, each with its item.
      expect(outcomes.every((o) => o.status === 'filled')).toBe(true);
      expect(outcomes.map((o) => [o.sku, o.role])).toEqual(
        SKUS.flatMap((sku) =>
          (quantities[sku] ?? 0) > 0
            ? [
                [sku, 'quantity'],
                [sku, 'reason'],
                [sku, 'comment'],
              ]
            : [[sku, 'quantity']],
        ),
      );
      expect((document.getElementById('internal') as HTMLInputElement).value).toBe('REF-KEEP');
    },
  );
});

describe('filling a two-item Katal form row by row', () => {
  it.each([
    ['first only', { 'MUG-BLEU-350': 1 }],
    ['second only', { 'SOUS-VERRE-LIEGE': 1 }],
    ['both', { 'MUG-BLEU-350': 2, 'SOUS-VERRE-LIEGE': 1 }],
  ])('%s, one reason per item', async (_, quantities: Record<string, number>) => {
    katalCards();
    const outcomes = await fill(perItem(quantities));
    for (const sku of SKUS) {
      const row = katalRow(sku);
      const units = quantities[sku] ?? 0;
      expect(row.quantity).toBe(String(units));
      expect(row.reason).toBe(units > 0 ? perItem(quantities).perItem?.[sku]?.reason : '');
      expect(row.comment).toBe(units > 0 ? perItem(quantities).perItem?.[sku]?.comment : '');
    }
    // Dropdowns: only the page can see their value (≈); the comment's inner textarea is read back (✓).
    expect(outcomes.map((o) => [o.sku, o.role, o.status, o.problem?.code])).toEqual(
      outcomes.map((o) => [o.sku, o.role, o.role === 'comment' ? 'filled' : 'confirmed-by-page', undefined]),
    );
  });
});

describe('a form whose rows cannot be told apart', () => {
  it('is refused, with nothing filled, when every field is a sibling of every other', () => {
    document.body.innerHTML = `<div>
      <span>MUG-BLEU-350</span>
      <label>Retour <select><option>0</option><option>1</option></select></label>
      <label>Motif du retour <select><option value="">-</option><option>CR-DEFECTIVE</option></select></label>
      <span>SOUS-VERRE-LIEGE</span>
      <label>Retour <select><option>0</option><option>1</option></select></label>
      <label>Motif du retour <select><option value="">-</option><option>CR-DEFECTIVE</option></select></label>
    </div>`;
    const plan = planReturnFill(order, shared({ 'MUG-BLEU-350': 1 }), readReturnForm(document));
    expect(plan.refusal?.code).toBe('rows-ambiguous');
    expect(plan.operations).toEqual([]);
  });

  it('is refused when one row names both items, or a row names none', () => {
    document.body.innerHTML = `<table>
      <tr><td>MUG-BLEU-350, SOUS-VERRE-LIEGE</td><td><label>Retour <select><option>0</option><option>1</option></select></label></td></tr>
      <tr><td>Article</td><td><label>Retour <select><option>0</option><option>1</option></select></label></td></tr>
    </table>`;
    const plan = planReturnFill(order, shared({ 'MUG-BLEU-350': 1 }), readReturnForm(document));
    expect(plan.refusal?.code).toBe('items-ambiguous');
    expect(plan.operations).toEqual([]);
  });

  it('tells MUG-1 from MUG-10: an id counts only as a whole word', () => {
    document.body.innerHTML = `<table>
      <tr><td>MUG-10</td><td><label>Retour <select><option>0</option><option>1</option></select></label></td></tr>
      <tr><td>MUG-1</td><td><label>Retour <select><option>0</option><option>1</option></select></label></td></tr>
    </table>`;
    const plan = planReturnFill(
      {
        items: [
          { sellerSku: 'MUG-1', quantity: 1 },
          { sellerSku: 'MUG-10', quantity: 1 },
        ],
      },
      { quantities: { 'MUG-1': 1 }, reason: '', comment: '' },
      readReturnForm(document),
    );
    expect(plan.refusal).toBeUndefined();
    expect(plan.operations.map((o) => [o.sku, o.fieldId, o.value])).toEqual([
      ['MUG-1', 'quantity#1', '1'],
      ['MUG-10', 'quantity#0', '0'],
    ]);
  });

  it('refuses different reasons for a form that has one reason for every row', () => {
    loadFixtureBody('native-fr.html');
    const plan = planReturnFill(
      order,
      perItem({ 'MUG-BLEU-350': 1, 'SOUS-VERRE-LIEGE': 1 }),
      readReturnForm(document),
    );
    expect(plan.problems.map((p) => [p.role, p.code])).toEqual([['reason', 'one-for-all-rows']]);
    // The two comments share the one box, each with its item.
    expect(plan.operations.find((o) => o.role === 'comment')?.value).toBe(
      'MUG-BLEU-350 : Mug fêlé\nSOUS-VERRE-LIEGE : Plus souhaité',
    );
  });
});

describe('a reason of each item’s own', () => {
  it('gives each returned row the reason chosen for its item, among near neighbours, and leaves a kept row alone', async () => {
    // Italian cards, no table; opaque option numbers, two kinds of damage side by side.
    const reasons = `<option value="">Seleziona</option><option value="401">Difettoso</option>
      <option value="402">Danneggiato, ma confezione di spedizione integra</option>
      <option value="403">Prodotto e confezione di spedizione danneggiati</option>
      <option value="404">Non più necessario</option>`;
    const card = (sku: string, n: number) => `<section class="card"><h3>${sku}</h3>
      <label for="q${n}">Quantità da restituire</label><select id="q${n}"><option>0</option><option>1</option></select>
      <label for="m${n}">Motivo del reso</label><select id="m${n}">${reasons}</select></section>`;
    document.body.innerHTML = `<form>${card('FRULLATORE-600W', 1)}${card('CIOTOLE-SET-6', 2)}${card('TOSTAPANE-2F', 3)}</form>`;
    const plan = planReturnFill(
      {
        items: ['FRULLATORE-600W', 'CIOTOLE-SET-6', 'TOSTAPANE-2F'].map((sellerSku) => ({
          sellerSku,
          quantity: 1,
        })),
        fulfillmentOrderStatus: 'Complete',
      },
      {
        quantities: { 'FRULLATORE-600W': 1, 'CIOTOLE-SET-6': 0, 'TOSTAPANE-2F': 1 },
        reason: 'CR-DEFECTIVE',
        comment: '',
        perItem: {
          'FRULLATORE-600W': { reason: 'CR-DEFECTIVE' },
          'TOSTAPANE-2F': { reason: 'CR-DAMAGED_BY_CARRIER' },
        },
      },
      readReturnForm(document),
    );
    expect(plan.problems).toEqual([]);
    await fillReturnForm(document, plan.operations);
    const value = (id: string) => (document.querySelector(`#${id}`) as HTMLSelectElement).value;
    expect(['q1', 'm1', 'q2', 'm2', 'q3', 'm3'].map(value)).toEqual(['1', '401', '0', '', '1', '403']);
  });
});

describe('per-row comment boxes beside one for the whole return', () => {
  it('fills the rows’ own boxes and leaves “Commentaires sur le retour” alone, rather than refusing', async () => {
    const item = (sku: string, n: number) => `<div class="item"><p>${sku}</p>
      <label for="q-${n}">Quantité à retourner</label><select id="q-${n}"><option>0</option><option>1</option></select>
      <label for="c-${n}">Commentaire</label><textarea id="c-${n}"></textarea></div>`;
    document.body.innerHTML = `<form><div class="items">${item('PERC-18V', 1)}${item('FORET-X10', 2)}</div>
      <label for="all">Commentaires sur le retour</label><textarea id="all"></textarea></form>`;
    const plan = planReturnFill(
      {
        items: [
          { sellerSku: 'PERC-18V', quantity: 1 },
          { sellerSku: 'FORET-X10', quantity: 1 },
        ],
        fulfillmentOrderStatus: 'Complete',
      },
      { quantities: { 'PERC-18V': 1, 'FORET-X10': 0 }, reason: '', comment: 'Boîte ouverte' },
      readReturnForm(document),
    );
    expect(plan.refusal).toBeUndefined();
    await fillReturnForm(document, plan.operations);
    const text = (id: string) => (document.querySelector(`#${id}`) as HTMLTextAreaElement).value;
    expect([text('c-1'), text('c-2'), text('all')]).toEqual(['Boîte ouverte', '', '']);
  });
});

describe('whatever else a row has', () => {
  it('says which control of a returned item’s row MCF Desk left for the seller, and only there', async () => {
    document.body.innerHTML = `<table><thead><tr><th>SKU</th><th>Retour</th><th>Motif du retour</th><th>État de l'article</th></tr></thead>
      <tbody>
        <tr><td>MUG-BLEU-350</td><td><select><option>0</option><option>1</option></select></td>
          <td><select><option value="">-</option><option>CR-DEFECTIVE</option></select></td>
          <td><select><option value="">-</option><option>Neuf</option></select></td></tr>
        <tr><td>SOUS-VERRE-LIEGE</td><td><select><option>0</option><option>1</option></select></td>
          <td><select><option value="">-</option><option>CR-DEFECTIVE</option></select></td>
          <td><select><option value="">-</option><option>Neuf</option></select></td></tr>
      </tbody></table>
      <p><label for="ref">Référence interne</label><input id="ref" /></p>`;
    const form = readReturnForm(document);
    // The row's unknown control is read with its row; the form's own "Référence interne" is not.
    expect(form.fields.filter((f) => f.role === 'other').map((f) => [f.label, f.row])).toEqual([
      ["État de l'article", 0],
      ["État de l'article", 1],
    ]);
    const plan = planReturnFill(order, shared({ 'SOUS-VERRE-LIEGE': 1 }), form);
    const lines = mergeOutcomes(plan, await fillReturnForm(document, plan.operations));
    expect(lines.map((o) => [o.sku, o.role, o.status, o.problem?.code])).toEqual([
      ['MUG-BLEU-350', 'quantity', 'filled', undefined],
      ['SOUS-VERRE-LIEGE', 'quantity', 'filled', undefined],
      ['SOUS-VERRE-LIEGE', 'reason', 'filled', undefined],
      ['SOUS-VERRE-LIEGE', 'other', 'not-filled', 'unknown-row-field'],
      // The comment has no field on this form.
      [undefined, 'comment', 'not-filled', 'field-not-found'],
    ]);
  });
});

describe('a report that checks itself', () => {
  it('says ✗ with both values when the page answers “filled” for fields it left empty', () => {
    loadFixtureBody('native-fr-two-items.html');
    const plan = planReturnFill(order, shared({ 'MUG-BLEU-350': 1 }), readReturnForm(document));
    // A page script's answer in the filler's place: everything "filled", nothing set.
    const lies: FieldOutcome[] = plan.operations.map((op) => ({
      role: op.role,
      status: 'filled',
      value: op.value,
      ...(op.sku ? { sku: op.sku } : {}),
      ...(op.line !== undefined ? { line: op.line } : {}),
    }));
    const outcomes = verifyFill(document, plan, lies);
    expect(
      outcomes.map((o) => [o.role, o.status, o.problem?.code, o.problem?.detail, o.problem?.requested]),
    ).toEqual([
      ['quantity', 'not-filled', 'read-back-differs', '0', '1'],
      // The second row is to stay at 0, which it holds: true, so ✓.
      ['quantity', 'filled', undefined, undefined, undefined],
      ['reason', 'not-filled', 'read-back-differs', '', 'CR-DEFECTIVE'],
      ['comment', 'not-filled', 'read-back-differs', '', 'Retour 402-1234567-1234567'],
    ]);
  });

  it('never says ✓ for a Katal dropdown: “confirmed by the page” at best, ✗ when the page does not say so', () => {
    katalCards();
    const plan = planReturnFill(order, shared({ 'MUG-BLEU-350': 1 }), readReturnForm(document));
    const none = verifyFill(document, plan, []);
    expect(none.map((o) => [o.role, o.status, o.problem?.code])).toEqual([
      ['quantity', 'not-filled', 'not-confirmed'],
      ['quantity', 'not-filled', 'not-confirmed'],
      ['reason', 'not-filled', 'not-confirmed'],
      ['comment', 'not-filled', 'read-back-differs'],
    ]);
  });
});

describe('one item in several rows (one per shipment)', () => {
  const shipments = (secondMax: string) => `<form>
      <fieldset><legend>Sendung 1 von 2</legend><p>LAMPE-E27 · Versandt: 2</p>
        <label for="m1">Rücksendemenge</label><input type="number" id="m1" min="0" max="2"></fieldset>
      <fieldset><legend>Sendung 2 von 2</legend><p>LAMPE-E27 · Versandt: 1</p>
        <label for="m2">Rücksendemenge</label><input type="number" id="m2" min="0" ${secondMax}></fieldset>
      <label for="g">Rücksendegrund</label><select id="g"><option value=""></option><option value="CR-DEFECTIVE">Defekt</option></select></form>`;
  const lamps = {
    items: [{ sellerSku: 'LAMPE-E27', quantity: 3 }],
    fulfillmentOrderStatus: 'Complete' as const,
  };
  const choices: ReturnChoices = { quantities: { 'LAMPE-E27': 3 }, reason: 'CR-DEFECTIVE', comment: '' };
  const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;

  it('spreads the item’s units over its rows, each taking what it can, first rows first', async () => {
    document.body.innerHTML = shipments('max="1"');
    const plan = planReturnFill(lamps, choices, readReturnForm(document));
    expect(plan.refusal).toBeUndefined();
    const outcomes = await fillReturnForm(document, plan.operations);
    expect([value('m1'), value('m2'), value('g')]).toEqual(['2', '1', 'CR-DEFECTIVE']);
    expect(outcomes.every((o) => o.status === 'filled')).toBe(true);
  });

  it('refuses the form when one of the item’s rows does not say how many units it takes', () => {
    document.body.innerHTML = shipments('');
    const plan = planReturnFill(lamps, choices, readReturnForm(document));
    expect(plan.refusal).toEqual({ code: 'items-ambiguous', detail: 'LAMPE-E27' });
  });
});

describe('a row that names its item only in a tooltip', () => {
  it('ties the row to the SKU its info icon’s title gives, when the rows’ text is the same', async () => {
    const card = (n: number, sku: string) => `<div class="tarjeta"><h3>Funda de silicona para móvil</h3>
        <p>ASIN: B0CC00000${n} <abbr title="Referencia del vendedor&#10;SKU: ${sku}">ⓘ</abbr></p>
        <label for="d${n}">Devolución</label><select id="d${n}"><option>0</option><option>1</option></select></div>`;
    document.body.innerHTML = `<form>${card(1, 'FUNDA-ROJA')}${card(2, 'FUNDA-VERDE')}</form>`;
    const fundas = {
      items: [
        { sellerSku: 'FUNDA-ROJA', quantity: 1 },
        { sellerSku: 'FUNDA-VERDE', quantity: 1 },
      ],
      fulfillmentOrderStatus: 'Complete' as const,
    };
    const plan = planReturnFill(
      fundas,
      { quantities: { 'FUNDA-ROJA': 0, 'FUNDA-VERDE': 1 }, reason: '', comment: '' },
      readReturnForm(document),
    );
    expect(plan.refusal).toBeUndefined();
    await fillReturnForm(document, plan.operations);
    const value = (id: string) => (document.getElementById(id) as HTMLSelectElement).value;
    expect([value('d1'), value('d2')]).toEqual(['0', '1']);
  });
});
