import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Maintainers' tools written as Vitest files (they share the tests' page loading): run one by name.
export default defineConfig({
  plugins: [WxtVitest()],
  test: { include: ['tests/tools/*.ts'], environment: 'node' },
});
