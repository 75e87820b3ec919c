import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { capturePage } from '../../core/capture/capture-page';
import { readPage } from '../../core/page/read-order-page';
import { FIXTURE_READ_AT, PAGE_FIXTURES } from '../fixtures/pages';
import { readingAsExpected } from '../unit/capture/expected-reading';
import { loadPage, readFixture } from '../unit/page/load-fixture';

// A maintainer's tool, not a test: writes a capture of one page fixture, and its expected
// reading, into tests/fixtures/captures/ (where tests/unit/capture/captures.test.ts and
// tests/e2e/captures.spec.ts pick it up).
//   MCF_DESK_MAKE_CAPTURE=fr-classic-shipped.html npm run make:capture

const CAPTURE_DIR = join(__dirname, '../fixtures/captures');
const source = process.env.MCF_DESK_MAKE_CAPTURE ?? '';

it(`makes a capture of the page fixture ${source}`, async () => {
  const fixture = PAGE_FIXTURES.find((f) => f.file === source);
  expect(fixture, `MCF_DESK_MAKE_CAPTURE names a page fixture (got "${source}")`).toBeDefined();
  if (!fixture) return;
  const { document } = await loadPage(readFixture(fixture.file), fixture.url, {
    runScripts: fixture.lateRendered,
  });
  const reading = readPage(document, fixture.url, { now: FIXTURE_READ_AT });
  const { html } = capturePage(document, {
    url: fixture.url,
    now: FIXTURE_READ_AT,
    version: JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')).version,
    uiLanguage: 'fr-FR',
    reading,
    fakeIds: false,
  });
  const name = fixture.file.replace(/\.html$/, '');
  writeFileSync(join(CAPTURE_DIR, `${name}.html`), html);
  const expected = readingAsExpected(document, fixture.url, FIXTURE_READ_AT);
  writeFileSync(join(CAPTURE_DIR, `${name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
});
