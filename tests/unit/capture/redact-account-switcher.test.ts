import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// The header's "<shop> | <country>" names the seller's own account: a sole trader's shop carries
// the surname the page also shows as a person's (a removal shipped home), and stays
// (core/capture/redaction/account-switcher.ts). A firm's line in an address block ("… GmbH",
// "… Ltd") is replaced there but not chased, so the shop's name stays in the header
// (core/capture/redaction/planned-writes.ts). From blind pages b5-it-removal-order-home and
// b5-de-removal-order; here Spanish and English pages.

describe('the seller’s own account in the header', () => {
  it('keeps a sole trader’s shop named after him, his name elsewhere replaced (es)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.es/recall/removal/detail',
      'es',
      `<header><button aria-haspopup="listbox">Cerámicas Ortuño | España</button></header>
       <main data-envio='{"nombre":"Javier Ortuño Llamas","direccion":"Calle Mayor 12"}'>
         <p>Se enviará a la vivienda de Javier Ortuño Llamas. Avisar a Ortuño en portería.</p></main>`,
    );
    expect(page).toContain('Cerámicas Ortuño | España');
    expect(page).not.toContain('Javier Ortuño');
    expect(page).not.toContain('Avisar a Ortuño');
  });

  it('keeps a firm’s name in the header when its line in an address is replaced (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/recall/removal/detail',
      'en',
      `<header><button aria-haspopup="listbox">Hollis Pryce Ltd | United Kingdom</button></header>
       <address>Hollis Pryce Ltd<br>Attn: Gareth Hollis<br>14 Kestrel Road<br>Leeds LS10 1JT</address>`,
    );
    expect(page).toContain('Hollis Pryce Ltd | United Kingdom');
    expect(page).not.toContain('Gareth');
    expect(page).not.toContain('Kestrel Road');
  });
});
