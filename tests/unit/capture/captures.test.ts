import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaptureHeader } from '../../../core/capture/header';
import { loadPage } from '../page/load-fixture';
import { type ExpectedReading, readingAsExpected } from './expected-reading';

// Every capture in tests/fixtures/captures/ is a test: read at the URL its header records, as of
// its capture time, it must give the reading of `<name>.expected.json` (see the README there).
//
// To add a capture made from a page fixture (tests/tools/make-capture.ts):
//   MCF_DESK_MAKE_CAPTURE=fr-classic-shipped.html npm run make:capture

const CAPTURE_DIR = join(__dirname, '../../fixtures/captures');
const captures = readdirSync(CAPTURE_DIR).filter((name) => name.endsWith('.html'));

describe('captures as fixtures', () => {
  it('holds at least one capture', () => {
    expect(captures.length).toBeGreaterThan(0);
  });

  for (const name of captures) {
    it(`reads ${name} as expected`, async () => {
      const html = readFileSync(join(CAPTURE_DIR, name), 'utf8');
      const header = parseCaptureHeader(html);
      expect(header, 'a capture starts with its header comment').not.toBeNull();
      const expected = JSON.parse(
        readFileSync(join(CAPTURE_DIR, name.replace(/\.html$/, '.expected.json')), 'utf8'),
      ) as ExpectedReading;
      const { document } = await loadPage(html, header!.url);
      expect(readingAsExpected(document, header!.url, header!.capturedAt)).toEqual(expected);
    });
  }
});
