import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// "Hr." and "Fr." abbreviate Herr and Frau; a street named after a person ends in a capitalized
// "-Ring", "-Straße"; a Welsh street puts its kind first ("16 Heol y Bont")
// (core/capture/redaction/patterns.ts). From blind pages b7-de-support-case and
// b7-en-gb-payments-transactions; here a German order note and an English message.

describe('abbreviated titles and streets named after people', () => {
  it('replaces "Hr."/"Fr." names and a hyphenated street, keeps a weekday and a warehouse (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/orders-v3/order/302-1234567-1234567',
      'de',
      `<p>Zustellung Fr. 29.11. an Fr. Øzlem Kaya-Brandt, Konrad-Adenauer-Straße 112a; Rückfrage an Hr. Lindqvist.</p>
       <p>Lager: CGN1</p>`,
    );
    expect(page).not.toContain('Kaya-Brandt');
    expect(page).not.toContain('Konrad-Adenauer-Straße 112');
    expect(page).not.toContain('Lindqvist');
    expect(page).toContain('Zustellung Fr. 29.11.');
    expect(page).toContain('CGN1');
  });

  it('replaces a Welsh street with its town, keeps the product (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/messaging/thread',
      'en-GB',
      `<div>Please resend to 4 Ffordd yr Orsaf, Machynlleth instead.</div><div>Item: Welsh Blanket, Caernarfon Pattern</div>`,
    );
    expect(page).not.toContain('Ffordd yr Orsaf');
    expect(page).not.toContain('Machynlleth');
    expect(page).toContain('Welsh Blanket, Caernarfon Pattern');
  });
});
