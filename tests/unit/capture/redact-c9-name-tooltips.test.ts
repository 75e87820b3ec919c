import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A tooltip on a labeled name says it again, often shortened (`<a title="G. B. T.">`): an inline
// element's title= and aria-label= inside the value go with it
// (core/capture/redaction/value-regions.ts). From blind page c9-es-devolucion-etiqueta-ldjson
// (a table's cell); here an Italian description list.

describe('tooltips on a labeled name', () => {
  it('replaces the title and aria-label of an element inside the value (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/orders-v3/order/402-1234567-7654321',
      'it',
      `<dl><dt>Acquirente</dt><dd><a href="#" title="G. B. T." aria-label="Profilo di G. B. Tiepolo">Giambattista Bortolotti Tiepolo</a></dd>
       <dt>Corriere</dt><dd><span title="Consegna standard">BRT</span></dd></dl>`,
    );
    expect(page).not.toContain('G. B. T.');
    expect(page).not.toContain('Tiepolo');
    expect(page).toContain('title="Consegna standard"');
  });
});
