// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../../core/model/order';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { normalizeLabel } from '../../../core/return-form/labels';
import { planReturnFill, type ReturnChoices } from '../../../core/return-form/plan';
import { readReturnForm } from '../../../core/return-form/read-form';
import { reasonOfLabel } from '../../../core/return-form/reason-words';
import { verifyFill } from '../../../core/return-form/verify';

// Details of the return-form prefill that the fixtures do not pin one by one.

beforeEach(() => {
  document.body.innerHTML = '';
});

const order = (items: Item[]) => ({ items, fulfillmentOrderStatus: 'Complete' as const });
const quantityRow = (sku: string, id: string) =>
  `<div class="row"><span>${sku}</span><label for="${id}">Retour</label>
     <select id="${id}"><option value="0">0</option><option value="1">1</option></select></div>`;

async function prefill(items: Item[], choices: ReturnChoices) {
  const plan = planReturnFill(order(items), choices, readReturnForm(document));
  return { plan, outcomes: await fillReturnForm(document, plan.operations) };
}

describe('radio buttons as a reason', () => {
  it('reads a group as one control named by its legend, and checks the radio of the reason', async () => {
    document.body.innerHTML = `${quantityRow('CHARGEUR-65W', 'q1')}
      <fieldset><legend>Motif du retour</legend>
        <label><input type="radio" name="motif" value="d"> Article défectueux</label>
        <label><input type="radio" name="motif" value="i"> Incompatible avec l'appareil du client</label>
      </fieldset>
      <fieldset><legend>Étiquette de retour</legend>
        <label><input type="radio" name="etiquette" value="email" checked> Par e-mail</label>
      </fieldset>`;
    const form = readReturnForm(document);
    const reason = form.fields.find((f) => f.role === 'reason');
    expect(reason).toMatchObject({ kind: 'radio-group', label: 'Motif du retour', value: '' });
    expect(reason?.options?.map((o) => o.value)).toEqual(['d', 'i']);
    await prefill([{ sellerSku: 'CHARGEUR-65W', quantity: 1 }], {
      quantities: { 'CHARGEUR-65W': 1 },
      reason: 'CR-NOT_COMPATIBLE',
      comment: '',
    });
    expect(document.querySelector<HTMLInputElement>('input[name=motif]:checked')?.value).toBe('i');
    expect(document.querySelector<HTMLInputElement>('input[name=etiquette]:checked')?.value).toBe('email');
  });
});

describe('radio groups as pages write them', () => {
  const choices = (reason: string): ReturnChoices => ({
    quantities: { 'CHARGEUR-65W': 1 },
    reason,
    comment: '',
  });
  const item = [{ sellerSku: 'CHARGEUR-65W', quantity: 1 }];

  it('checks the right radio when the radios have no value of their own', async () => {
    document.body.innerHTML = `${quantityRow('CHARGEUR-65W', 'q1')}
      <fieldset><legend>Motif du retour</legend>
        <label><input type="radio" name="m" id="r-def"> Article défectueux</label>
        <label><input type="radio" name="m" id="r-inc"> Incompatible avec l'appareil du client</label>
      </fieldset>`;
    await prefill(item, choices('CR-NOT_COMPATIBLE'));
    expect(document.querySelector('input:checked')?.id).toBe('r-inc');
  });

  it('groups nameless radios by their fieldset, labels read after them', async () => {
    document.body.innerHTML = `${quantityRow('CHARGEUR-65W', 'q1')}
      <fieldset><legend>Motif du retour</legend>
        <input type="radio" value="1"> <span>Article défectueux</span>
        <input type="radio" value="2"> <span>Incompatible avec l'appareil du client</span>
      </fieldset>`;
    await prefill(item, choices('CR-NOT_COMPATIBLE'));
    expect(document.querySelector<HTMLInputElement>('input:checked')?.value).toBe('2');
  });

  it('never offers a disabled radio, never takes word radios for a quantity', () => {
    document.body.innerHTML = `<fieldset><legend>Retour</legend>${quantityRow('CHARGEUR-65W', 'q1')}
      <label><input type="radio" name="m" value="d" disabled> Article défectueux</label>
      <label><input type="radio" name="m" value="i"> Incompatible</label></fieldset>`;
    const form = readReturnForm(document);
    expect(form.fields.filter((f) => f.role === 'quantity').map((f) => f.kind)).toEqual(['select']);
    expect(form.fields.find((f) => f.kind === 'radio-group')?.options?.map((o) => o.value)).toEqual(['i']);
  });
});

describe('a "Return this item" box per row', () => {
  it('ticks it for the items that come back and leaves the others’ rows alone, a quantity with no 0 included', async () => {
    const row = (sku: string, id: string) => `<tr><td>${sku}</td>
        <td><input type="checkbox" id="in-${id}" value="1"><label for="in-${id}">Restituisci questo articolo</label></td>
        <td><label for="q-${id}">Quantità da restituire</label>
          <select id="q-${id}"><option>1</option><option>2</option></select></td></tr>`;
    document.body.innerHTML = `<table>${row('PENNELLI-SET', 'a')}${row('BLOCCO-A4', 'b')}</table>
      <label><input type="checkbox" id="mail"> Invia l'autorizzazione via e-mail</label>`;
    const { plan, outcomes } = await prefill(
      [
        { sellerSku: 'PENNELLI-SET', quantity: 3 },
        { sellerSku: 'BLOCCO-A4', quantity: 2 },
      ],
      { quantities: { 'PENNELLI-SET': 2, 'BLOCCO-A4': 0 }, reason: '', comment: '' },
    );
    expect(plan.problems).toEqual([]);
    expect(outcomes.every((o) => o.status === 'filled')).toBe(true);
    expect(document.querySelector<HTMLInputElement>('#in-a')?.checked).toBe(true);
    expect(document.querySelector<HTMLSelectElement>('#q-a')?.value).toBe('2');
    expect(document.querySelector<HTMLInputElement>('#in-b')?.checked).toBe(false);
    expect(document.querySelector<HTMLInputElement>('#mail')?.checked).toBe(false);
  });
});

describe('what the seller cannot see or the field cannot hold', () => {
  it('fills the form the seller sees, not a hidden copy of it from an earlier step', async () => {
    document.body.innerHTML = `<section style="display:none">${quantityRow('MUG-1', 'old')}</section>
      ${quantityRow('MUG-1', 'q1')}`;
    const { plan } = await prefill([{ sellerSku: 'MUG-1', quantity: 1 }], {
      quantities: { 'MUG-1': 1 },
      reason: '',
      comment: '',
    });
    expect(plan.refusal).toBeUndefined();
    expect(document.querySelector<HTMLSelectElement>('#q1')?.value).toBe('1');
    expect(document.querySelector<HTMLSelectElement>('#old')?.value).toBe('0');
  });

  it('leaves a comment longer than its maxlength to the seller, uncut', async () => {
    document.body.innerHTML = `${quantityRow('MUG-1', 'q1')}
      <label for="c">Commentaires</label><textarea id="c" maxlength="20"></textarea>`;
    const comment = 'Anse cassée à la livraison, carton enfoncé.';
    const { plan } = await prefill([{ sellerSku: 'MUG-1', quantity: 1 }], {
      quantities: { 'MUG-1': 1 },
      reason: '',
      comment,
    });
    expect(document.querySelector('textarea')?.value).toBe('');
    expect(plan.problems).toContainEqual(
      expect.objectContaining({ role: 'comment', code: 'text-too-long', detail: '20', requested: comment }),
    );
  });

  it('leaves a whole hidden wizard step alone, its reason outside every row included', async () => {
    const row = (id: string) => `<div class="row"><span>MUG-1</span><label for="q-${id}">Retour</label>
        <select id="q-${id}"><option>0</option><option>1</option></select>
        <label for="r-${id}">Motif du retour</label>
        <select id="r-${id}"><option value=""></option><option value="CR-DEFECTIVE">Défectueux</option></select></div>`;
    document.body.innerHTML = `<section style="display:none">${row('old')}</section>${row('now')}`;
    const { plan } = await prefill([{ sellerSku: 'MUG-1', quantity: 1 }], {
      quantities: { 'MUG-1': 1 },
      reason: 'CR-DEFECTIVE',
      comment: '',
    });
    expect(plan.refusal).toBeUndefined();
    expect(document.querySelector<HTMLSelectElement>('#r-now')?.value).toBe('CR-DEFECTIVE');
    expect(document.querySelector<HTMLSelectElement>('#r-old')?.value).toBe('');
  });

  it('never writes a later step the page still hides, and says so', async () => {
    document.body.innerHTML = `<div class="fila"><span>TAZA-350</span><label for="q">Devolución</label>
        <select id="q"><option>0</option><option>1</option></select></div>
      <button type="button" aria-controls="paso-2">Siguiente</button>
      <div id="paso-2" style="display:none"><label for="m">Motivo de la devolución</label>
        <select id="m"><option value=""></option><option value="CR-DEFECTIVE">Defectuoso</option></select>
        <label for="c">Comentarios</label><textarea id="c"></textarea></div>`;
    const { plan, outcomes } = await prefill([{ sellerSku: 'TAZA-350', quantity: 1 }], {
      quantities: { 'TAZA-350': 1 },
      reason: 'CR-DEFECTIVE',
      comment: 'Asa rota.',
    });
    expect(plan.refusal).toBeUndefined();
    expect(document.querySelector<HTMLSelectElement>('#q')?.value).toBe('1');
    expect(document.querySelector<HTMLSelectElement>('#m')?.value).toBe('');
    expect(document.querySelector('textarea')?.value).toBe('');
    expect(outcomes.filter((o) => o.status === 'not-filled').map((o) => [o.role, o.problem?.code])).toEqual([
      ['reason', 'not-shown'],
      ['comment', 'not-shown'],
    ]);
  });

  it('fills a reason the page shows once the quantity is chosen', async () => {
    document.body.innerHTML = `${quantityRow('MUG-1', 'q1')}
      <div id="motif" hidden><label for="r">Motif du retour</label>
        <select id="r"><option value=""></option><option value="CR-DEFECTIVE">Défectueux</option></select></div>`;
    document
      .querySelector('#q1')
      ?.addEventListener('change', () =>
        setTimeout(() => document.querySelector('#motif')?.removeAttribute('hidden'), 20),
      );
    const { outcomes } = await prefill([{ sellerSku: 'MUG-1', quantity: 1 }], {
      quantities: { 'MUG-1': 1 },
      reason: 'CR-DEFECTIVE',
      comment: '',
    });
    expect(document.querySelector<HTMLSelectElement>('#r')?.value).toBe('CR-DEFECTIVE');
    expect(outcomes.every((o) => o.status === 'filled')).toBe(true);
  });

  it('offers no hidden copy of a radio when the group shows radios', () => {
    document.body.innerHTML = `<form>${quantityRow('MUG-1', 'q1')}
      <fieldset style="display:none"><legend>Motif du retour</legend>
        <label><input type="radio" name="m" value="d"> Défectueux</label></fieldset>
      <fieldset><legend>Motif du retour</legend>
        <label><input type="radio" name="m" value="d2"> Défectueux</label>
        <label><input type="radio" name="m" value="i2"> Incompatible</label></fieldset></form>`;
    const reason = readReturnForm(document).fields.find((f) => f.role === 'reason');
    expect(reason?.options?.map((o) => o.value)).toEqual(['d2', 'i2']);
  });

  it('still offers a folded radio that says what no shown one says', () => {
    document.body.innerHTML = `${quantityRow('MUG-1', 'q1')}
      <fieldset><legend>Motif du retour</legend>
        <label><input type="radio" name="m" value="d"> Défectueux</label>
        <div hidden><label><input type="radio" name="m" value="x"> Article reçu en plus, non commandé</label></div></fieldset>`;
    const reason = readReturnForm(document).fields.find((f) => f.role === 'reason');
    expect(reason?.options?.map((o) => o.value)).toEqual(['d', 'x']);
  });

  it('keeps a hidden reason with no shown twin (it shows once a quantity is chosen)', () => {
    document.body.innerHTML = `${quantityRow('MUG-1', 'q1')}
      <div style="display:none"><label for="r">Motif du retour</label>
        <select id="r"><option value=""></option><option value="CR-DEFECTIVE">Défectueux</option></select></div>`;
    expect(readReturnForm(document).fields.map((f) => f.role)).toEqual(['quantity', 'reason']);
  });

  it('never names a labelled control by the description it points to', () => {
    document.body.innerHTML = `<div class="row"><span>MUG-1</span><label for="q">Retour</label>
        <select id="q"><option>0</option><option>1</option></select>
        <label for="trk">N° de suivi</label><input id="trk" aria-describedby="h"><small id="h">Commentaire : facultatif</small></div>`;
    expect(readReturnForm(document).fields.map((f) => f.role)).toEqual(['quantity', 'other']);
  });

  it('names a control by the lead-in of the description it points to', () => {
    document.body.innerHTML = `<span id="tip-q" role="tooltip">Return: how many units come back</span>
      <div class="row"><span>MUG-1</span><select aria-describedby="tip-q"><option>0</option><option>1</option></select></div>`;
    expect(readReturnForm(document).fields.map((f) => f.role)).toEqual(['quantity']);
  });
});

describe('a form named only by its placeholders', () => {
  it('reads a placeholder without its hint, and a list’s disabled first choice as its label', async () => {
    const row = (sku: string, id: string) => `<div role="group"><p>SKU: ${sku}</p>
        <input type="number" id="${id}" min="0" max="2" placeholder="Rücksendemenge (höchstens 2)"></div>`;
    document.body.innerHTML = `<form>${row('TASSE-1', 'm1')}${row('TELLER-2', 'm2')}
      <select id="g"><option value="" selected disabled>Rücksendegrund</option><option value="G4">Defekt oder funktioniert nicht</option></select>
      <textarea id="k" placeholder="Kommentare (optional): erscheinen auf dem Rücksendeetikett"></textarea>
      <input id="sn" placeholder="Sendungsnummer: falls bekannt"></form>`;
    const { plan } = await prefill(
      [
        { sellerSku: 'TASSE-1', quantity: 2 },
        { sellerSku: 'TELLER-2', quantity: 2 },
      ],
      { quantities: { 'TASSE-1': 0, 'TELLER-2': 2 }, reason: 'CR-DEFECTIVE', comment: 'Sprung im Teller.' },
    );
    expect(plan.problems).toEqual([]);
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    expect([value('m2'), value('g'), value('k'), value('sn')]).toEqual(['2', 'G4', 'Sprung im Teller.', '']);
  });
});

describe('a reason asked as a category, then the reason itself', () => {
  const page = (extraGroup = '') => `${quantityRow('KANNE-1L', 'q1')}
    <div><label for="kat">Rücksendegrund</label>
      <select id="kat"><option value="">Bitte wählen</option><option value="K1">Artikel</option><option value="K2">Versand</option></select>
      <label for="det">Genauer Grund</label>
      <select id="det"><option value="">Zuerst Kategorie wählen</option>
        <optgroup label="Artikel"><option value="CR-DEFECTIVE">Defekt</option><option value="CR-DAMAGED_BY_FC">Beschädigt, Versandkarton intakt</option></optgroup>
        <optgroup label="Versand"><option value="CR-DAMAGED_BY_CARRIER">Beim Transport beschädigt</option></optgroup>${extraGroup}
      </select></div>`;
  const choices = (reason: string) => ({ quantities: { 'KANNE-1L': 1 }, reason, comment: '' });

  it('sets the reason and, first, the category that holds it', async () => {
    document.body.innerHTML = page();
    expect(readReturnForm(document).fields.map((f) => f.role)).toEqual(['quantity', 'reason']);
    const { outcomes } = await prefill(
      [{ sellerSku: 'KANNE-1L', quantity: 1 }],
      choices('CR-DAMAGED_BY_CARRIER'),
    );
    expect(document.querySelector<HTMLSelectElement>('#kat')?.value).toBe('K2');
    expect(document.querySelector<HTMLSelectElement>('#det')?.value).toBe('CR-DAMAGED_BY_CARRIER');
    expect(outcomes.every((o) => o.status === 'filled')).toBe(true);
  });

  it('leaves the reason unfilled, and says so, when no category stands for its group', async () => {
    document.body.innerHTML = page(
      '<optgroup label="Sonstiges"><option value="CR-OTHER">Sonstiges</option></optgroup>',
    );
    const { outcomes } = await prefill([{ sellerSku: 'KANNE-1L', quantity: 1 }], choices('CR-OTHER'));
    expect(document.querySelector<HTMLSelectElement>('#kat')?.value).toBe('');
    expect(document.querySelector<HTMLSelectElement>('#det')?.value).toBe('');
    expect(outcomes.find((o) => o.role === 'reason')?.status).toBe('not-filled');
  });
});

describe('reasons told apart by their words', () => {
  it.each([
    ['Teile fehlen – Zubehör oder Einzelteile fehlen', 'CR-MISSING_PARTS'],
    ['Artikel fehlt – ein ganzer Artikel war nicht im Paket', null],
    ['Article reçu en plus, non commandé', 'CR-EXTRA_ITEM'],
    ['Pièces ou accessoires manquants', 'CR-MISSING_PARTS'],
    ['Elementi mancanti', 'CR-MISSING_PARTS'],
    ['Commande incomplète', null],
    ['Part of my order is missing', null],
    ['Livré en plusieurs colis', null],
    ['Incompatible, en plus de ne pas fonctionner', 'CR-NOT_COMPATIBLE'],
  ])('"%s" → %s', (label, code) => {
    expect(reasonOfLabel(normalizeLabel(label))).toBe(code);
  });

  it('takes no defective part for a missing one', () => {
    expect(reasonOfLabel(normalizeLabel('Fehlerhaftes Teil'))).not.toBe('CR-MISSING_PARTS');
  });
});

describe('controls as other layouts write them', () => {
  const item = [
    { sellerSku: 'LAMPE-LED', quantity: 1 },
    { sellerSku: 'AMPOULE-E27', quantity: 2 },
  ];

  it('writes the comment into a rich-text box as typed text, never as HTML', async () => {
    document.body.innerHTML = `${quantityRow('LAMPE-LED', 'q1')}
      <span id="c-label">Commentaires</span>
      <div contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="c-label"></div>`;
    const comment = 'Clignote <1 s puis s’éteint.\nLe client garde les ampoules.';
    const { outcomes } = await prefill([item[0] as Item], {
      quantities: { 'LAMPE-LED': 1 },
      reason: '',
      comment,
    });
    const box = document.querySelector('[contenteditable]') as HTMLElement;
    expect(box.textContent).toContain('Clignote <1 s');
    expect(box.querySelector('*:not(br)')).toBeNull();
    expect(outcomes.find((o) => o.role === 'comment')?.status).toBe('filled');
  });

  it('names a control by its label before a dash that names the row’s item, dashes in the title included', async () => {
    document.body.innerHTML = ['LAMPE-LED', 'AMPOULE-E27']
      .map(
        (sku, i) => `<div><span>${sku}</span>
        <select id="q${i}" aria-label="Quantità da restituire – Lampada LED – nera"><option>0</option><option>1</option><option>2</option></select></div>`,
      )
      .join('');
    const form = readReturnForm(document);
    expect(form.fields.map((f) => [f.role, f.label])).toEqual([
      ['quantity', 'Quantità da restituire – Lampada LED – nera'],
      ['quantity', 'Quantità da restituire – Lampada LED – nera'],
    ]);
    await prefill(item, { quantities: { 'LAMPE-LED': 1, 'AMPOULE-E27': 0 }, reason: '', comment: '' });
    expect((document.querySelector('#q0') as HTMLSelectElement).value).toBe('1');
    expect((document.querySelector('#q1') as HTMLSelectElement).value).toBe('0');
  });

  it('leaves read-only boxes that repeat the quantities alone, but fills a stepper’s read-only number', async () => {
    document.body.innerHTML = `<aside><p>LAMPE-LED : <input id="summary" readonly value="0" aria-label="Retour – LAMPE-LED"></p></aside>
      <div><span>LAMPE-LED</span><label for="q1">Retour</label>
        <span><button type="button">−</button><input id="q1" type="number" readonly value="0" max="1"><button type="button">+</button></span></div>`;
    const form = readReturnForm(document);
    expect(form.fields.filter((f) => f.role === 'quantity')).toHaveLength(1);
    await prefill([item[0] as Item], { quantities: { 'LAMPE-LED': 1 }, reason: '', comment: '' });
    expect((document.querySelector('#q1') as HTMLInputElement).value).toBe('1');
    expect((document.querySelector('#summary') as HTMLInputElement).value).toBe('0');
  });

  it('finds the quantity under the everyday word for it in each language', () => {
    for (const label of ['Quantité', 'Quantity', 'Menge', 'Cantidad que se devuelve', 'Quantità']) {
      document.body.innerHTML = `<div><span>LAMPE-LED</span><label for="q1">${label}</label>
        <select id="q1"><option>0</option><option>1</option></select></div>`;
      expect(
        readReturnForm(document).fields.map((f) => f.role),
        label,
      ).toEqual(['quantity']);
    }
  });

  const stepperRow = (sku: string, id: string, value: number) => `<div><span>${sku}</span>
    <span id="${id}-l">Retour</span>
    <div role="group" aria-labelledby="${id}-l"><button type="button" aria-label="Retirer une unité">−</button>
      <span id="${id}-shown">${value}</span><button type="button" aria-label="Ajouter une unité">+</button>
      <input type="hidden" id="${id}" value="${value}"></div></div>`;

  it('sets a stepper with no script behind its buttons: the hidden number and the number shown', async () => {
    document.body.innerHTML = stepperRow('LAMPE-LED', 'a', 1) + stepperRow('AMPOULE-E27', 'b', 1);
    const { plan, outcomes } = await prefill(item, {
      quantities: { 'LAMPE-LED': 0, 'AMPOULE-E27': 2 },
      reason: '',
      comment: '',
    });
    expect(['#a', '#b'].map((id) => (document.querySelector(id) as HTMLInputElement).value)).toEqual([
      '0',
      '2',
    ]);
    expect(['#a-shown', '#b-shown'].map((id) => document.querySelector(id)?.textContent)).toEqual(['0', '2']);
    expect(outcomes.filter((o) => o.role === 'quantity').map((o) => o.status)).toEqual(['filled', 'filled']);
    // Read back by the extension after the fill: the number shown changed, the row is the same.
    expect(verifyFill(document, plan, outcomes).map((o) => o.status)).toEqual(['filled', 'filled']);
  });

  it('clicks a stepper’s buttons as the seller would when the page answers them', async () => {
    document.body.innerHTML = stepperRow('AMPOULE-E27', 'b', 0);
    const input = document.querySelector('#b') as HTMLInputElement;
    const clicks: string[] = [];
    for (const button of Array.from(document.querySelectorAll('button')))
      button.addEventListener('click', () => {
        const plus = button.textContent === '+';
        clicks.push(button.textContent ?? '');
        input.value = String(Number(input.value) + (plus ? 1 : -1));
      });
    await prefill([item[1] as Item], { quantities: { 'AMPOULE-E27': 2 }, reason: '', comment: '' });
    expect(clicks).toEqual(['+', '+']);
    expect(input.value).toBe('2');
  });

  it('picks a reason in a listbox of options: the option marked selected and the hidden input beside it', async () => {
    document.body.innerHTML = `${quantityRow('LAMPE-LED', 'q1')}
      <div><span id="m">Motif du retour</span>
        <div role="listbox" aria-labelledby="m">
          <div role="option" data-value="R1" aria-selected="false">Article défectueux</div>
          <div role="option" data-value="R2" aria-selected="false">Pièces ou accessoires manquants</div>
        </div><input type="hidden" id="m-value" value=""></div>
      <div><span id="e">Recevoir l'autorisation</span>
        <div role="listbox" aria-labelledby="e"><div role="option" data-value="pdf" aria-selected="true">PDF</div></div></div>`;
    const { outcomes } = await prefill([item[0] as Item], {
      quantities: { 'LAMPE-LED': 1 },
      reason: 'CR-MISSING_PARTS',
      comment: '',
    });
    const selected = Array.from(document.querySelectorAll('[aria-selected="true"]')).map(
      (o) => o.textContent,
    );
    expect(selected).toEqual(['Pièces ou accessoires manquants', 'PDF']);
    expect((document.querySelector('#m-value') as HTMLInputElement).value).toBe('R2');
    expect(outcomes.find((o) => o.role === 'reason')?.status).toBe('filled');
  });

  it('writes a listbox’s choice into the hidden input beside it only, never into the form’s other hidden inputs', async () => {
    document.body.innerHTML = `<form><input type="hidden" id="oid" value="402-1234567-1234567"><input type="hidden" id="csrf" value="tok">
      ${quantityRow('LAMPE-LED', 'q1')}<span id="m">Motif du retour</span>
      <div role="listbox" aria-labelledby="m">
        <div role="option" data-value="R1">Article défectueux</div>
        <div role="option" data-value="R2" aria-disabled="true">Pièces ou accessoires manquants</div>
        <div role="option" data-value="R3">Pièces manquantes (autre)</div></div></form>`;
    const { outcomes } = await prefill([item[0] as Item], {
      quantities: { 'LAMPE-LED': 1 },
      reason: 'CR-DEFECTIVE',
      comment: '',
    });
    expect(['#oid', '#csrf'].map((id) => (document.querySelector(id) as HTMLInputElement).value)).toEqual([
      '402-1234567-1234567',
      'tok',
    ]);
    expect(document.querySelector('[aria-selected="true"]')?.textContent).toBe('Article défectueux');
    expect(outcomes.find((o) => o.role === 'reason')?.status).toBe('filled');
    const form = readReturnForm(document);
    expect(form.fields.find((f) => f.role === 'reason')?.options?.map((o) => o.value)).toEqual(['R1', 'R3']);
  });

  it('never clicks a bin or another button beside a stepper, only its − and +', async () => {
    document.body.innerHTML = `<div><span>LAMPE-LED</span><span id="l">Return quantity</span>
      <div role="group" aria-labelledby="l"><button type="button" id="rm" aria-label="Remove item">🗑</button>
        <button type="button" aria-label="Decrease quantity">−</button><span>2</span>
        <button type="button" aria-label="Increase quantity">+</button><input type="hidden" value="2"></div></div>`;
    let removed = false;
    document.querySelector('#rm')?.addEventListener('click', () => {
      removed = true;
    });
    await prefill([{ sellerSku: 'LAMPE-LED', quantity: 2 }], {
      quantities: { 'LAMPE-LED': 1 },
      reason: '',
      comment: '',
    });
    expect(removed).toBe(false);
    expect((document.querySelector('input[type=hidden]') as HTMLInputElement).value).toBe('1');
  });

  it('waits for a page that answers a stepper’s click a moment later (a framework’s next render)', async () => {
    document.body.innerHTML = stepperRow('AMPOULE-E27', 'b', 0);
    const input = document.querySelector('#b') as HTMLInputElement;
    let count = 0;
    for (const button of Array.from(document.querySelectorAll('button')))
      button.addEventListener('click', () => {
        count += button.textContent === '+' ? 1 : -1;
        queueMicrotask(() => {
          input.value = String(count);
        });
      });
    const { outcomes } = await prefill([item[1] as Item], {
      quantities: { 'AMPOULE-E27': 2 },
      reason: '',
      comment: '',
    });
    expect([count, input.value]).toEqual([2, '2']);
    expect(outcomes.find((o) => o.role === 'quantity')).toMatchObject({ status: 'filled' });
  });

  it('takes no control named "Return – <something>" for the quantity: a fee box and a label format stay as they are', async () => {
    document.body.innerHTML = `<div class="row"><span>LAMPE-LED</span><label for="q1">Return quantity</label>
        <select id="q1"><option>0</option><option>1</option></select>
        <label><input type="checkbox" id="fee"> Return – charge a restocking fee</label>
        <label for="lf">Return – label format</label><select id="lf"><option>PDF</option><option>ZPL</option></select></div>`;
    const { plan } = await prefill([item[0] as Item], {
      quantities: { 'LAMPE-LED': 1 },
      reason: '',
      comment: '',
    });
    expect(plan.refusal).toBeUndefined();
    expect((document.querySelector('#q1') as HTMLSelectElement).value).toBe('1');
    expect((document.querySelector('#fee') as HTMLInputElement).checked).toBe(false);
    expect((document.querySelector('#lf') as HTMLSelectElement).value).toBe('PDF');
  });

  it('takes a disabled "Quantité" box for the count ordered, beside the quantity to return', async () => {
    document.body.innerHTML = `<div class="row"><span>LAMPE-LED</span><label for="o1">Quantité</label><input id="o1" type="number" disabled value="2">
      <label for="q1">Quantité à retourner</label><select id="q1"><option>0</option><option>1</option><option>2</option></select></div>`;
    const { plan } = await prefill([{ sellerSku: 'LAMPE-LED', quantity: 2 }], {
      quantities: { 'LAMPE-LED': 1 },
      reason: '',
      comment: '',
    });
    expect(plan.refusal).toBeUndefined();
    expect((document.querySelector('#q1') as HTMLSelectElement).value).toBe('1');
  });

  it('takes a read-only box beside two other buttons for a summary, and a wrapped stepper’s number for the quantity', async () => {
    document.body.innerHTML = `<aside><p>LAMPE-LED : <input readonly value="0" aria-label="Retour – LAMPE-LED">
        <button type="button">Modifier</button><button type="button">Retirer</button></p></aside>
      <div><span>LAMPE-LED</span><label for="q1">Quantité à retourner</label>
        <div class="stepper"><button type="button">−</button><span class="field"><input id="q1" type="number" readonly value="0"></span><button type="button">+</button></div></div>`;
    const form = readReturnForm(document);
    expect(form.fields.filter((f) => f.role === 'quantity').map((f) => f.label)).toEqual([
      'Quantité à retourner',
    ]);
    await prefill([item[0] as Item], { quantities: { 'LAMPE-LED': 1 }, reason: '', comment: '' });
    expect((document.querySelector('#q1') as HTMLInputElement).value).toBe('1');
  });

  it('never writes a listbox’s choice into an order id right beside it', async () => {
    document.body.innerHTML = `${quantityRow('LAMPE-LED', 'q1')}<span id="m">Motif du retour</span>
      <input type="hidden" id="oid" value="402-1234567-1234567">
      <div role="listbox" aria-labelledby="m"><div role="option" data-value="R1">Article défectueux</div></div>`;
    await prefill([item[0] as Item], { quantities: { 'LAMPE-LED': 1 }, reason: 'CR-DEFECTIVE', comment: '' });
    expect((document.querySelector('#oid') as HTMLInputElement).value).toBe('402-1234567-1234567');
  });

  it('never writes over a stepper whose page answers its clicks late: what the page holds is reported', async () => {
    document.body.innerHTML = stepperRow('AMPOULE-E27', 'b', 0);
    const input = document.querySelector('#b') as HTMLInputElement;
    let count = 0;
    for (const button of Array.from(document.querySelectorAll('button')))
      button.addEventListener('click', () => {
        count += button.textContent === '+' ? 1 : -1;
        setTimeout(() => {
          input.value = String(count);
        }, 60);
      });
    const { outcomes } = await prefill([item[1] as Item], {
      quantities: { 'AMPOULE-E27': 2 },
      reason: '',
      comment: '',
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const reported = outcomes.find((o) => o.role === 'quantity');
    expect(input.value).toBe('2');
    expect(reported?.status).toBe('filled');
  });
});
