import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS, redactText } from '../../../core/capture/redact';

// Amazon's own return address written on one line after its label stays whole
// (core/capture/redaction/amazon-address-line.ts): a fulfilment centre's, needed to check a
// return. From blind page b4-it-return-request-attrs; here in Spanish, German and French.

describe('Amazon’s address on one line', () => {
  it.each([
    'Dirección de devolución: Amazon EU S.à r.l., Sucursal en España, Avenida de la Astronomía 24, 28830 San Fernando de Henares',
    'Rücksendeadresse: Amazon Fulfillment Germany GmbH, LEJ1, Amazonstraße 1, 04347 Leipzig',
    'Adresse de retour : Amazon ORY1, 1401 Rue du Champ Rouge, 45770 Saran',
  ])('is kept: %s', (line) => {
    expect(redactText(line).text).toBe(line);
  });

  it('a customer’s address after a carrier named Amazon is still replaced', () => {
    const { text } = redactText('Amazon Logistics, 14 rue des Acacias, 33000 Bordeaux');
    expect(text).not.toContain('Acacias');
    expect(text).toContain(PLACEHOLDERS.city);
  });
});
