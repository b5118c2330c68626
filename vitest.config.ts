/** Unit and component tests (vitest); e2e tests have their own config (vitest.e2e.config.ts). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // As in a release build: the content script's test probe is left out (see content/test-probe.ts).
  define: { __MAXIM_TEST__: 'false' },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    retry: 0,
    testTimeout: 60_000,
  },
});
