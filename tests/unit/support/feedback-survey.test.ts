// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillCaseForm } from '../../../core/support/fill-case-form';

// A help article's page-feedback survey beside the case form (core/support/feedback-survey.ts).

const prefill = { text: 'Order S01-1234567-1234567 was not delivered.', orderId: 'S01-1234567-1234567' };

beforeEach(() => {
  document.body.innerHTML = '';
});

const caseForm = (description: string) => `<form id="case">
  <label for="d">${description}</label><textarea id="d"></textarea>
  <label for="o">Order ID</label><input id="o"></form>`;
const value = (id: string) => (document.querySelector(`#${id}`) as HTMLTextAreaElement).value;

describe('a feedback survey beside the case form', () => {
  it('never takes a survey’s "Tell us more" for the description, even first on the page', () => {
    document.body.innerHTML = `<form><p>Was this page helpful?</p>
        <label><input type="radio" name="h" value="yes"> Yes</label>
        <label for="f">Tell us more</label><textarea id="f"></textarea></form>${caseForm('Describe your issue')}`;
    expect(fillCaseForm(document, prefill).refusal).toBeUndefined();
    expect([value('f'), value('d'), value('o')]).toEqual(['', prefill.text, prefill.orderId]);
  });

  it.each([
    ['Was this article helpful?', 'Describe the issue'],
    ['Cette page vous a-t-elle été utile ?', 'Décrivez le problème'],
    ['War diese Seite hilfreich?', 'Beschreibung'],
    ['¿Te ha resultado útil esta página?', 'Descripción'],
    ['Questa pagina ti è stata utile?', 'Descrizione'],
  ])('sets aside a survey asking "%s" whose box reads "%s"', (question, label) => {
    document.body.innerHTML = `<section><h3>${question}</h3><label for="f">${label}</label><textarea id="f"></textarea></section>${caseForm(label)}`;
    expect(fillCaseForm(document, prefill).refusal).toBeUndefined();
    expect([value('f'), value('d')]).toEqual(['', prefill.text]);
  });

  it('still refuses two description boxes when the question sits around both', () => {
    document.body.innerHTML = `<section><h3>Was this page helpful?</h3>
      <div><label for="f">Description</label><textarea id="f"></textarea></div>${caseForm('Description')}</section>`;
    expect(fillCaseForm(document, prefill).refusal).toBe('several-boxes');
  });

  it('does not take a "Useful links" box for a survey', () => {
    document.body.innerHTML = `<aside><h3>Liens utiles</h3><label for="f">Description</label><textarea id="f"></textarea></aside>${caseForm('Description')}`;
    expect(fillCaseForm(document, prefill).refusal).toBe('several-boxes');
  });
});
