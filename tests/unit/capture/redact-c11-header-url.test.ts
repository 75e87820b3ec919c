import { describe, expect, it } from 'vitest';
import { captureOf } from './captured-body';

// The page's own URL written in the capture's header is read as any link is, percent-decoded
// ("?q=M%C3%BCller" is the name "Müller") (core/capture/redact.ts). From blind page
// c11-es-busqueda-resultados-comprador; here a German search.

describe('the page’s URL in the header', () => {
  it('loses a searched buyer’s name once decoded (de)', async () => {
    const { html } = await captureOf(
      'https://sellercentral.amazon.de/orders-v3/search?q=Sch%C3%BCrmann-Vo%C3%9F&qt=buyername',
      'de',
      `<table><tr><th>Käufer</th><td>Ingeborg Schürmann-Voß</td></tr></table>`,
    );
    const header = html.slice(0, html.indexOf('<!DOCTYPE'));
    expect(header).toContain('url: https://sellercentral.amazon.de/orders-v3/search');
    expect(header).not.toMatch(/Sch%C3%BCrmann|Schürmann/);
  });
});
