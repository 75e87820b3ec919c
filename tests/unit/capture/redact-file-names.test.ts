import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../core/capture/capture-page';
import { PLACEHOLDERS } from '../../../core/capture/redact';
import { FILE_PLACEHOLDER_STEM } from '../../../core/capture/redaction/file-names';
import { loadPage } from '../page/load-fixture';

// A file's name holding a word of a removed street or name loses its stem
// (core/capture/redaction/file-names.ts). From blind page b4-en-us-thread-quoted, where
// "photo_door_4417_kedzie.jpg" followed a message giving "4417 N Kedzie Ave"; here a German
// return page with the street in a labeled address and the files as links and in attributes.

async function bodyOf(body: string): Promise<string> {
  const url = 'https://sellercentral.amazon.de/returns/detail/1';
  const { document } = await loadPage(`<html lang="de"><body>${body}</body></html>`, url);
  const { html } = capturePage(document, {
    url,
    now: '2024-12-06T09:00:00.000Z',
    version: '0.1.0',
    uiLanguage: 'de',
    reading: null,
    fakeIds: false,
  });
  return html.slice(html.indexOf('<body'));
}

describe('a file name holding a street or a name', () => {
  it('is written with a neutral stem, in text, links and attributes', async () => {
    const page = await bodyOf(
      `<dl><dt>Lieferadresse</dt><dd>Henrike Østergaard<br>Würzburger Straße 17<br>01187 Dresden</dd></dl>
       <p>Anhänge: <a href="/att/wuerzburger-17_klingel.heic" title="Wuerzburger_Strasse_17.heic">Wurzburger_Strasse_17.heic</a>, <span>ostergaard-quittung.pdf</span></p>
       <p>Bericht: retouren-2024-11.csv</p>`,
    );
    for (const gone of ['Wurzburger_Strasse', 'Wuerzburger_Strasse', 'ostergaard-quittung'])
      expect(page).not.toContain(gone);
    expect(page).toContain(`${FILE_PLACEHOLDER_STEM}.heic`);
    expect(page).toContain(`${FILE_PLACEHOLDER_STEM}.pdf`);
    expect(page).toContain('retouren-2024-11.csv');
    expect(page).toContain(PLACEHOLDERS.street);
  });
});
