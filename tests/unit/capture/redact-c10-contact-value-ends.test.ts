import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A phone's or an e-mail's value is one element, an address's ends with its postcode: in a grid of
// label and value elements side by side, the elements after them are the next fields' labels and
// values, which stay (core/capture/redaction/value-regions.ts). From blind pages
// c10-de-ruecksendung-oesterreich and c10-en-us-atoz-claim-signed (grids of spans); here Italian,
// label and value in bold elements of one line.

describe('the value of a phone label beside other fields', () => {
  it('ends with the number, the next fields stay (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/returns/detail?orderId=403-1234567-7654321',
      'it',
      `<p><b>Telefono</b> <b>347 118 2290</b> <b>Motivo del reso</b> <b>CR-WRONG_ITEM – Articolo sbagliato</b>
       <b>E-mail</b> <b>x7kq2m@marketplace.amazon.it</b> <b>Spedizione del reso</b> <b>Poste Italiane – etichetta prepagata</b></p>`,
    );
    expect(page).not.toContain('118 2290');
    expect(page).not.toContain('x7kq2m');
    expect(page).toContain('Motivo del reso');
    expect(page).toContain('CR-WRONG_ITEM – Articolo sbagliato');
    expect(page).toContain('Poste Italiane – etichetta prepagata');
  });

  it('ends an address with its postcode, the amount after it stays (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/returns/detail?orderId=403-1234567-7654321',
      'it',
      `<p><b>Indirizzo di spedizione</b> <b>Via Tasso 41<br>80127 Napoli NA</b> <b>Importo del rimborso</b> <b>23,90 €</b></p>`,
    );
    expect(page).not.toContain('Via Tasso');
    expect(page).not.toContain('80127');
    expect(page).toContain('Importo del rimborso');
    expect(page).toContain('23,90 €');
  });
});
