import { describe, expect, it } from 'vitest';
import { redactText } from '../../../core/capture/redact';

// A carrier's own site named with its address in a tracking event (a depot, a sorting centre, a
// branch) is where the parcel passed, kept up to its postcode; the customer's street after a
// carrier's name that names no site still goes (core/capture/redaction/public-office-line.ts).
// From blind pages b8-de-mcf-amsterdam-template ("PostNL Sorteercentrum Amsterdam, …"),
// b8-fr-mcf-order-hidden-blocks and others; here a German site named before its carrier, and a
// British mail centre.

describe('a carrier’s site in a tracking event', () => {
  it('keeps "Zustellbasis DHL Köln-Ossendorf, …" with its postcode (de)', () => {
    const site = 'Zustellbasis DHL Köln-Ossendorf, Butzweilerhofallee 3, 50829 Köln';
    const { text } = redactText(`05.12.2024, 06:10 – Sendung in der ${site} eingetroffen`);
    expect(text).toContain(site);
  });

  it('keeps a mail centre whose address has no house number (en)', () => {
    const site = 'Royal Mail Mount Pleasant Mail Centre, Farringdon Road, London, EC1A 1BB';
    const { text } = redactText(`4 Dec 2024 – Item received at ${site}.`);
    expect(text).toContain(site);
  });

  it('still removes the street after a carrier that names no site (de)', () => {
    const { text } = redactText('Zugestellt durch DHL, Lindenstraße 5, 10115 Berlin');
    expect(text).not.toContain('Lindenstraße');
    expect(text).not.toContain('10115');
  });
});
