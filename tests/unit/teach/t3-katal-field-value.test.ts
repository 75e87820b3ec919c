import { describe, expect, it } from 'vitest';
import { orderPage, packagesOf, readWith, shippingDateOf, teach, urlOf } from './teach-pair';

// Blind pair t3-es-campos-katal-sin-enviar: a read-only Katal field shows its value from its
// `value` attribute only (its text is its label); the pick read the label and was refused. Here in
// German, a column of fields in a Katal box, and a next order not shipped yet (empty fields).

const HOST = 'sellercentral.amazon.de';
const A = '302-1234567-1234567';
const B = '302-7654321-7654321';

const fields = (reference: string, handedOver: string, tracking: string) => `
  <kat-box class="versand">
    <h2>Versand</h2>
    <div class="felder">
      <kat-input readonly label="Referenz des Händlers" value="${reference}"></kat-input>
      <kat-input readonly label="Übergabe an Zusteller" value="${handedOver}" placeholder="Ausstehend"></kat-input>
      <kat-input readonly label="Paketreferenz Zusteller" value="${tracking}" placeholder="Wird vergeben"></kat-input>
    </div>
    <dl><dt>Versandart</dt><dd>Standard</dd><dt>Status</dt><dd>Versendet</dd></dl>
  </kat-box>`;

const pageA = orderPage('de', A, fields('KL-2024-5512', '19.11.2024 16:42', 'H1002160036429954283'));

describe('teach: a Katal field whose value is an attribute', () => {
  it('reads the value attribute, learns the field’s label, and reads the next order’s field', async () => {
    const date = await teach(pageA, urlOf(HOST, A), 'kat-input:nth-child(2)', 'shippingDate');
    expect(date.picked).toMatchObject({ ok: true, value: '2024-11-19', shown: '19.11.2024 16:42' });
    expect(date.rule).toMatchObject({ label: 'ubergabe an zusteller' });
    const number = await teach(pageA, urlOf(HOST, A), 'kat-input:nth-child(3)', 'trackingNumber');
    expect(number.picked).toMatchObject({ ok: true, value: 'H1002160036429954283' });
    expect(number.rule).toMatchObject({ label: 'paketreferenz zusteller' });

    const rules = [date.rule, number.rule].filter((r) => r !== null);
    const shipped = orderPage('de', B, fields('KL-2024-6120', '27.11.2024 09:15', 'H1002160036429961177'));
    const order = await readWith(shipped, urlOf(HOST, B), rules);
    expect(shippingDateOf(order)).toBe('2024-11-27');
    expect(packagesOf(order).map((p) => p.trackingNumber)).toEqual(['H1002160036429961177']);

    // Not shipped yet: the fields are empty, a placeholder is no value.
    const pending = orderPage('de', B, fields('KL-2024-6120', '', ''));
    const none = await readWith(pending, urlOf(HOST, B), rules);
    expect(shippingDateOf(none)).toBeUndefined();
    expect(packagesOf(none).map((p) => p.trackingNumber)).toEqual([]);
  });

  it('still refuses an empty field: its label is no value', async () => {
    const page = orderPage('de', A, fields('KL-2024-5512', '', ''));
    const { picked } = await teach(page, urlOf(HOST, A), 'kat-input:nth-child(2)', 'shippingDate');
    expect(picked).toMatchObject({ ok: false, reason: 'not-a-date' });
  });
});
