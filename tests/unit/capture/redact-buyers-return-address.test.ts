import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// An address named as the buyer's in words of its own ("Rücksendeadresse des Käufers", "Return
// shipping address (from buyer)") is a labeled address: every line of it goes, a "c/o" or a
// building line as well as the street no shape knows ("355 W 118th St"). A note that merely
// mentions the buyer and an address is no label (core/capture/personal-labels.ts
// `buyersAddress`). From blind pages b6-de-returns-hinterhaus and b6-en-us-returns-expanded;
// here a French and an Italian return in other shapes.

describe("an address labeled as the buyer's", () => {
  it("replaces every line under « Adresse de retour de l'acheteur » (fr)", async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/returns/list',
      'fr',
      `<section><h4>Adresse de retour de l'acheteur</h4>
        <p>Solène Marchetti-Vidal</p><p>chez M. et Mme Okonkwo</p><p>Escalier 4, porte gauche</p>
        <p>17 ter chemin des Vignes</p><p>84000 Avignon</p><p>France</p></section>
       <p>Commande 171-2233445-6677889 · Remboursé le 3 déc. 2024</p>`,
    );
    for (const personal of ['Solène', 'Okonkwo', 'Escalier 4', 'Vignes', '84000'])
      expect(page).not.toContain(personal);
    expect(page).toContain("Adresse de retour de l'acheteur");
    expect(page).toContain('171-2233445-6677889');
  });

  it('replaces the lines under « Indirizzo di ritiro (del cliente) » and keeps a note naming the buyer (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/returns/list',
      'it',
      `<div><h3>Indirizzo di ritiro (del cliente)</h3>
        <div>Ελένη Παπαδοπούλου</div><div>presso Studio Ferri</div><div>Località Pian di Sco 7</div>
        <div>52026 Castelfranco Piandiscò AR</div></div>
       <div><h3>Indirizzo modificato dal cliente il 2 dic 2024</h3><div>Reso autorizzato</div></div>`,
    );
    for (const personal of ['Ελένη', 'Studio Ferri', 'Pian di Sco', '52026'])
      expect(page).not.toContain(personal);
    expect(page).toContain('Indirizzo modificato dal cliente il 2 dic 2024');
    expect(page).toContain('Reso autorizzato');
  });
});
