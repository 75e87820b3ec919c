import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// An inbox's item keeps its time, written with an apostrophe or a hyphen ("Aujourd’hui",
// "L’altro ieri", "avant-hier"), while the customer's words quoted in it go
// (core/capture/redaction/list-snippets.ts). From blind page b8-fr-messages-photos-voice; here
// Italian.

describe('an inbox item’s time', () => {
  it('keeps "L’altro ieri" beside a removed buyer’s snippet (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/messaging/inbox',
      'it',
      `<h2>Messaggio di Ilaria Benvenuti</h2><p>Il pacco non è arrivato, citofono Benvenuti-Rota.</p>
       <ul><li><b>Ilaria Benvenuti</b><br><span>Pacco non arrivato</span><br><span>Lasciatelo dal portiere</span><br><span>L’altro ieri</span></li>
       <li><b>Corrado Gualtieri</b><br><span>Fattura</span><br><span>Oggi</span></li></ul>`,
    );
    expect(page).toContain('L’altro ieri');
    expect(page).not.toContain('Lasciatelo dal portiere');
  });
});
