// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillCaseForm } from '../../../core/support/fill-case-form';
import { verifyCaseFill } from '../../../core/support/verify-case-fill';

// Order-id fields that are no plain "Order ID" box: a box taking several orders one at a time
// (a chip list, blind b6-fr), a list of the seller's recent orders (blind b6-es).

beforeEach(() => {
  document.body.innerHTML = '';
});

const prefill = {
  text: 'Die Bestellung S01-2223334-4445556 wurde nicht zugestellt.',
  subject: 'Verlorene Bestellung',
  orderId: 'S01-2223334-4445556',
};
const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;

describe('an order-id box for several orders', () => {
  it('writes the case’s order in the box the seller types in, never in the hidden list the page keeps', () => {
    document.body.innerHTML = `<form>
      <label for="betreff">Betreff</label><input id="betreff">
      <div role="group" aria-labelledby="nr-titel"><span id="nr-titel">Bestellnummern</span>
        <ul class="chips"></ul><input id="nr" aria-labelledby="nr-titel" placeholder="Bestellnummer hinzufügen"></div>
      <input type="hidden" id="nr-liste" name="bestellnummern" value="">
      <label for="text">Beschreibung</label><textarea id="text"></textarea></form>`;
    const result = fillCaseForm(document, prefill);
    expect(result.outcomes?.map((o) => [o.role, o.status])).toEqual([
      ['description', 'filled'],
      ['subject', 'filled'],
      ['orderId', 'filled'],
    ]);
    expect(value('nr')).toBe(prefill.orderId);
    expect(value('nr-liste')).toBe('');
    expect(document.querySelectorAll('li')).toHaveLength(0);
  });
});

const italian = {
  text: 'L’ordine 171-5550001-2223334 risulta smarrito.',
  subject: 'Ordine smarrito',
  orderId: '171-5550001-2223334',
};

const orderList = (options: string) => `<form>
    <label for="ogg">Oggetto</label><input id="ogg">
    <span id="ord-t">Ordine interessato</span>
    <select id="ord" aria-labelledby="ord-t"><option value="">Scegli un ordine</option>${options}
      <option value="altro">Altro ordine</option></select>
    <div hidden><label for="ord-id">ID ordine</label><input id="ord-id"></div>
    <label for="descr">Descrizione</label><textarea id="descr"></textarea></form>`;

describe('an order picked in a list of recent orders', () => {
  it('chooses the option naming the id whole, never one sharing its first or last digits', () => {
    document.body.innerHTML = orderList(`
      <option value="k1">Ordine 171-5550001-2223343 (20/11/2024, consegnato)</option>
      <option value="k2">Ordine 171-5550001-22233345 (19/11/2024)</option>
      <option value="k3">Ordine 171-5550001-2223334 (18/11/2024, spedito)</option>
      <option value="k4">Ordine 402-9990001-5550001 (02/11/2024)</option>`);
    const result = fillCaseForm(document, italian);
    expect(value('ord')).toBe('k3');
    expect(value('ord-id')).toBe('');
    expect(result.outcomes?.find((o) => o.role === 'orderId')?.status).toBe('filled');
    expect(verifyCaseFill(document, italian).outcomes.find((o) => o.role === 'orderId')?.status).toBe(
      'filled',
    );
  });

  it('chooses nothing, and says so, when the order is not listed', () => {
    document.body.innerHTML = orderList('<option value="k1">Ordine 171-5550001-2223343</option>');
    const result = fillCaseForm(document, italian);
    expect(value('ord')).toBe('');
    expect(result.outcomes?.find((o) => o.role === 'orderId')?.status).toBe('not-filled');
    expect(value('descr')).toBe(italian.text);
  });
});
