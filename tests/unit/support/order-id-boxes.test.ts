// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillCaseForm } from '../../../core/support/fill-case-form';

// Order-id fields that are no plain "Order ID" box: a box taking several orders one at a time
// (a chip list, blind b6-fr).

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
