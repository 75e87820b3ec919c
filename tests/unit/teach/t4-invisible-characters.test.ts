import { describe, expect, it } from 'vitest';
import { orderPage, packagesOf, readWith, teach, urlOf } from './teach-pair';

// Blind pair t4-es-caracteres-invisibles: the number was printed with invisible characters inside
// and around it (LRM, ZWSP; on the next order BOM, FSI/PDI, WORD JOINER, RLM): the pick was refused,
// and the reader kept the bidirectional marks, so the number had no tracking number's shape.
// Characters that draw nothing are not part of a value. Here in French, a div row, the marks of
// right-to-left text (RLM, RLI…PDI) on the next order.

const HOST = 'sellercentral.amazon.fr';
const A = '171-1234567-1234567';
const B = '171-7654321-7654321';

const row = (number: string) => `
  <section class="a-box"><h2>Colis</h2>
    <div class="ligne"><span class="cle">Transporteur</span><span>Colissimo</span></div>
    <div class="ligne"><span class="cle">Référence d’acheminement</span><span class="ref">${number}</span></div>
  </section>`;

describe('teach: invisible characters around and inside a value', () => {
  it('picks and reads the number without them', async () => {
    const pageA = orderPage('fr', A, row('\u200e6A\u200b1234\u200b5678\u200b901\u200e'));
    const { picked, rule } = await teach(pageA, urlOf(HOST, A), '.ref', 'trackingNumber');
    expect(picked).toMatchObject({ ok: true, value: '6A12345678901' });
    expect(rule).toMatchObject({ label: "reference d'acheminement" });
    if (!rule) throw new Error('no rule');

    const pageB = orderPage('fr', B, row('\u200f\u20676A98765\u206043210\u2069\u202a\u202c'));
    const read = packagesOf(await readWith(pageB, urlOf(HOST, B), [rule])).map((p) => p.trackingNumber);
    expect(read).toEqual(['6A9876543210']);
  });
});
