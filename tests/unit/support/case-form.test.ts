// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillCaseForm } from '../../../core/support/fill-case-form';
import { locateCaseForm } from '../../../core/support/find-case-form';
import { descriptionFilled } from '../../../core/support/schema';
import { verifyCaseFill } from '../../../core/support/verify-case-fill';
import { withKatal } from '../return-form/dom';
import { drawTemplate, loadSupportFixture } from './dom';

// The case form's boxes found by their labels on fixture pages written from descriptions of
// plausible Seller Central contact pages (tests/fixtures/support-forms/README.md), filled, read
// back; and the pages where nothing may be filled.

const prefill = {
  text: 'Bonjour,\nla commande 402-1234567-1234567 est perdue.\nMerci.',
  subject: 'Commande perdue',
  orderId: '402-1234567-1234567',
};
const value = (selector: string) => (document.querySelector(selector) as HTMLTextAreaElement).value;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a native English form with subject, description and order id', () => {
  it('finds the three boxes by their labels, not the Help Hub search box', () => {
    loadSupportFixture('native-en.html');
    const search = locateCaseForm(document);
    expect(search.ok && search.fields.map((f) => [f.role, f.kind, f.label, f.element.id])).toEqual([
      ['description', 'textarea', 'Description', 'description'],
      ['subject', 'input', 'Subject', 'subject'],
      ['orderId', 'input', 'Order ID', 'order'],
    ]);
  });

  it('fills each with input and change events that bubble and cross shadow roots, and presses nothing', () => {
    loadSupportFixture('native-en.html');
    const events: string[] = [];
    for (const type of ['input', 'change', 'submit', 'click'])
      document.addEventListener(type, (e) => {
        events.push(`${type}:${(e.target as Element).id}:${e.bubbles && e.composed}`);
      });
    const result = fillCaseForm(document, prefill);
    expect(result.outcomes?.map((o) => [o.role, o.status, o.length])).toEqual([
      ['description', 'filled', prefill.text.length],
      ['subject', 'filled', prefill.subject.length],
      ['orderId', 'filled', prefill.orderId.length],
    ]);
    expect(value('#description')).toBe(prefill.text);
    expect(value('#subject')).toBe(prefill.subject);
    expect(value('#order')).toBe(prefill.orderId);
    expect(value('#hub-search')).toBe('');
    expect(events).toEqual([
      'input:description:true',
      'change:description:true',
      'input:subject:true',
      'change:subject:true',
      'input:order:true',
      'change:order:true',
    ]);
  });

  it('reads every box back itself: ✓ for what it reads, ✗ with what the page holds instead', () => {
    loadSupportFixture('native-en.html');
    fillCaseForm(document, prefill);
    // The page's script rewrites the subject after us.
    (document.getElementById('subject') as HTMLInputElement).value = 'Changed by the page';
    const report = verifyCaseFill(document, prefill);
    expect(report.outcomes.map((o) => [o.role, o.status, o.detail])).toEqual([
      ['description', 'filled', undefined],
      ['subject', 'not-filled', 'Changed by the page'],
      ['orderId', 'filled', undefined],
    ]);
    expect(descriptionFilled(report)).toBe(true);
  });

  it('leaves the subject and order id alone when none is asked', () => {
    loadSupportFixture('native-en.html');
    const result = fillCaseForm(document, { text: 'Case' });
    expect(result.outcomes?.map((o) => o.role)).toEqual(['description']);
    expect(value('#subject')).toBe('');
  });
});

describe('a Katal form drawn late, its description label only inside the shadow root', () => {
  it('finds nothing before the form is drawn, then the kat-textarea by its inner label', () => {
    withKatal();
    loadSupportFixture('katal-fr.html');
    expect(locateCaseForm(document)).toEqual({ ok: false, refusal: 'no-box', boxes: 0 });
    drawTemplate('case-form');
    const box = document.getElementById('description') as HTMLElement & { label: string };
    box.label = 'Décrivez votre problème';
    expect(box.hasAttribute('label')).toBe(false);
    const search = locateCaseForm(document);
    expect(search.ok && search.fields.map((f) => [f.role, f.kind, f.label])).toEqual([
      ['description', 'kat-textarea', 'Décrivez votre problème'],
      ['subject', 'kat-input', 'Objet'],
    ]);
  });

  it('fills the inner textarea; the component and the isolated world both read it back', () => {
    withKatal();
    loadSupportFixture('katal-fr.html');
    drawTemplate('case-form');
    (document.getElementById('description') as HTMLElement & { label: string }).label =
      'Décrivez votre problème';
    const hostEvents: string[] = [];
    document.getElementById('description')?.addEventListener('input', () => hostEvents.push('input'));
    const claims = fillCaseForm(document, prefill).outcomes ?? [];
    expect(claims.map((o) => [o.role, o.status])).toEqual([
      ['description', 'filled'],
      ['subject', 'filled'],
    ]);
    expect((document.getElementById('description') as unknown as { value: string }).value).toBe(prefill.text);
    // The inner textarea's `input` crossed the shadow root to the component.
    expect(hostEvents).toEqual(['input']);
    const report = verifyCaseFill(document, prefill, claims);
    expect(report.outcomes.map((o) => [o.role, o.status])).toEqual([
      ['description', 'filled'],
      ['subject', 'filled'],
    ]);
  });

  it('a box only page scripts can read keeps the page’s word (≈), never ✓', () => {
    withKatal();
    document.body.innerHTML = '<kat-textarea id="d" label="Description"></kat-textarea>';
    const box = document.getElementById('d') as HTMLElement;
    // As if its shadow root were closed: the inner textarea cannot be reached.
    box.shadowRoot?.querySelector('textarea')?.remove();
    const ask = { text: 'Case' };
    const claimed = [
      { role: 'description' as const, label: 'Description', status: 'filled' as const, length: 4 },
    ];
    expect(verifyCaseFill(document, ask, claimed).outcomes[0]?.status).toBe('confirmed-by-page');
    expect(verifyCaseFill(document, ask, []).outcomes[0]?.status).toBe('not-filled');
    // A claim of another length is not about our text.
    const other = [{ ...claimed[0], length: 3 }] as typeof claimed;
    expect(verifyCaseFill(document, ask, other).outcomes[0]?.status).toBe('not-filled');
  });
});

describe('a German native form', () => {
  it('finds Beschreibung, Betreff and Bestellnummer in their wrapping labels and fills them', () => {
    loadSupportFixture('native-de.html');
    const result = fillCaseForm(document, prefill);
    // The description first, then the optional boxes, whatever their order on the page.
    expect(result.outcomes?.map((o) => [o.role, o.label, o.status])).toEqual([
      ['description', 'Beschreibung', 'filled'],
      ['subject', 'Betreff', 'filled'],
      ['orderId', 'Bestellnummer', 'filled'],
    ]);
    expect(value('#description')).toBe(prefill.text);
    expect(document.getElementById('submitted')?.textContent).toBe('');
  });
});

describe('pages where nothing may be filled', () => {
  it('two unlabelled textareas cannot be told apart: refused, both left empty', () => {
    loadSupportFixture('two-unlabelled.html');
    expect(fillCaseForm(document, prefill)).toEqual({ refusal: 'several-boxes' });
    expect(value('#first')).toBe('');
    expect(value('#second')).toBe('');
    expect(verifyCaseFill(document, prefill)).toEqual({ outcomes: [], refusal: 'several-boxes', boxes: 2 });
  });

  it('two boxes both labelled Description are refused too', () => {
    document.body.innerHTML =
      '<label>Description <textarea id="a"></textarea></label><label>Description <textarea id="b"></textarea></label>';
    expect(locateCaseForm(document)).toEqual({ ok: false, refusal: 'several-boxes', boxes: 2 });
  });

  it('the Help Hub landing page has no box: the text goes to the clipboard, the search box stays empty', () => {
    loadSupportFixture('no-box.html');
    expect(fillCaseForm(document, prefill)).toEqual({ refusal: 'no-box' });
    expect(value('#hub-search')).toBe('');
  });

  it('a disabled or read-only description box is not a box to fill', () => {
    document.body.innerHTML =
      '<label for="d">Description</label><textarea id="d" readonly></textarea><label>Descripción <textarea disabled></textarea></label>';
    expect(locateCaseForm(document)).toEqual({ ok: false, refusal: 'no-box', boxes: 0 });
  });

  it('a one-line input labelled Description is not the case description box', () => {
    document.body.innerHTML = '<label>Description <input id="d" /></label>';
    expect(locateCaseForm(document)).toMatchObject({ ok: false, refusal: 'no-box' });
  });
});

describe('boxes met on independently written contact pages', () => {
  it('keeps what the seller already typed, says so, and fills the empty boxes', () => {
    document.body.innerHTML = `
      <label for="d">Description</label><textarea id="d">The customer says the parcel never came.</textarea>
      <label for="o">Order ID</label><input id="o" />`;
    const result = fillCaseForm(document, prefill);
    expect(result.outcomes?.map((o) => [o.role, o.status])).toEqual([
      ['description', 'kept'],
      ['orderId', 'filled'],
    ]);
    expect(value('#d')).toBe('The customer says the parcel never came.');
    expect(value('#o')).toBe(prefill.orderId);
    const verified = verifyCaseFill(document, prefill, result.outcomes);
    expect(verified.outcomes.map((o) => o.status)).toEqual(['kept', 'filled']);
    expect(descriptionFilled(verified)).toBe(false);
  });

  it('says "kept" only where the box still holds other text than the case’s', () => {
    document.body.innerHTML = '<label for="d">Description</label><textarea id="d"></textarea>';
    // A page claiming the seller's text was kept over a box the extension reads empty: not believed.
    const claims = [
      { role: 'description' as const, label: 'Description', status: 'kept' as const, length: 5 },
    ];
    expect(verifyCaseFill(document, prefill, claims).outcomes.map((o) => o.status)).toEqual(['not-filled']);
  });

  it('finds boxes by placeholder and by a kat-label’s `for`, and never takes a search box', () => {
    withKatal();
    document.body.innerHTML = `
      <textarea id="help" placeholder="Hilfe durchsuchen"></textarea>
      <label for="lookup">Bestellnummer</label><input id="lookup" type="search" />
      <kat-label for="subj" text="Betreff"></kat-label><kat-input id="subj"></kat-input>
      <textarea id="text" placeholder="Beschreiben Sie Ihr Problem so genau wie möglich"></textarea>
      <input id="order" placeholder="Bestellnummer (optional)" />`;
    const search = locateCaseForm(document);
    expect(search.ok && search.fields.map((f) => [f.role, (f.element as Element).id])).toEqual([
      ['description', 'text'],
      ['subject', 'subj'],
      ['orderId', 'order'],
    ]);
  });
});

describe('boxes that want their value in a form of their own', () => {
  const form = (orderBox: string) => `<form>
    <label for="t">Additional details</label><textarea id="t"></textarea>
    <label for="o">Order ID</label>${orderBox}</form>`;

  it('writes the order id without its dashes where the box’s pattern and length want it so, and reads it back', () => {
    document.body.innerHTML = form('<input id="o" pattern="[A-Za-z0-9]{19}|[A-Za-z0-9]{17}" maxlength="17">');
    const result = fillCaseForm(document, prefill);
    expect(value('#o')).toBe('40212345671234567');
    expect(value('#t')).toBe(prefill.text);
    expect(result.outcomes?.map((o) => [o.role, o.status])).toEqual([
      ['description', 'filled'],
      ['orderId', 'filled'],
    ]);
    expect(
      verifyCaseFill(document, prefill, result.outcomes).outcomes.map((o) => [o.role, o.status]),
    ).toEqual([
      ['description', 'filled'],
      ['orderId', 'filled'],
    ]);
  });

  it('keeps the dashes where the box takes them, and fills no box that takes neither form', () => {
    document.body.innerHTML = form('<input id="o" pattern="\\d{3}-\\d{7}-\\d{7}">');
    fillCaseForm(document, prefill);
    expect(value('#o')).toBe(prefill.orderId);
    document.body.innerHTML = form('<input id="o" maxlength="10">');
    const result = fillCaseForm(document, prefill);
    expect(value('#o')).toBe('');
    expect(result.outcomes?.find((o) => o.role === 'orderId')?.status).toBe('not-filled');
  });

  it('takes "Additional details" for the description and leaves a topic list named "Subject" alone', () => {
    document.body.innerHTML = `<form><label for="s">Subject</label>
      <select id="s"><option value="a">Order not shipped</option><option value="b" selected>Order lost</option></select>
      <label for="t">Additional details</label><textarea id="t"></textarea></form>`;
    (document.querySelector('option[value=b]') as HTMLOptionElement).selected = true;
    fillCaseForm(document, prefill);
    expect(value('#t')).toBe(prefill.text);
    expect(value('#s')).toBe('b');
  });

  it('takes "Additional information" beside a description box for another box, in each language', () => {
    for (const [main, more] of [
      ['Describe your problem', 'Additional information (optional)'],
      ['Beschreibung', 'Weitere Informationen'],
      ['Description du problème', 'Informations complémentaires'],
      ['Descripción', 'Información adicional'],
    ]) {
      document.body.innerHTML = `<form><label for="t">${main}</label><textarea id="t"></textarea>
        <label for="x">${more}</label><textarea id="x"></textarea></form>`;
      const result = fillCaseForm(document, prefill);
      expect(result.refusal, main).toBeUndefined();
      expect([value('#t'), value('#x')], main).toEqual([prefill.text, '']);
    }
  });

  it('takes no "Details of …" box for the description, nor a details box beside another multi-line box', () => {
    document.body.innerHTML = `<form><label for="s">Subject</label><input id="s">
      <label for="a">Details of the new shipping address</label><textarea id="a"></textarea></form>`;
    expect(fillCaseForm(document, prefill).refusal).toBe('no-box');
    document.body.innerHTML = `<form><label for="m">Message</label><textarea id="m"></textarea>
      <label for="a">Additional details</label><textarea id="a"></textarea></form>`;
    expect(fillCaseForm(document, prefill).refusal).toBeDefined();
    expect([value('#m'), value('#a')]).toEqual(['', '']);
  });
});
