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
});
