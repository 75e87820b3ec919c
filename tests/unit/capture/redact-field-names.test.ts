import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// What names a form field with no <label> (core/capture/redaction/field-kinds.ts), and when a
// field named only "Nom" is a person's, from the review of the b3 rules (findings F and P).

const URL_FR = 'https://sellercentral.amazon.fr/mcf/orders/create-order';

const pageOf = (body: string, lang = 'fr') => bodyOf(URL_FR, lang, body, '', { uiLanguage: 'fr' });

describe('a field is named by whatever a screen reader would read for it (F)', () => {
  it('the element its aria-labelledby points at', async () => {
    const page = await pageOf(
      `<form><div><span id="l1">Nom du destinataire</span><input aria-labelledby="l1" value="Jeanne Lefèvre"></div><div><span id="l2">Ville</span><input aria-labelledby="l2" value="Villeurbanne"></div></form>`,
    );
    for (const gone of ['Lefèvre', 'Villeurbanne']) expect(page).not.toContain(gone);
    expect(page).toContain('Nom du destinataire');
  });

  it('its title, as its placeholder', async () => {
    const page = await pageOf(
      `<form><input title="Nom du destinataire" value="Jeanne Lefèvre"><input title="Ville" value="Villeurbanne"></form>`,
    );
    for (const gone of ['Lefèvre', 'Villeurbanne']) expect(page).not.toContain(gone);
  });

  it('a label-like text just before it in its row', async () => {
    const page = await pageOf(
      `<form><div class="field"><div class="lbl">Nom du destinataire</div><input value="Jeanne Lefèvre"></div></form>`,
    );
    expect(page).not.toContain('Lefèvre');
    expect(page).toContain('Nom du destinataire');
  });
});

describe('a field named only "Nom" is a person’s only in a form asking for a person (P)', () => {
  it('a shipping template’s name stays, in its field and elsewhere', async () => {
    const page = await pageOf(
      `<form><input aria-label="Nom" value="Modèle Standard France"></form><p>Modèle Standard France : 12 offres</p>
       <form><h2>Modèle d'expédition</h2><label for="t">Nom</label><input id="t" value="Livraison Gratuite France"></form><table><tr><th>Modèle</th></tr><tr><td>Livraison Gratuite France</td></tr></table>`,
    );
    expect(page).toContain('Modèle Standard France : 12 offres');
    expect(page).toContain('value="Modèle Standard France"');
    expect(page).toContain('<td>Livraison Gratuite France</td>');
  });

  it('beside an address, "Nom" is the recipient’s', async () => {
    const page = await pageOf(
      `<form><label for="n">Nom</label><input id="n" value="Jeanne Lefèvre"><label for="a">Adresse</label><input id="a" value="12 rue des Lilas"></form>`,
    );
    for (const gone of ['Lefèvre', 'Lilas']) expect(page).not.toContain(gone);
  });
});
