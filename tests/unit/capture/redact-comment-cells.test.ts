import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A comments column's cell: the customer's words go, the page's fields after them ("Artikel:
// …", "Pünktlich: Ja") stay (core/capture/redaction/comment-cells.ts); a row's cell spanning
// that column and others (the seller's public reply) is no value of the column
// (core/capture/redaction/table-columns.ts). From blind page b7-fr-feedback-manager; here a
// German feedback table with the reply in a cell of its own width, its caption in bold as Seller
// Central draws it (a row across a comments column is otherwise a message: review CR2).

describe('comment cells and rows across columns', () => {
  it('replaces the comment, keeps the fields after it and the reply row (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/feedback-manager/index.html',
      'de',
      `<table><tr><th>Datum</th><th>Kommentare</th><th>Bestellung</th></tr>
       <tr><td>03.12.2024</td><td><p>Paket lag beim Kiosk am Eck, sehr ärgerlich.</p><p>Artikel: Kerze „Goethe“ – Bienenwachs, 20 cm</p><p>Pünktlich: Nein · Wie beschrieben: Ja</p></td><td>302-1234567-7654321</td></tr>
       <tr><td colspan="3"><p><b>Ihre öffentliche Antwort (veröffentlicht am 4. Dez. 2024)</b></p><p>Das tut uns leid, Frau Okonkwo-Reuter.</p></td></tr></table>`,
    );
    expect(page).not.toContain('Kiosk');
    expect(page).toContain('Artikel: Kerze „Goethe“ – Bienenwachs, 20 cm');
    expect(page).toContain('Pünktlich: Nein · Wie beschrieben: Ja');
    expect(page).toContain('Ihre öffentliche Antwort (veröffentlicht am 4. Dez. 2024)');
    expect(page).not.toContain('Okonkwo-Reuter');
  });
});
