import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A customer's message holds the page's own words: the caption of a disclosure ("Show
// transcript") and the caption of an attachment (a photo's file name and size). They stay,
// their shapes and the names removed elsewhere still looked for; the transcript under the
// caption and the message's words go (core/capture/redaction/message-slots.ts). From blind pages
// b8-fr-messages-photos-voice and b8-it-messaggi-giappone-vocale; here English and German.

describe('the page’s words inside a customer’s message', () => {
  it('keeps a transcript’s caption and a photo’s file name (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.com/messaging/thread?threadId=T1',
      'en',
      `<h2>Message from Darnell Whitcombe</h2>
       <div class="msg"><p>The mug arrived cracked, photos attached.</p>
         <figure><img alt="" src="https://example.com/a.jpg"><figcaption>IMG_0412.jpg · 2.1 MB</figcaption></figure>
         <figure><img alt="" src="https://example.com/b.jpg"><figcaption>door_Whitcombe.jpg · 1.2 MB</figcaption></figure>
         <details><summary>Show transcript</summary><p>Call me at 312 555 0187, ask for my wife Tamsin.</p></details></div>`,
    );
    for (const kept of ['Show transcript', 'IMG_0412.jpg · 2.1 MB']) expect(page).toContain(kept);
    for (const gone of ['cracked', 'Tamsin', '0187', 'Whitcombe']) expect(page).not.toContain(gone);
  });

  it('keeps "Transkript anzeigen" in a thread’s message (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/messaging/thread?threadId=T2',
      'de',
      `<h2>Nachricht von Wiebke Harmsen</h2>
       <div class="msg"><p>Sprachnachricht (0:20)</p><details><summary>Transkript anzeigen</summary>
         <p>Bitte bei Familie Ohlsen im Erdgeschoss abgeben.</p></details></div>`,
    );
    expect(page).toContain('Transkript anzeigen');
    expect(page).not.toContain('Ohlsen');
  });
});
