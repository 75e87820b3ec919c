import { describe, expect, it } from 'vitest';
import { orderPage, packagesOf, readWith, teach, urlOf } from './teach-pair';

// Blind pair t4-es-caracteres-invisibles: on the next order the taught label was split over two
// spans (and an icon) inside its header cell; a label split over the parts of a block was not
// read. A taught label is found whole in the block whose text starts with the part. Here in
// Italian, a dt holding its words in <b> and <span>, the pairs reordered.

const HOST = 'sellercentral.amazon.it';
const A = '403-1234567-1234567';
const B = '403-7654321-7654321';

describe('teach: a taught label split over elements of its cell', () => {
  it('reads the value of the label written in parts', async () => {
    const pageA = orderPage(
      'it',
      A,
      `<section class="a-box"><h2>Spedizione</h2><dl class="kv">
        <dt>Corriere</dt><dd>BRT</dd>
        <dt>Codice collo del vettore</dt><dd class="collo">05912603314827</dd>
      </dl></section>`,
    );
    const { rule } = await teach(pageA, urlOf(HOST, A), '.collo', 'trackingNumber');
    expect(rule).toMatchObject({ label: 'codice collo del vettore' });
    if (!rule) throw new Error('no rule');

    const pageB = orderPage(
      'it',
      B,
      `<section class="a-box"><h2>Spedizione</h2><dl class="kv">
        <dt><b>Codice collo</b> <span>del vettore</span> <i class="icona" title="Il numero del pacco"></i></dt><dd>05912603399001</dd>
        <dt>Peso</dt><dd>1,2 kg</dd>
        <dt>Corriere</dt><dd>BRT</dd>
      </dl></section>`,
    );
    const read = packagesOf(await readWith(pageB, urlOf(HOST, B), [rule])).map((p) => p.trackingNumber);
    expect(read).toEqual(['05912603399001']);
  });
});
