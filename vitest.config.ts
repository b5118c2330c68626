/** Unit and component tests (vitest); e2e tests have their own config (vitest.e2e.config.ts). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    retry: 0,
    testTimeout: 60_000,
  },
});
