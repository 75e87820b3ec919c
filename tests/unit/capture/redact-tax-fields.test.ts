import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A field for a person's tax number in an address form ("NIF/DNI del destinatario", name=
// "codiceFiscale") holds hers, whatever its check letter says; the seller's own tax number in a
// form asking for no person stays (core/capture/redaction/tax-fields.ts). From blind page
// b6-es-address-change-dni; here an Italian form with an invalid-looking code and a seller's
// settings form.

describe("a person's tax number in a form field", () => {
  it('replaces the recipient’s codice fiscale in an address form and chases it in a note (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/mcf/orders/edit-address',
      'it',
      `<form><label for="f-nome">Nome completo</label><input id="f-nome" value="Wang Xiuying">
        <label for="f-ind">Indirizzo</label><input id="f-ind" value="Via Paolo Sarpi 14">
        <label for="f-cf">Codice fiscale del destinatario</label><input id="f-cf" name="cfDest" value="WNGXYN80A41Z210Q">
        <p>Ordine 403-1122334-5566778</p></form>
       <p>Verificato WNGXYN80A41Z210Q al telefono.</p>`,
    );
    expect(page).not.toContain('WNGXYN80A41Z210Q');
    expect(page).toContain('Codice fiscale del destinatario');
    expect(page).toContain('403-1122334-5566778');
  });

  it("keeps the seller's own VAT number in a settings form asking for no person (de)", async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/tax/settings',
      'de',
      `<form><label for="ust">USt-IdNr.</label><input id="ust" name="vatNumber" value="DE298765432">
        <label for="land">Land</label><input id="land" value="Deutschland"></form>`,
    );
    expect(page).toContain('DE298765432');
  });
});
