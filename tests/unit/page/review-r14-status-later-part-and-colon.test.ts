// Review R14 of the b30 rules and of the later-part status rule: each probe a page or a text
// that broke them (the order's items taken for a return's, a promise or a pickup point read as
// delivered, a pack size read as a count, a remark counting returned units dropped).
import { describe, expect, it } from 'vitest';
import { matchStatus } from '../../../core/page/vocabulary';

describe('r14 status', () => {
  it.each([
    ['En transit – livraison prévue le 9 déc.'],
    ['Avisé: will be delivered tomorrow'],
    ['Zur Abholung bereit, zugestellt wird nach Abholung'],
    ['In transit – delivered by Dec 9'],
    ['In transit, delivered by Friday (estimated)'],
    ['En transit : livré demain avant 13h'],
    ['Disponible en point relais – livré au point relais le 3 déc.'],
    ['In Zustellung – zugestellt bis 18 Uhr'],
    ['In giacenza – consegnato al punto di ritiro'],
    ['En tránsito – entregado en punto de recogida'],
    ['In transit · Delivered to sorting facility'],
    ['Avisé, puis livré au bureau de poste'],
  ])('%s is not delivered', (text) => {
    expect(matchStatus(text)).not.toBe('delivered');
  });
  it.each([['Delivered: attempt failed'], ['Delivered: 0 of 2 packages'], ['Zugestellt: 1 von 3 Paketen']])(
    '%s is not delivered (colon)',
    (text) => {
      expect(matchStatus(text)).not.toBe('delivered');
    },
  );
});
