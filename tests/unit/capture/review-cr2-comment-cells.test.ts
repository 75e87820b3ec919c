import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// Review CR2 of the b7 capture rules: each probe that proved a leak or a loss, kept as written.

describe('cr2 leak-comment-cells-field-lines', () => {
  it('P03 comment cell with "Adresse :" field lines (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/feedback-manager/index.html',
      'fr',
      `<table><tr><th>Date</th><th>Commentaires</th><th>Commande</th></tr>
       <tr><td>03/12/2024</td><td><p>Jamais reçu, le livreur ne trouve jamais chez moi.</p><p>Adresse : Résidence Les Pins, bâtiment C, Sainte-Foy-lès-Lyon</p><p>Voisine : Gisèle Fabre-Rochat</p></td><td>402-1234567-7654321</td></tr></table>`,
    );
    expect(page).not.toContain('Résidence Les Pins');
    expect(page).not.toContain('Fabre-Rochat');
  });

  it('R19 comment cell: Label: value line carrying a neighbour name (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/feedback-manager/index.html',
      'fr',
      `<table><tr><th>Date</th><th>Commentaires</th><th>Commande</th></tr>
       <tr><td>03/12/2024</td><td><p>Colis jamais reçu.</p><p>Déposé chez : Gisèle Fabre-Rochat</p></td><td>402-1234567-7654321</td></tr></table>`,
    );
    expect(page).not.toContain('Fabre-Rochat');
  });
});
