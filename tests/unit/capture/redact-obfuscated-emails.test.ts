import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS, redactText } from '../../../core/capture/redact';

// An e-mail address written so that robots miss it is still the buyer's
// (core/capture/redaction/obfuscated-emails.ts). From blind page b4-en-us-thread-quoted
// ("dima.ivanov [at] gmail [dot] com"); here in the other languages' ways.

describe('an obfuscated e-mail address', () => {
  it.each([
    ['Scrivetemi a mario.rossi [chiocciola] libero [punto] it, grazie', 'mario.rossi'],
    ['Mi correo: ana.gil(arroba)gmail.com', 'ana.gil'],
    ['Bitte an jens.k(at)web(punkt)de schreiben', 'jens.k'],
    ['écrivez à jean.dupuis {at} orange {point} fr', 'jean.dupuis'],
    ['or reach me: sam_lee at outlook dot com', 'sam_lee'],
  ])('is replaced: %s', (text, local) => {
    const out = redactText(text);
    expect(out.text).not.toContain(local);
    expect(out.text).toContain(PLACEHOLDERS.email);
    expect(out.removed.emails).toBe(1);
  });

  it.each([
    'We meet at amazon.de tomorrow',
    'Delivered at 10:30 to the door',
    'Lieferung bei DHL Packstation',
  ])('is not read into ordinary words: %s', (text) => {
    expect(redactText(text).text).not.toContain(PLACEHOLDERS.email);
  });
});
