import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// An e-mail cut by <wbr> ("j.okafor<wbr>@<wbr>…") is one line's text, as with spans
// (core/capture/redaction/split-emails.ts). From blind page c11-it-distinte-imballaggio-multiple;
// here an English note under no e-mail label.

describe('an e-mail cut by <wbr>', () => {
  it('is replaced whole (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/orders-v3/packing-slips',
      'en',
      `<p>Customer contact: j.okafor.design<wbr>@<wbr>northfield-studio.co.uk</p>`,
    );
    expect(page).not.toContain('j.okafor.design');
    expect(page).not.toContain('northfield-studio');
    expect(page).toContain('Customer contact:');
  });
});
