import { defineConfig } from '@playwright/test';

// Benchmarks that need a real browser (IndexedDB at scale): `npm run bench:chromium`.
// They print figures; they are not part of `npm test`.
export default defineConfig({
  testDir: 'tests/bench-chromium',
  testMatch: '**/*.bench.spec.ts',
  timeout: 600_000,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results/bench',
});
