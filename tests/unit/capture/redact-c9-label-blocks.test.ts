import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A label preview stacks its parts as lines: an empty line (`<br><br>`) ends the sender's
// address (core/capture/redaction/value-regions.ts), and a recipient opened by an Amazon entity
// with a postcode is Amazon's return centre, kept (keepAmazonValue in
// core/capture/redaction/kept-fields.ts). From blind page c9-es-devolucion-etiqueta-ldjson (in
// capitals); here an Italian return label.

describe('a return label’s parts', () => {
  it('replaces the sender, keeps Amazon’s centre and the tracking line (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/returns/authorization?rma=Kp2LmQ8xRMA',
      'it',
      `<div class="label"><b>Mittente</b><br>Graziella Pappalardo<br>Via Etnea 310<br>95129 Catania CT<br><br>
       <b>Destinatario</b><br><span>Amazon Italia Logistica S.r.l. – Resi MXP5</span><br><span>Strada Dogana Po 2U, 29015 Castel San Giovanni PC</span><br><br>
       RMA: Kp2LmQ8xRMA · BRT 123456789012345</div>`,
    );
    expect(page).not.toContain('Pappalardo');
    expect(page).not.toContain('Etnea');
    expect(page).toContain('Amazon Italia Logistica S.r.l. – Resi MXP5');
    expect(page).toContain('Strada Dogana Po 2U, 29015 Castel San Giovanni PC');
    expect(page).toContain('RMA: Kp2LmQ8xRMA · BRT 123456789012345');
  });
});
