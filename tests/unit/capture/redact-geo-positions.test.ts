import { describe, expect, it } from 'vitest';
import { redactText } from '../../../core/capture/redact';

// Where a photo was taken, as a caption prints it: coordinates in degrees, minutes and seconds or
// in decimals, and the place they are then named ("· Via del Corso, Roma"); an amount with a
// thousands' dot is no position (core/capture/redaction/patterns.ts). From blind pages
// b8-fr-messages-photos-voice and b8-es-devolucion-fotos-locker; here Italian and German.

describe('a position on the globe', () => {
  it('removes degrees, minutes, seconds and the place named after them (it)', () => {
    const { text } = redactText('Scattata il 2 dic · 41°53′24″ N, 12°29′32″ E · Via del Corso, Roma');
    expect(text).not.toContain('41°53');
    expect(text).not.toContain('Corso');
    expect(text).toContain('Scattata il 2 dic');
  });

  it('removes "Koordinaten: 52.5200, 13.4050", keeps "1.234, 5.678 Stück" (de)', () => {
    const { text } = redactText('Koordinaten: 52.5200, 13.4050 – Lager: 1.234, 5.678 Stück');
    expect(text).not.toContain('52.5200');
    expect(text).toContain('1.234, 5.678 Stück');
  });
});
