// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillCaseForm } from '../../../core/support/fill-case-form';

// A case form already in the page but kept hidden until the seller picks a topic and presses
// "Next" (blind b6-de: the boxes were filled behind `hidden`). Choosing the topic routes the case:
// it is the seller's; the prefill waits for the form to show.

beforeEach(() => {
  document.body.innerHTML = '';
});

const prefill = {
  text: 'L’ordine S01-1234567-7654321 non è stato consegnato.',
  subject: 'Ordine MCF smarrito',
  orderId: 'S01-1234567-7654321',
};

const page = `<form>
    <label for="argomento">Argomento</label>
    <select id="argomento"><option value="" selected>Scegli</option><option value="mcf">Multi-Channel Fulfillment</option></select>
    <button type="button" id="avanti" disabled>Avanti</button>
    <div id="passo-2" style="display: none">
      <label for="oggetto">Oggetto</label><input id="oggetto">
      <label for="descrizione">Descrizione</label><textarea id="descrizione"></textarea>
    </div>
  </form>`;

const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;

describe('a case form the page still hides', () => {
  it('fills nothing behind a later step and says the form is not shown yet', () => {
    document.body.innerHTML = page;
    expect(fillCaseForm(document, prefill)).toEqual({ refusal: 'form-hidden' });
    expect([value('oggetto'), value('descrizione'), value('argomento')]).toEqual(['', '', '']);
    expect(document.getElementById('avanti')?.hasAttribute('disabled')).toBe(true);
  });

  it('fills it once the page shows it', () => {
    document.body.innerHTML = page;
    document.getElementById('passo-2')?.removeAttribute('style');
    expect(fillCaseForm(document, prefill).refusal).toBeUndefined();
    expect([value('oggetto'), value('descrizione')]).toEqual([prefill.subject, prefill.text]);
  });
});
