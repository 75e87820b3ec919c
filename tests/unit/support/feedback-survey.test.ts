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

  it('never sets aside the case form asking "Was this helpful?" of an answer it suggests (it holds the order-id box)', () => {
    document.body.innerHTML = `<section><h2>How can we help?</h2>
        <label for="s">Describe your issue</label><textarea id="s"></textarea></section>
      <form id="case"><p>Suggested: "Where is my MCF order?" Was this helpful?</p>
        <label><input type="radio" name="h" value="no" checked> No, I still need help</label>
        <label for="d">Describe your issue</label><textarea id="d"></textarea>
        <label for="o">Order ID</label><input id="o"></form>`;
    // Two boxes that may each be the case's: refused, never the triage box alone.
    expect(fillCaseForm(document, prefill).refusal).toBe('several-boxes');
    expect([value('s'), value('d'), value('o')]).toEqual(['', '', '']);
  });

  it('tests even the only "Describe the issue" box: a survey’s, it leaves the case form’s "Tell us more" as the description', () => {
    document.body.innerHTML = `<section><h3>Was this article helpful?</h3>
        <label><input type="radio" name="h" value="no"> No</label>
        <label for="f">Describe the issue</label><textarea id="f"></textarea></section>
      <form id="case"><label for="subj">Subject</label><input id="subj">
        <label for="d">Tell us more</label><textarea id="d"></textarea>
        <label for="o">Order ID</label><input id="o"></form>`;
    expect(fillCaseForm(document, prefill).refusal).toBeUndefined();
    expect([value('f'), value('d'), value('o')]).toEqual(['', prefill.text, prefill.orderId]);
  });
});
