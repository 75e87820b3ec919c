import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A feedback's rater is named by "Rater name" / "Nom de l’évaluateur" / "Nome del valutatore"
// (core/capture/personal-labels.ts); a thread whose seller side reads "Tú (shop) · …" names the
// customer on its other side, and the inbox list beside it is then a list of people
// (core/capture/redaction/later-names.ts). From blind pages b7-fr-feedback-manager and
// b7-es-messages-inbox; here an Italian feedback row and a German inbox.

describe('raters and the correspondent of a seller named with its shop', () => {
  it('replaces the rater named by its label, keeps the order id (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/feedback-manager/index.html',
      'it',
      `<div>Numero ordine: 404-1234567-7654321</div><div>Nome del valutatore: <span>Gianluca Dell’Acqua</span></div>`,
    );
    expect(page).not.toContain('Dell’Acqua');
    expect(page).toContain('404-1234567-7654321');
  });

  it('replaces the buyers of an inbox once the thread shows the seller with its shop (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/messaging/inbox',
      'de',
      `<ul>
         <li><a href="#"><div><b>Wiebke Harms-Ottensen</b> <span>Heute</span></div><div>Lieferung · 302-1111111-2222222</div></a></li>
         <li><a href="#"><div><b>Ruslan Abdulov</b> <span>Gestern</span></div><div>Rechnung · 302-3333333-4444444</div></a></li>
       </ul>
       <section>
         <div class="msg"><div>Wiebke Harms-Ottensen · Heute, 07:55</div><p>Bitte beim Kiosk abgeben.</p></div>
         <div class="msg"><div>Sie (Kerzenhaus Nord) · Gestern, 10:02</div><p>Gerne, viele Grüße</p></div>
       </section>`,
    );
    expect(page).not.toContain('Harms-Ottensen');
    expect(page).not.toContain('Abdulov');
    expect(page).not.toContain('Kiosk');
    expect(page).toContain('302-3333333-4444444');
  });
});
