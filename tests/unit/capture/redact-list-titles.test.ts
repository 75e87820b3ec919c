import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../core/capture/capture-page';
import { loadPage } from '../page/load-fixture';

// In a list whose items open with removed names (review cards), another item's line written in
// sentence case ("Gut, aber schwer", "Heavy but good") is a title, not a person: only a line in
// lower case throughout is read as a name written small (core/capture/redaction/later-names.ts).
// From blind page b5-en-us-customer-reviews; here a German page.

async function bodyOf(url: string, lang: string, body: string, head = ''): Promise<string> {
  const { document } = await loadPage(
    `<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`,
    url,
  );
  const { html } = capturePage(document, {
    url,
    now: '2024-12-06T09:00:00.000Z',
    version: '0.1.0',
    uiLanguage: lang,
    reading: null,
    fakeIds: false,
  });
  return html.slice(html.indexOf('<body'));
}

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
