import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../../core/capture/redact';
import { bodyOf } from './captured-body';

// A town or a postcode is a person's only where the address is (core/capture/redaction/
// goods-places.ts): a fulfilment centre's stays. From the review of the b3 rules (finding M).

const URL_FR = 'https://sellercentral.amazon.fr/inventory/fba';

const pageOf = (body: string, lang = 'fr') => bodyOf(URL_FR, lang, body, '', { uiLanguage: 'fr' });

describe('a fulfilment centre’s town and postcode stay', () => {
  it('under a heading naming the centre, in a <dl>', async () => {
    const page = await pageOf(
      `<div><h3>Centre de distribution ORY1</h3><dl><dt>Ville :</dt><dd>Saran</dd><dt>Code postal :</dt><dd>45770</dd></dl></div>`,
    );
    for (const kept of ['<dd>Saran</dd>', '<dd>45770</dd>']) expect(page).toContain(kept);
  });

  it('on a line after the centre’s', async () => {
    const page = await pageOf(`<p>Centre de distribution : ORY1</p><p>Ville : Saran</p>`);
    expect(page).toContain('Ville : Saran');
  });

  it('in a table of warehouses and their towns', async () => {
    const page = await pageOf(
      `<table><tr><th>Entrepôt</th><th>Ville</th></tr><tr><td>Amazon ORY1</td><td>Saran</td></tr><tr><td>Amazon LIL1</td><td>Lauwin-Planque</td></tr></table>
       <table><tr><th>Centre de distribution</th><th>Ville</th><th>Code postal</th></tr><tr><td>ORY1</td><td>Saran</td><td>45770</td></tr></table>`,
    );
    for (const kept of ['<td>Lauwin-Planque</td>', '<td>45770</td>']) expect(page).toContain(kept);
    expect(page).not.toContain(PLACEHOLDERS.name);
  });

  it('after "Expédié depuis (ville)"', async () => {
    const page = await pageOf(`<dl><dt>Expédié depuis (ville)</dt><dd>Saran</dd></dl>`);
    expect(page).toContain('<dd>Saran</dd>');
  });
});

describe('a buyer’s town is still replaced, by a town’s placeholder', () => {
  it('beside the buyer’s name, even with a centre named on the page', async () => {
    const page = await pageOf(
      `<p>Expédié depuis ORY1</p><div><dl><dt>Nom de l'acheteur :</dt><dd>Jeanne Lefèvre</dd><dt>Ville :</dt><dd>Lyon</dd></dl></div>`,
    );
    for (const gone of ['Lefèvre', 'Lyon']) expect(page).not.toContain(gone);
    expect(page).toContain(`<dd>${PLACEHOLDERS.city}</dd>`);
  });

  it('beside a code that is a SKU’s, not a centre’s', async () => {
    const page = await pageOf(`<div><p>SKU : MUG1</p><p>Ville : Lyon</p></div>`);
    expect(page).not.toContain('Lyon');
  });

  it('alone on its line', async () => {
    const page = await pageOf(`<p>Ville : Villeurbanne</p>`);
    expect(page).toContain(`Ville : ${PLACEHOLDERS.city}`);
  });
});
