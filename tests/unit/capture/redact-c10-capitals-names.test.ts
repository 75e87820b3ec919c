import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A name a label gives in capitals, surname first ("HARRIS, JAMES T."), is written in mixed case
// elsewhere on the page (a link's title, a draft's aria-label): its words are chased in both
// (core/capture/redaction/ledger.ts). From blind page c10-en-us-atoz-claim-signed; here French.

describe('a name given in capitals', () => {
  it('is chased in mixed case too (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-7654321',
      'fr',
      `<dl><dt>Acheteur</dt><dd>LEFÈVRE-DUVAL, ANNE-CLAIRE</dd></dl>
       <a href="#" title="Anne-Claire Lefèvre-Duval">Contacter</a>
       <textarea aria-label="Réponse à Mme Lefèvre-Duval"></textarea>`,
    );
    expect(page).not.toMatch(/Lef[eè]vre|LEF[EÈ]VRE/i);
    expect(page).not.toMatch(/Anne-Claire/i);
    expect(page).toContain('Contacter');
  });
});
