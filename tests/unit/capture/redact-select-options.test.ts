import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../../core/capture/redact';
import { bodyOf } from './captured-body';

// A <select>'s options are in the file though they show only when it opens. Under a person's
// label each option offered is a person, its prompt (an empty value) stays; a select naming a
// person removed from the page in one option names people in its others written alike; an
// option's own words ("Buyer email" among a search's fields) label nothing
// (core/capture/redaction/option-lists.ts). From blind pages b8-de-returns-postfach-polska and
// b8-en-gb-ireland-eircode; here French and Italian.

describe('a select’s options', () => {
  it('replaces the buyers a filter offers under "Client", keeps its prompt (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/returns/list',
      'fr',
      `<form><label>Client <select name="c"><option value="">Tous les clients</option>
       <option value="c1">Gwenaëlle Le Bihan (Brest)</option><option value="c2">Yannick Tanguy (Quimper)</option></select></label></form>
       <p>Retour de Gwenaëlle reçu.</p>`,
    );
    expect(page).toContain('Tous les clients');
    for (const gone of ['Le Bihan', 'Tanguy', 'Gwenaëlle']) expect(page).not.toContain(gone);
    expect(page).toContain('value="c1"');
  });

  it('replaces every person of a select once one of them is removed elsewhere (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/orders-v3/order/404-1234567-1234567',
      'it',
      `<dl><dt>Destinatario</dt><dd>Annalisa Cattaneo</dd></dl>
       <label for="s">Spedisci a</label><select id="s"><option value="">Scegli…</option>
       <option value="a1">Annalisa Cattaneo – Via Solari 40, 20144 Milano</option>
       <option value="a2">Ernesto Brambati – Vicolo Stretto 3, Bergamo</option>
       <option value="new">Usa un nuovo indirizzo</option></select>`,
    );
    for (const gone of ['Brambati', 'Vicolo Stretto', 'Cattaneo']) expect(page).not.toContain(gone);
    expect(page).toContain('Usa un nuovo indirizzo');
    expect(page).toContain(PLACEHOLDERS.street);
  });

  it('keeps a search’s fields, a label among them (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.com/orders-v3',
      'en',
      `<label>Search: <select><option>Order ID</option><option>Buyer email</option><option>SKU</option></select></label>`,
    );
    expect(page).toContain('<option>Order ID</option><option>Buyer email</option><option>SKU</option>');
  });
});
