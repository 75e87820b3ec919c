import { defineConfig } from 'vitest/config';
import { FirefoxReporter } from './reporter.ts';

// `npm run test:e2e:firefox`: the end-to-end cases in Firefox ESR (built extension:
// `npm run build:firefox`, honouring MCF_DESK_OUT_DIR). One Firefox at a time: 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 30_000,
    fileParallelism: false,
    reporters: [new FirefoxReporter()],
  },
});
