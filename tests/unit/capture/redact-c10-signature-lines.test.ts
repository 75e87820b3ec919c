import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// An e-mail's signature kept in a text no label announces (a message's `<pre>` tail, its quoted
// history): a name alone on its line over a phone line is a person, chased wherever the page
// names them again (core/capture/redaction/message-signatures.ts). From blind page
// c10-it-messaggi-citati-reso (a thread's list and heading); here a German case's note.

describe('a signature over a phone line', () => {
  it('chases the signing name into the heading and the list (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/cu/case-dashboard/view-case?caseID=1234567890',
      'de',
      `<h1>Fall 1234567890 – Rückfrage von Henrike Paschold</h1>
       <ul><li><a href="#">Henrike Paschold</a> · 3 Nachrichten</li></ul>
       <pre>Guten Tag, der Deckel fehlt.

Henrike Paschold
Mobil: 0151 2345 6789</pre>
       <p>Bestellung 302-1234567-7654321 · Deckel fehlt</p>`,
    );
    expect(page).not.toContain('Paschold');
    expect(page).not.toContain('Henrike');
    expect(page).toContain('302-1234567-7654321');
    expect(page).toContain('Deckel fehlt');
  });
});
