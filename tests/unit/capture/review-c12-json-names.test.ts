import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// Review (ninth session) (18714a8, core/capture/redaction/json-values.ts notePersonalObject +
// attribute-values.ts): a JSON object in a personal data-* attribute is no longer noted as a
// name; only values under keys personalKindOfIdentifier calls "name" are chased. An object whose
// name sits under another common key (Italian "nominativo", German SAP-style "name1",
// "contactPerson", split "first"/"last") leaves the buyer's name everywhere else on the page.
// Before 18714a8 the whole value was noted as a name and these were removed.

describe('a JSON object in a personal data-* attribute, name under an unusual key', () => {
  it('chases "nominativo" (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/orders-v3/order/402-1234567-7654321',
      'it',
      `<div data-destinatario='{"nominativo":"Chiara Bianchi","indirizzo":"Via Po 12","cap":"10123","citta":"Torino"}'></div>
       <p>Messaggio di Chiara Bianchi: grazie</p>`,
    );
    expect(page).not.toContain('Chiara Bianchi');
  });

  it('chases "name1" (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/orders-v3/order/302-1234567-7654321',
      'de',
      `<div data-empfaenger='{"name1":"Sabine Krüger","strasse":"Lindenweg 4","plz":"10115","ort":"Berlin"}'></div>
       <p>Hallo Sabine Krüger, danke</p>`,
    );
    expect(page).not.toContain('Sabine Krüger');
  });

  it('chases "contactPerson" and "first"/"last" (en)', async () => {
    const url = 'https://sellercentral.amazon.co.uk/orders-v3/order/202-1234567-7654321';
    const a = await bodyOf(
      url,
      'en',
      `<div data-recipient='{"contactPerson":"Oliver Hughes","line1":"12 Mill Lane","postcode":"BS1 4DJ"}'></div>
       <p>Hi Oliver Hughes, thanks</p>`,
    );
    const b = await bodyOf(
      url,
      'en',
      `<div data-recipient='{"first":"Oliver","last":"Hughes","line1":"12 Mill Lane"}'></div>
       <p>Hi Oliver Hughes, thanks</p>`,
    );
    expect(a).not.toContain('Oliver Hughes');
    expect(b).not.toContain('Oliver Hughes');
  });
});
