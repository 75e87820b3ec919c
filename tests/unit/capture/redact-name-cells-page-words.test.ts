import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../../core/capture/redact';
import { bodyOf } from './captured-body';

// A buyer's cell holds the page's own words beside the name: a button's caption, a kind of
// buyer, a note's label (core/capture/redaction/name-slots.ts). They stay, and are not chased as
// a name's words. From blind page b4-fr-orders-attr-only ("Acheteur particulier", "Envoyer un
// message", "Note interne :"); here an English list and an Italian one.

describe('the page’s words in a buyer’s cell', () => {
  it('stay beside the replaced name (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/orders-v3',
      'en-GB',
      `<table><tr><th>Order</th><th>Buyer</th></tr><tr><td>202-1122334-5566778</td><td><span>Jonas Whitfield</span><br><button type="button">Contact buyer</button><div><span>Internal note:</span> gift, no invoice</div></td></tr></table>`,
    );
    expect(page).not.toContain('Whitfield');
    for (const kept of ['<th>Buyer</th>', 'Contact buyer', 'Internal note:']) expect(page).toContain(kept);
    expect(page).toContain(PLACEHOLDERS.name);
  });

  it('a kind of buyer and a button alone are no name (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/orders-v3',
      'it',
      `<table><thead><tr><th>Ordine</th><th>Acquirente</th></tr></thead><tbody><tr><td>404-1122334-5566778</td><td data-buyer-name="Ornella Vidussi"><span>Acquirente privato</span> <button type="button">Contatta</button></td></tr></tbody></table><p>Acquirente: vedi tabella</p>`,
    );
    expect(page).not.toContain('Vidussi');
    for (const kept of ['<th>Acquirente</th>', 'Acquirente privato', 'Contatta', 'Acquirente: '])
      expect(page).toContain(kept);
  });

  it('a link speaking of the buyer stays beside the name (fr, a row header)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/returns/detail',
      'fr',
      `<table><tr><th>Acheteur</th><td><span>Noémie Lacombe-Rivière</span> <a href="/messaging/contact?id=1">Contacter l'acheteur</a></td></tr></table>`,
    );
    expect(page).not.toContain('Lacombe');
    expect(page).toContain("Contacter l'acheteur");
  });
});
