import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A link's query names what it carries as a JSON state's keys do: `?buyerName=…` holds the buyer,
// who is then replaced wherever else the page shows them, a heading no label announces too
// (core/capture/redaction/url-values.ts). From blind page c9-de-nachricht-iframe-anhang; here a
// Spanish customer card.

describe('names carried by a link’s query', () => {
  it('replaces the customer named only by a search link’s query, keeps the link (es)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.es/orders-v3/order/404-1234567-7654321',
      'es',
      `<section><h3>Leocadia Ferrández Quiles</h3>
       <p><a href="/orders-v3/search?nombreCliente=Leocadia%20Ferr%C3%A1ndez%20Quiles&amp;pagina=1">Ver todos sus pedidos</a></p></section>`,
    );
    expect(page).not.toContain('Ferrández');
    expect(page).not.toContain('Ferr%C3%A1ndez');
    expect(page).toContain('Ver todos sus pedidos');
    expect(page).toContain('pagina=1');
  });
});
