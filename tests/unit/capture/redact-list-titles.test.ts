import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// In a list whose items open with removed names (review cards), another item's line written in
// sentence case ("Gut, aber schwer", "Heavy but good") is a title, not a person: only a line in
// lower case throughout is read as a name written small (core/capture/redaction/later-names.ts).
// From blind page b5-en-us-customer-reviews; here a German page.

describe('a review’s title beside reviewers’ names', () => {
  it('stays (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/brand-customer-reviews',
      'de',
      `<div class="karte" data-review='{"reviewerName":"Sönke Harmsen"}'><svg><title>Sönke Harmsen</title></svg><b>Griff abgebrochen</b></div>
       <div class="karte" data-review='{"reviewerName":"Ilka Brodersen"}'><svg><title>Ilka Brodersen</title></svg><b>Deckel wackelt</b></div>
       <div class="karte"><svg><text>KB</text></svg><b>Schwer aber gut</b></div>`,
    );
    expect(page).not.toContain('Harmsen');
    expect(page).not.toContain('Brodersen');
    expect(page).toContain('Schwer aber gut');
  });
});
