import { afterEach, test } from 'vitest';
import { CASES } from '../cross-browser/cases';
import { type FirefoxSession, startFirefox } from './firefox-driver';

// The cross-browser cases (tests/cross-browser/cases.ts) in Firefox, each in a fresh browser.
// The same list runs in Chromium: tests/e2e/cross-browser.spec.ts.

let session: FirefoxSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

for (const crossBrowserCase of CASES) {
  const knownBug = crossBrowserCase.knownToFailIn?.firefox;
  const name = `[cross-browser] ${crossBrowserCase.name}${knownBug ? ` (known Firefox bug: ${knownBug})` : ''}`;
  (knownBug ? test.fails : test)(name, async () => {
    session = await startFirefox();
    await crossBrowserCase.run(session.driver);
  });
}
