import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../../core/capture/redact';
import { FILE_PLACEHOLDER_STEM } from '../../../core/capture/redaction/file-names';
import { bodyOf as capturedBodyOf } from './captured-body';

// A file's name holding a word of a removed street or name loses its stem
// (core/capture/redaction/file-names.ts). From blind page b4-en-us-thread-quoted, where
// "photo_door_4417_kedzie.jpg" followed a message giving "4417 N Kedzie Ave"; here a German
// return page with the street in a labeled address and the files as links and in attributes.

const bodyOf = (body: string) =>
  capturedBodyOf('https://sellercentral.amazon.de/returns/detail/1', 'de', body);

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
