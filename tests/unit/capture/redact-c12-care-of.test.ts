import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// Whoever receives the buyer's post ("c/o …", "℅ …") is part of the buyer's address, written
// where no label says so (core/capture/redaction/shape-redactor.ts). From blind pages
// c12-de-postfach-adressbuch-kiel (a data-* JSON line) and c12-es-devolucion-apartado-opciones
// (a line of an address block); here a French list item and a tooltip.

describe('a care-of line', () => {
  it('is replaced, in a text and in an attribute (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-7654321',
      'fr',
      `<ul><li>Livraison ℅ Garage des Tilleuls, Route de Vannes</li>
       <li><span title="c/o Boulangerie Le Fournil">Point de remise</span></li></ul>`,
    );
    expect(page).not.toContain('Garage des Tilleuls');
    expect(page).not.toContain('Boulangerie Le Fournil');
    expect(page).toContain('Point de remise');
  });

  it("keeps Amazon's own pickup sites (fr)", async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-7654321',
      'fr',
      `<p>Retrait : c/o Amazon Locker – Hélios</p>`,
    );
    expect(page).toContain('c/o Amazon Locker – Hélios');
  });
});
