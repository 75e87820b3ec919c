import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// The seller's own return address on a return's row stays when its heading says it is the
// seller's ("Votre adresse de retour") or its first line is the account switcher's shop; the
// buyer's address beside it still goes, and a block under the same heading naming someone else
// does too (core/capture/redaction/seller-return-address.ts). From blind pages
// b6-en-us-returns-expanded and b6-de-returns-hinterhaus; here French and Spanish.

describe("the seller's own return address", () => {
  it('keeps « Votre adresse de retour », removes the buyer’s (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/returns/list',
      'fr',
      `<div><h3>Adresse de retour de l'acheteur</h3><div>Anaïs Ferrandini</div><div>8 rue des Capucins</div><div>69001 Lyon</div></div>
       <div><h3>Votre adresse de retour</h3><div>Atelier Grès &amp; Lin SARL</div><div>ZA des Forges, 4 allée des Potiers</div><div>71100 Chalon-sur-Saône</div></div>`,
    );
    expect(page).toContain('71100 Chalon-sur-Saône');
    expect(page).toContain('ZA des Forges, 4 allée des Potiers');
    expect(page).not.toContain('Ferrandini');
    expect(page).not.toContain('69001');
  });

  it('keeps the block opened by the account switcher’s shop, not one opened by another name (es)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.es/returns/list',
      'es',
      `<header><span class="sc-mkt-picker-switcher-txt">Cerámicas Albaicín | España</span></header>
       <div><h3>Dirección de devolución</h3><div>Cerámicas Albaicín S.L.</div><div>Polígono Juncaril, nave 12</div><div>18220 Albolote</div></div>
       <div><h3>Dirección de devolución</h3><div>Rocío Benjumea Padilla</div><div>Camino de Ronda 88</div><div>18004 Granada</div></div>`,
    );
    expect(page).toContain('18220 Albolote');
    expect(page).not.toContain('Camino de Ronda 88');
    expect(page).not.toContain('18004');
  });
});
