// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillCaseForm } from '../../../core/support/fill-case-form';

// A case form opened in a modal over the Help Hub (core/forms/modal.ts).

beforeEach(() => {
  document.body.innerHTML = '';
});

const prefill = { text: 'Order S01-1234567-1234567 was not delivered.' };
const box = (id: string) => `<label for="${id}">Describe your issue</label><textarea id="${id}"></textarea>`;

describe('a case form in an open modal', () => {
  it('fills the modal’s description, never a draft left shown on the page behind it', () => {
    document.body.innerHTML = `<form>${box('old')}</form><dialog open aria-modal="true"><form>${box('d')}</form></dialog>`;
    expect(fillCaseForm(document, prefill).refusal).toBeUndefined();
    const value = (id: string) => (document.querySelector(`#${id}`) as HTMLTextAreaElement).value;
    expect([value('d'), value('old')]).toEqual([prefill.text, '']);
  });

  it('still refuses two description boxes when no modal tells them apart', () => {
    document.body.innerHTML = `<form>${box('a')}</form><div role="dialog">${box('b')}</div>`;
    expect(fillCaseForm(document, prefill).refusal).toBe('several-boxes');
  });

  it('never takes a feedback survey opened as a modal for the case form: the case form behind it is filled', () => {
    document.body.innerHTML = `<form id="case">${box('d')}<label for="o">Order ID</label><input id="o"></form>
      <div role="dialog" aria-modal="true" aria-labelledby="sv"><h2 id="sv">Was this page helpful?</h2>
        <label><input type="radio" name="h" value="no"> No</label>
        <label for="f">Describe the issue</label><textarea id="f"></textarea><button>Send feedback</button></div>`;
    const orderId = 'S01-1234567-1234567';
    expect(fillCaseForm(document, { ...prefill, orderId }).refusal).toBeUndefined();
    const value = (id: string) => (document.querySelector(`#${id}`) as HTMLTextAreaElement).value;
    expect([value('f'), value('d'), value('o')]).toEqual(['', prefill.text, orderId]);
  });
});
