import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// An Amazon Locker or Counter is Amazon's public pickup site: its name and address stay, as a
// block under the shipping address's label or on one line after another label, while the home
// address the customer gave elsewhere still goes (core/capture/redaction/kept-fields.ts,
// amazon-address-line.ts). From blind pages b8-it-mcf-locker-dialog and
// b8-es-devolucion-fotos-locker; here French and German.

describe('an Amazon Locker’s address', () => {
  it('keeps the locker block under "Adresse de livraison" (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/mcf/orders/order-details?orderId=S01-1234567-1234567',
      'fr',
      `<section><h2>Adresse de livraison</h2>
       <div>c/o Amazon Hub Locker – Lilas<br>12 avenue Jean Jaurès<br>75019 Paris</div></section>
       <p>Adresse du client : Maëlys Carpentier, 5 rue des Solitaires, 75019 Paris</p>`,
    );
    for (const kept of ['c/o Amazon Hub Locker – Lilas', '12 avenue Jean Jaurès', '75019 Paris'])
      expect(page).toContain(kept);
    expect(page).not.toContain('Carpentier');
    expect(page).not.toContain('Solitaires');
  });

  it('keeps a locker named on one line (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/returns/detail?rmaId=Dq7pWk2nRMA',
      'de',
      `<dl><dt>Abholort</dt><dd>Amazon Locker – Elbe, Hafenstraße 3, 20457 Hamburg</dd>
       <dt>Kommentar des Käufers</dt><dd>Bitte an Jarrestraße 41, 22303 Hamburg schicken.</dd></dl>`,
    );
    expect(page).toContain('Amazon Locker – Elbe, Hafenstraße 3, 20457 Hamburg');
    expect(page).not.toContain('Jarrestraße');
  });
});
