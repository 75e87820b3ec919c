import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// Review CR2 of the b7 capture rules: each probe that proved a leak or a loss, kept as written.

describe('cr2 leak-seller-firm-buyer-prefix', () => {
  it('R08 buyer firm starting with the seller shop keeps its street and postcode (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-7654321',
      'fr',
      `<div id="switcher"><b>Atelier Marceau</b> | <span>France</span></div>
       <p>Livré à Atelier Marceau Dubreuil SARL, 7 impasse des Tilleuls, 33000 Bordeaux</p>`,
    );
    expect(page).not.toContain('7 impasse des Tilleuls');
    expect(page).not.toContain('33000 Bordeaux');
  });
});

describe('cr2 leak-seller-firm-town-overrun', () => {
  it('R09 seller firm line town part swallows the phone and name after it (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/returns',
      'fr',
      `<div id="switcher"><b>Atelier Marceau</b> | <span>France</span></div>
       <p>Retour vers Atelier Marceau SARL, 14 rue de l’Industrie, 69200 Vénissieux – de Mme Dubreuil, 06 12 34 56 78</p>`,
    );
    expect(page).not.toContain('Dubreuil');
  });

  it('R09b seller firm line town part swallows a phone (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/returns',
      'fr',
      `<div id="switcher"><b>Atelier Marceau</b> | <span>France</span></div>
       <p>Retour vers Atelier Marceau SARL, 14 rue de l’Industrie, 69200 Vénissieux – client 06 12 34 56 78</p>`,
    );
    expect(page).not.toContain('06 12 34 56 78');
  });
});

describe('cr2 leak-seller-firm-parts-overrun', () => {
  it('R10 seller firm line comma parts swallow the buyer street after it (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/returns',
      'fr',
      `<div id="switcher"><b>Atelier Marceau</b> | <span>France</span></div>
       <p>Transfert : Atelier Marceau SARL, 69200 Vénissieux, vers client, 7 impasse des Tilleuls, 33000 Bordeaux</p>`,
    );
    expect(page).not.toContain('7 impasse des Tilleuls');
    expect(page).not.toContain('33000 Bordeaux');
  });
});
