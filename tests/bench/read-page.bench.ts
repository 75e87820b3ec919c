import { bench, describe } from 'vitest';
import { parseMarketplaceDate } from '../../core/dates/parse-date';
import { readOrderPage } from '../../core/page/read-order-page';
import { FIXTURE_READ_AT, PAGE_FIXTURES } from '../fixtures/pages';
import { loadPage, readFixture } from '../unit/page/load-fixture';

// Reading time of each fixture beside a baseline measured in the same run on the same document:
// one TreeWalker pass over all its nodes (the least any DOM reader must do). Targets: median
// read within 3x of the baseline, and under 5 ms on the largest fixture (en-us-katal-mcf-multi).
// Run: npx vitest bench --run tests/bench/read-page.bench.ts

const pages = await Promise.all(
  PAGE_FIXTURES.map(async (fixture) => ({
    fixture,
    document: (await loadPage(readFixture(fixture.file), fixture.url, { runScripts: fixture.lateRendered }))
      .document,
  })),
);

function treeWalkerPass(doc: Document): number {
  const walker = doc.createTreeWalker(doc, 0xffffffff);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

// Results feed a module-level _sink so that no measured call can be optimized away.
let _sink = 0;
for (const { fixture, document } of pages) {
  describe(fixture.file, () => {
    bench('baseline: one TreeWalker pass', () => {
      _sink += treeWalkerPass(document);
    });
    bench('readOrderPage', () => {
      _sink += readOrderPage(document, fixture.url, { now: FIXTURE_READ_AT }) ? 1 : 0;
    });
  });
}

// Date parsing beside Date.parse of the ISO form of the same dates.
const LOCALES = ['fr-FR', 'en-GB', 'en-US', 'de-DE', 'es-ES', 'it-IT'] as const;
const STYLES: Intl.DateTimeFormatOptions[] = [
  { dateStyle: 'medium' },
  { dateStyle: 'long' },
  { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  { dateStyle: 'short' },
];
const samples: { text: string; locale: string; iso: string }[] = [];
for (let i = 0; i < 1000; i++) {
  const date = new Date(Date.UTC(2020, 0, 1) + i * 7 * 864e5 + (i % 7) * 864e5);
  const locale = LOCALES[i % LOCALES.length]!;
  const style = STYLES[i % STYLES.length]!;
  samples.push({
    text: new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' }).format(date),
    locale,
    iso: date.toISOString().slice(0, 10),
  });
}

describe('dates: 1,000 per iteration', () => {
  bench('baseline: Date.parse of the ISO form', () => {
    for (const { iso } of samples) _sink += Date.parse(iso);
  });
  bench('parseMarketplaceDate', () => {
    for (const { text, locale } of samples) _sink += parseMarketplaceDate(text, locale) ? 1 : 0;
  });
});
