import { describe, expect, it } from 'vitest';
import { planRedaction } from '../../../core/capture/redact';
import { serializePage } from '../../../core/capture/serialize';
import { loadPage } from '../page/load-fixture';

// A product title the reader read from the page's items keeps the person's title in it ("Tasse
// „Frau Holle“", "Service à thé « Madame de Sévigné »") wherever it is written, in a cell, an
// image's alt or the capture's header; a customer's note beside it still loses its "Frau …"
// (core/capture/redact.ts `readTitles`). From blind page b6-fr-mcf-gift-instructions; here German.

const url = 'https://sellercentral.amazon.de/mcf/orders/order-details?orderId=S02-1234567-7654321';

async function captureWith(title: string, body: string): Promise<string> {
  const { document } = await loadPage(`<html lang="de"><head></head><body>${body}</body></html>`, url);
  const redaction = planRedaction(document, { productTitles: [title] });
  const html = serializePage(document, { text: redaction.text, attribute: redaction.attribute });
  return html.slice(html.indexOf('<body'));
}

describe('product titles the reader read', () => {
  it('keeps „Frau Holle“ in the title and removes the neighbour named in a note (de)', async () => {
    const title = 'Tasse „Frau Holle“, Steingut, 300 ml';
    const page = await captureWith(
      title,
      `<table><tr><th>Inhalt</th><th>SKU</th></tr>
        <tr><td><img alt="${title}" src="data:,"></td><td>${title}</td><td>TASSE-HOLLE</td></tr></table>
       <p>Bitte bei Frau Kowalczyk abgeben.</p>`,
    );
    expect(page).toContain(title);
    expect(page).toContain(`alt="${title}"`);
    expect(page).not.toContain('Kowalczyk');
  });

  it('does not trust a read title that is a name and its title alone (de)', async () => {
    const page = await captureWith('Frau Henrike Sauerbier', '<p>Frau Henrike Sauerbier</p>');
    expect(page).not.toContain('Sauerbier');
  });
});
