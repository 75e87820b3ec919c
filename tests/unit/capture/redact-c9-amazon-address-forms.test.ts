import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// Amazon's own address on one line stays, whatever country writes it: a British town before
// its postcode, an American state and ZIP, a centre's name after the entity ("– Devoluciones
// PHX7") (core/capture/redaction/amazon-address-line.ts). From blind pages
// c9-en-gb-inline-json-attn and c9-en-us-return-label-popover (footers); here Spanish and
// French pages with the address in a labeled line and a table's cell.

describe('Amazon’s address on one line', () => {
  it('keeps an American return centre after its label (es)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.com/returns/detail?lang=es_US',
      'es',
      '<p>Dirección de devolución: Amazon.com Services LLC – Devoluciones PHX7, 6835 W Buckeye Rd, Phoenix, AZ 85043</p>',
    );
    expect(page).toContain(
      'Amazon.com Services LLC – Devoluciones PHX7, 6835 W Buckeye Rd, Phoenix, AZ 85043',
    );
  });

  it('keeps a British entity’s address in a cell, not a customer’s beside it (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/orders-v3/order/203-1234567-7654321?lang=fr_FR',
      'fr',
      `<table><tr><td>Facilitateur</td><td>Amazon UK Services Ltd., 1 Principal Place, Worship Street, London EC2A 2FA</td></tr>
       <tr><td>Note</td><td>Livrer au 27 Chalton Street, London NW1 1JD</td></tr></table>`,
    );
    expect(page).toContain('Amazon UK Services Ltd., 1 Principal Place, Worship Street, London EC2A 2FA');
    expect(page).not.toContain('Chalton');
    expect(page).not.toContain('NW1 1JD');
  });
});
