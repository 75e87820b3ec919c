import { describe, expect, it } from 'vitest';
import { redactText } from '../../../core/capture/redact';

// A post office or a parcel shop named with its street in a carrier's notice is a public
// counter's address, kept; the customer's own street in the same notice still goes
// (core/capture/redaction/public-office-line.ts). From blind page b6-it-contact-buyer-draft
// ("ufficio postale di Milano Centro, Piazza Cordusio 1"); here French and English notices.

describe("a post office's street in a carrier's notice", () => {
  it('keeps the bureau de poste and its street, removes the address it could not deliver to (fr)', () => {
    const { text } = redactText(
      'Avis de passage : destinataire absent au 14 rue des Tanneurs, 67000 Strasbourg. Colis disponible au bureau de poste Strasbourg Cathédrale, 5 avenue de la Marseillaise, 67000 Strasbourg dès demain.',
    );
    expect(text).toContain(
      'bureau de poste Strasbourg Cathédrale, 5 avenue de la Marseillaise, 67000 Strasbourg',
    );
    expect(text).not.toContain('Tanneurs');
  });

  it('keeps a parcel shop and its street (en)', () => {
    const { text } = redactText(
      'Held at parcel shop Londis Camden, 112 Kentish Town Road. Collect within 7 days.',
    );
    expect(text).toContain('parcel shop Londis Camden, 112 Kentish Town Road');
  });
});
