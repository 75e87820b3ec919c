import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// The banner may name the seller's shop after the brand and with its legal form, between dashes
// or dots ("amazon seller central – Northwind Outdoor GmbH – Deutschland"): the seller's own firm
// line is then kept (core/capture/redaction/account-switcher.ts, seller-firm-line.ts). From blind
// pages c11-de-retouren-liste-zellen, c11-fr-gestion-commandes-liste and c11-it-ordini-celle-divise
// (lower-case "s.r.l."); here English pages.

describe('the shop named in the page’s banner', () => {
  it('keeps its firm line with a form in the shop’s name, between dashes (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/returns/list',
      'en',
      `<header><span>amazon seller central</span> <span class="acct">Northwind Outdoor GmbH – Germany</span></header><p>Return address: Northwind Outdoor GmbH, Hafenstraße 3, 20457 Hamburg</p>`,
    );
    expect(page).toContain('Northwind Outdoor GmbH, Hafenstraße 3, 20457 Hamburg');
  });

  it('keeps it after the brand between dots, with a lower-case form (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.es/returns/list',
      'en',
      `<header>amazon seller central · Cerámicas Turia s.l. · Spain</header><p>Return address: Cerámicas Turia s.l., Calle Sevilla 27, 46988 Paterna</p>`,
    );
    expect(page).toContain('Cerámicas Turia s.l., Calle Sevilla 27, 46988 Paterna');
  });
});
