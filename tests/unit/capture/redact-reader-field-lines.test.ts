import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A product's title after its label on one line ("Artikel: Teekanne „Greta“") is the product's,
// its words not chased as a removed name's; a person's field after it on the line is still read
// (core/capture/redaction/kept-fields.ts). From blind page b8-it-messaggi-giappone-vocale
// ("Articolo: Lampada da tavolo «Hikari»"); here German and French.

describe('a product’s title after its label on a line', () => {
  it('keeps the first name that is also the product’s (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/messaging/thread?threadId=T3',
      'de',
      `<p>Käufer: Greta Lindqvist</p><p>Artikel: Teekanne „Greta“ aus Steingut, 1 l</p><p>Danke, Greta!</p>`,
    );
    expect(page).toContain('Artikel: Teekanne „Greta“ aus Steingut, 1 l');
    expect(page).not.toContain('Danke, Greta');
  });

  it('still replaces a person’s field after the title on its line (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/messaging/thread?threadId=T4',
      'fr',
      `<p>Produit : Mug Capucine 35 cl · Acheteur : Capucine Leroux</p>`,
    );
    expect(page).not.toContain('Leroux');
    expect(page).toContain('Mug Capucine 35 cl');
  });
});
