import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS, redactText } from '../../../core/capture/redact';
import { bodyOf } from './captured-body';

// An A-to-z claim quotes the buyer's own account under "Buyer's statement" and its four
// translations (core/capture/personal-labels.ts): the whole statement is a customer message, so a
// colleague it names ("mi compañera Maite Orozco") goes with it, while the page's stamp of when
// it was sent, after it, stays (core/capture/redaction/value-regions.ts). From blind page
// b4-es-atoz-statement; here in German and Italian, as a <div> of paragraphs.

describe('a buyer’s statement in an A-to-z claim', () => {
  it('is replaced whole, the colleague it names included; its sent stamp stays (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/gp/guarantee-claims/home.html',
      'de',
      `<section><h3>Stellungnahme des Käufers</h3><div><p>Die Vase kam zerbrochen an.</p><p>Fragen Sie bitte nach meinem Kollegen Jörg Wendtland, er hat das Paket angenommen.</p></div><p>Gesendet am 2. Dez. 2024, 09:41</p><h3>Ihre Antwort</h3></section>`,
    );
    expect(page).not.toContain('Wendtland');
    expect(page).toContain(PLACEHOLDERS.message);
    expect(page).toContain('Gesendet am 2. Dez. 2024, 09:41');
  });

  it('in Italian, under "Dichiarazione dell’acquirente"', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/gp/guarantee-claims/home.html',
      'it',
      `<h2>Dichiarazione dell'acquirente</h2><blockquote><p>Il pacco è stato lasciato alla portineria, chiedete a Ornella Vidussi.</p></blockquote><p class="small">Inviato il 30/11/2024 alle 17:05</p>`,
    );
    expect(page).not.toContain('Vidussi');
    expect(page).toContain('Inviato il 30/11/2024 alle 17:05');
  });
});

describe('a Spanish street with its floor, before its postcode', () => {
  it('leaves the postcode’s digits to the postcode', () => {
    const { text } = redactText('Calle del Olmo 4, 28012 Madrid');
    expect(text).toBe(`${PLACEHOLDERS.street}, ${PLACEHOLDERS.city}`);
  });
});
