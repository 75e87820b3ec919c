// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { editorText } from '../../../core/forms/editor-text';
import { fillCaseForm } from '../../../core/support/fill-case-form';
import { verifyCaseFill } from '../../../core/support/verify-case-fill';

// Details of the case-form prefill that the fixtures do not pin one by one.

const prefill = {
  text: 'Order S01-1234567-1234567 was not delivered.\n<b>Please</b> reimburse it.',
  subject: 'Lost order',
  orderId: 'S01-1234567-1234567',
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the case form’s boxes', () => {
  it('fills a rich-text description as text, its line breaks kept, never as HTML', () => {
    document.body.innerHTML = `<form>
      <label for="s">Subject</label><input id="s">
      <div id="d" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Describe your issue"></div>
    </form>`;
    const result = fillCaseForm(document, prefill);
    const box = document.querySelector('#d') as HTMLElement;
    expect(editorText(box)).toBe(prefill.text);
    expect(box.querySelector('b')).toBeNull();
    expect(result.outcomes?.find((o) => o.role === 'description')?.status).toBe('filled');
    expect(verifyCaseFill(document, prefill, result.outcomes).outcomes.map((o) => o.status)).toEqual([
      'filled',
      'filled',
    ]);
  });

  it('fills the form the seller sees, not a hidden copy of it', () => {
    document.body.innerHTML = `<div hidden><label for="old">Description</label><textarea id="old"></textarea></div>
      <label for="d">Description</label><textarea id="d"></textarea>`;
    expect(fillCaseForm(document, prefill).refusal).toBeUndefined();
    expect((document.querySelector('#d') as HTMLTextAreaElement).value).toBe(prefill.text);
    expect((document.querySelector('#old') as HTMLTextAreaElement).value).toBe('');
  });

  it('fills the order id box of the description’s own form, not a chat widget’s beside it', () => {
    document.body.innerHTML = `<form><label>Describe your issue <textarea id="d"></textarea></label>
        <label>Order ID <input id="o"></label></form>
      <div role="dialog"><label for="c">Order ID (optional)</label><input id="c"></div>`;
    fillCaseForm(document, prefill);
    expect((document.querySelector('#o') as HTMLInputElement).value).toBe(prefill.orderId);
    expect((document.querySelector('#c') as HTMLInputElement).value).toBe('');
  });

  it('never writes the case into a chat assistant’s message box, though it is labelled as a description', () => {
    document.body.innerHTML = `<div class="assistant">
        <div role="log"><p>Bonjour ! Décrivez votre problème en une phrase.</p></div>
        <div class="composer"><textarea aria-label="Décrivez votre problème"></textarea>
          <button type="button">Envoyer le message</button></div></div>`;
    expect(fillCaseForm(document, prefill).refusal).toBe('no-box');
    expect(document.querySelector('textarea')?.value).toBe('');
  });

  it('still fills a case form beside a chat widget whose log is in the same page', () => {
    document.body.innerHTML = `<main><form><label for="s">Betreff</label><input id="s">
        <label for="d">Beschreibung</label><textarea id="d"></textarea></form>
      <aside><div role="log"><p>Wie können wir helfen?</p></div><input aria-label="Nachricht"></aside></main>`;
    expect(fillCaseForm(document, prefill).refusal).toBeUndefined();
    expect((document.querySelector('#d') as HTMLTextAreaElement).value).toBe(prefill.text);
  });

  it('puts the order id into the first of order-id boxes numbered after it, the further ones left empty', () => {
    document.body.innerHTML = `<form><input aria-label="Subject"><textarea aria-label="Description"></textarea>
      <input id="o1" aria-label="Order ID"><input id="o2" aria-label="Order ID 2 (optional)">
      <input id="o3" aria-label="Order ID 3 (optional)"></form>`;
    expect(fillCaseForm(document, prefill).refusal).toBeUndefined();
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    expect([value('o1'), value('o2'), value('o3')]).toEqual([prefill.orderId, '', '']);
  });

  it('fills none of several order-id boxes that are not numbered after the first', () => {
    document.body.innerHTML = `<form><textarea aria-label="Descripción"></textarea>
      <input id="o1" aria-label="Número de pedido"><input id="o2" aria-label="Número de pedido de Amazon"></form>`;
    expect(fillCaseForm(document, prefill).refusal).toBeUndefined();
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    expect([value('o1'), value('o2')]).toEqual(['', '']);
  });

  it('leaves a description box too short for the case text empty, and says how long it may be', () => {
    document.body.innerHTML = `<label for="d">Description</label><textarea id="d" maxlength="30"></textarea>`;
    const result = fillCaseForm(document, prefill);
    expect((document.querySelector('#d') as HTMLTextAreaElement).value).toBe('');
    expect(result.outcomes).toEqual([
      expect.objectContaining({ role: 'description', status: 'not-filled', limit: 30 }),
    ]);
    expect(verifyCaseFill(document, prefill, result.outcomes).outcomes).toEqual([
      expect.objectContaining({ status: 'not-filled', limit: 30 }),
    ]);
  });

  it('takes the order id box of the description’s own form only, none from a widget beside it', () => {
    document.body.innerHTML = `<form><label>Description <textarea id="d"></textarea></label></form>
      <aside><label for="c">Numéro de commande</label><input id="c"></aside>`;
    fillCaseForm(document, prefill);
    expect((document.querySelector('#c') as HTMLInputElement).value).toBe('');
  });

  it('never fills a hidden textarea behind a shown editor', () => {
    document.body.innerHTML = `<label for="d">Description</label><textarea id="d" style="display:none"></textarea>
      <div contenteditable="true" role="textbox" aria-label="Zone d'édition"></div>`;
    expect(fillCaseForm(document, prefill).refusal).toBe('no-box');
    expect((document.querySelector('#d') as HTMLTextAreaElement).value).toBe('');
  });

  it('takes an editor’s placeholder for no text of the seller’s, and skips an editor’s scratch box', () => {
    document.body.innerHTML = `<div class="ql-clipboard" contenteditable="true" tabindex="-1"></div>
      <div id="d" contenteditable="true" role="textbox" aria-label="Describe your issue"><span contenteditable="false" data-slate-placeholder="true">Describe your issue</span></div>`;
    const result = fillCaseForm(document, prefill);
    expect(result.outcomes?.[0]?.status).toBe('filled');
  });

  it('gives the seller’s focus back after filling an editor', () => {
    document.body.innerHTML = `<input id="search">
      <div id="d" contenteditable="true" role="textbox" aria-label="Describe your issue"></div>`;
    (document.querySelector('#search') as HTMLInputElement).focus();
    fillCaseForm(document, prefill);
    expect(document.activeElement?.id).toBe('search');
  });

  it('says the seller’s own text was kept, even when the case text is too long for the box', () => {
    document.body.innerHTML = `<label for="d">Description</label><textarea id="d" maxlength="30">Mon texte</textarea>`;
    const result = fillCaseForm(document, prefill);
    expect(result.outcomes?.[0]?.status).toBe('kept');
    expect(verifyCaseFill(document, prefill, result.outcomes).outcomes[0]?.status).toBe('kept');
  });

  it('takes a box tied to the description’s form by its form attribute for one of the form’s', () => {
    document.body.innerHTML = `<form id="case"><label>Description <textarea id="d"></textarea></label></form>
      <label for="o">Order ID</label><input id="o" form="case">`;
    fillCaseForm(document, prefill);
    expect((document.querySelector('#o') as HTMLInputElement).value).toBe(prefill.orderId);
  });
});

describe('a description box holding the page’s own template', () => {
  // German, the hint tied by aria-describedby and placed above the box, inside a wrapper of its own.
  const page = (template: string, hint = 'Bitte ersetzen Sie diesen Text durch Ihre Beschreibung.') => `
    <form><p id="tipp">${hint}</p>
      <label for="b">Beschreibung</label>
      <div class="wrap"><textarea id="b" aria-describedby="tipp">${template}</textarea></div>
      <label for="n">Bestellnummer</label><input id="n"></form>`;
  const template = 'Was ist passiert?\nWas haben Sie bereits unternommen?';
  const box = () => document.querySelector('#b') as HTMLTextAreaElement;

  it('replaces the template the page wrote and says to replace, with the case text alone', () => {
    document.body.innerHTML = page(template);
    const result = fillCaseForm(document, prefill);
    expect(box().value).toBe(prefill.text);
    expect(
      verifyCaseFill(document, prefill, result.outcomes).outcomes.map((o) => [o.role, o.status]),
    ).toEqual([
      ['description', 'filled'],
      ['orderId', 'filled'],
    ]);
  });

  it('keeps the text when the seller changed it, the page does not say to replace it, or it names an order', () => {
    document.body.innerHTML = page(template);
    box().value = `${template}\nDas Paket kam nie an.`;
    expect(fillCaseForm(document, prefill).outcomes?.[0]?.status).toBe('kept');
    document.body.innerHTML = page(template, 'Höchstens 4000 Zeichen.');
    expect(fillCaseForm(document, prefill).outcomes?.[0]?.status).toBe('kept');
    expect(box().value).toBe(template);
    // Typed text that a framework also wrote into defaultValue still names its order.
    document.body.innerHTML = page('Bestellung 302-1234567-7654321 nie angekommen.');
    expect(fillCaseForm(document, prefill).outcomes?.[0]?.status).toBe('kept');
  });
});
