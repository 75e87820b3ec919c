import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A page's state written as JSON (a data-* attribute, a hidden input, a JSON script) is read
// parsed: its personal keys' values are replaced and chased through the page, its towns are not
// (core/capture/redaction/json-values.ts). From blind pages b5-en-us-customer-reviews,
// b5-fr-vat-invoice and b5-it-removal-order-home; here Italian and German pages of other shapes.

describe('personal data in JSON state', () => {
  it('is replaced in a data-* attribute and chased in the page, towns and the seller aside (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/orders-v3/order/402-1234567-7654321',
      'it',
      `<section data-spedizione='{"destinatario":"Ludovica Bellandi","indirizzo":"Corso Vercelli 12","citta":"Milano","codiceFiscale":"BLLLDV80A41F205X","partitaIvaVenditore":"IT01234567890","nota":"Chiamare Ludovica Bellandi"}'>
         <h2>Ordine 402-1234567-7654321</h2>
         <p class="riepilogo">Spedito a Ludovica Bellandi</p>
         <p data-riga='{"spedizione":12345678901234567890}'>Cuscino «Milano» in lino, 45 × 45 cm</p>
       </section>`,
    );
    expect(page).not.toContain('Bellandi');
    expect(page).not.toContain('Corso Vercelli');
    expect(page).not.toContain('BLLLDV80A41F205X');
    expect(page).toContain('IT01234567890');
    expect(page).toContain('Cuscino «Milano» in lino');
    expect(page).toContain('402-1234567-7654321');
    // Nothing personal in it: written as it was, its long number not rounded by parsing.
    expect(page).toContain('12345678901234567890');
  });

  it('names people a JSON script holds, written escaped, wherever the page shows them (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/brand-customer-reviews',
      'de',
      `<div class="karte"><svg role="img"><title>J\u00f6rg Wendtland</title></svg><span>Bewertet von Jörg Wendtland</span></div>
       <input type="hidden" name="state" value='{"kunde":{"name":"J\\u00f6rg Wendtland","telefon":"+49 171 2345678"}}'>
       <p data-state='{"kunde":{"name":"J\\u00f6rg Wendtland","orderId":"305-1112223-3344455"}}'>Bestellung</p>`,
      `<script type="application/json">{"reviews":[{"reviewer":"J\\u00f6rg Wendtland"}]}</script>`,
    );
    expect(page).not.toContain('Wendtland');
    expect(page).toContain('Bewertet von');
    // An order's id under the customer's key is the order's: neither replaced nor chased.
    expect(page).toContain('&quot;orderId&quot;:&quot;305-1112223-3344455&quot;');
  });
});
