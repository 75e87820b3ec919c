import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../core/capture/capture-page';
import { loadPage } from '../page/load-fixture';

// Review CR2 of the b7 capture rules: each probe that proved a leak or a loss, kept as written.

async function bodyOf(url: string, lang: string, body: string): Promise<string> {
  const { document } = await loadPage(`<html lang="${lang}"><head></head><body>${body}</body></html>`, url);
  const { html } = capturePage(document, {
    url,
    now: '2024-12-06T09:00:00.000Z',
    version: '0.1.0',
    uiLanguage: lang,
    reading: null,
    fakeIds: false,
  });
  return html.slice(html.indexOf('<body'));
}

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
