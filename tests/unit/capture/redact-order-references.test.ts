import { describe, expect, it } from 'vitest';
import { redactText } from '../../../core/capture/redact';

// A number right after "#" is a reference (a web shop's order, a ticket), never dialled, even
// when its digits have a landline's shape; the same digits without it are still a phone
// (core/capture/redaction/patterns.ts). From blind page b8-fr-mcf-order-hidden-blocks
// ("#0478221904"); here German and English.

describe('a "#" reference', () => {
  it('keeps "#0301234567" and removes the same number dialled (de)', () => {
    const { text } = redactText('Shop-Bestellung #0301234567 – Rückruf unter 0301234567 erbeten');
    expect(text).toContain('#0301234567');
    expect(text).not.toContain('unter 0301234567');
  });

  it('keeps a ticket number shaped like a US phone (en)', () => {
    const { text } = redactText('Ticket #555-867-5309 opened');
    expect(text).toContain('#555-867-5309');
  });
});
