import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../core/capture/capture-page';
import { parseCaptureHeader } from '../../../core/capture/header';
import { readPage } from '../../../core/page/read-order-page';
import { FIXTURE_READ_AT, PAGE_FIXTURES } from '../../fixtures/pages';
import { loadPage, readFixture } from '../page/load-fixture';
import { type ExpectedReading, readingAsExpected } from './expected-reading';

// Every capture in tests/fixtures/captures/ is a test: read at the URL its header records, as of
// its capture time, it must give the reading of `<name>.expected.json` (see the README there).
//
// To add a capture made from a page fixture:
//   MCF_DESK_MAKE_CAPTURE=fr-classic-shipped.html npx vitest run tests/unit/capture/captures.test.ts

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

  const source = process.env.MCF_DESK_MAKE_CAPTURE;
  it.runIf(source)(`makes a capture of the page fixture ${source}`, async () => {
    const fixture = PAGE_FIXTURES.find((f) => f.file === source);
    if (!fixture) throw new Error(`no page fixture named ${source}`);
    const { document } = await loadPage(readFixture(fixture.file), fixture.url, {
      runScripts: fixture.lateRendered,
    });
    const reading = readPage(document, fixture.url, { now: FIXTURE_READ_AT });
    const { html } = capturePage(document, {
      url: fixture.url,
      now: FIXTURE_READ_AT,
      version: JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')).version,
      uiLanguage: 'fr-FR',
      reading,
      fakeIds: false,
    });
    const name = fixture.file.replace(/\.html$/, '');
    writeFileSync(join(CAPTURE_DIR, `${name}.html`), html);
    const expected = readingAsExpected(document, fixture.url, FIXTURE_READ_AT);
    writeFileSync(join(CAPTURE_DIR, `${name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  });
});
