import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A comments cell goes on, after the customer's words, with the page's own blocks: the product the
// row is about ("SKU: … · ASIN: …") and the seller's public reply. They stay; only the comment
// goes (core/capture/redaction/comment-cells.ts). From blind page c10-en-gb-feedback-personalised;
// here a German Feedback Manager row.

describe('a comments cell’s product and reply blocks', () => {
  it('replaces the comment, keeps the product and the seller’s reply (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/feedback-manager/index.html',
      'de',
      `<table><thead><tr><th>Datum</th><th>Bewertung</th><th>Kommentare</th><th>Bestellnummer</th></tr></thead>
       <tbody><tr><td>Gestern</td><td>1</td><td>
         <p>Tasse kam zerbrochen an, bitte ruft mich an, Ottilie Brandhuber.</p>
         <div><b>Kaffeebecher „Bruno“ Steinzeug, 400 ml</b><br>SKU: BECHER-BRUNO-400 · ASIN: B0TESTDE12</div>
         <div>Öffentliche Antwort (5. Dez. 2024): Ersatz ist unterwegs mit DHL 00340434161094042557. Keramik Vogt</div>
       </td><td>302-1234567-7654321</td></tr></tbody></table>`,
    );
    expect(page).not.toContain('Brandhuber');
    expect(page).not.toContain('zerbrochen');
    expect(page).toContain('Kaffeebecher „Bruno“ Steinzeug, 400 ml');
    expect(page).toContain('BECHER-BRUNO-400');
    expect(page).toContain('Ersatz ist unterwegs mit DHL 00340434161094042557. Keramik Vogt');
  });
});
