import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A locker's pickup code or a door code shown as a field of its own ("Locker code", "Abholcode"),
// its digits split over spans: the label stays, the code goes (core/capture/personal-labels.ts).
// From blind pages b8-es-devolucion-fotos-locker and b8-it-mcf-locker-dialog; here English and
// German.

describe('an access code’s field', () => {
  it('replaces a locker code split over spans in a table row (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/orders-v3/order/206-1234567-1234567',
      'en',
      `<table><tr><th>Locker code</th><td><span>58 21</span><span>93</span></td></tr></table>`,
    );
    expect(page).toContain('Locker code');
    expect(page).not.toContain('58 21');
    expect(page).not.toContain('>93<');
  });

  it('replaces the value of "Abholcode" in a list (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/returns/detail?rmaId=X',
      'de',
      `<dl><dt>Abholcode</dt><dd>K7Q 2291</dd><dt>Status</dt><dd>Abgeholt</dd></dl>`,
    );
    expect(page).not.toContain('2291');
    expect(page).toContain('<dd>Abgeholt</dd>');
  });
});
