import { describe, expect, it } from 'vitest';
import { orderPage, packagesOf, readWith, teach, urlOf } from './teach-pair';

// Blind pair t5-it-campi-sola-lettura: the tracking number was shown only as the `value` of a
// read-only `<input>` (no text node); the pick read the input's empty text and was refused. The
// value of a read-only field is what it shows, as the reader reads it. Here in German, a table of
// read-only fields labelled by their row headers, and a next order whose field is empty.

const HOST = 'sellercentral.amazon.de';
const A = '302-1234567-1234567';
const B = '302-7654321-7654321';

const form = (id: string, tracking: string) => `
  <form id="versanddaten" aria-label="Versanddaten (schreibgeschützt)">
    <table class="felder">
      <tr><th><label for="${id}-r">Händlerreferenz</label></th><td><input id="${id}-r" readonly value="KL-2024-5512"></td></tr>
      <tr><th><label for="${id}-t">Sendungscode Zusteller</label></th><td><input id="${id}-t" readonly value="${tracking}"></td></tr>
    </table>
  </form>`;

describe('teach: a value picked in a read-only input', () => {
  it('reads the input’s value, learns its label, and reads the next order’s field', async () => {
    const pageA = orderPage('de', A, form('f1', '00340434161094118823'));
    const { picked, rule } = await teach(pageA, urlOf(HOST, A), '#f1-t', 'trackingNumber');
    expect(picked).toMatchObject({ ok: true, value: '00340434161094118823' });
    expect(rule).toMatchObject({ label: 'sendungscode zusteller' });
    if (!rule) throw new Error('no rule');

    const next = orderPage('de', B, form('x9', 'JJD000390007788123456'));
    const read = packagesOf(await readWith(next, urlOf(HOST, B), [rule])).map((p) => p.trackingNumber);
    expect(read).toEqual(['JJD000390007788123456']);
    const empty = orderPage('de', B, form('x9', ''));
    expect(packagesOf(await readWith(empty, urlOf(HOST, B), [rule])).map((p) => p.trackingNumber)).toEqual(
      [],
    );
  });

  it('still refuses an editable input: what the seller types is no value of the page', async () => {
    const page = orderPage(
      'de',
      A,
      '<label for="e">Sendungscode</label><input id="e" value="00340434161094118823">',
    );
    const { picked } = await teach(page, urlOf(HOST, A), '#e', 'trackingNumber');
    expect(picked).toMatchObject({ ok: false, reason: 'empty' });
  });
});
