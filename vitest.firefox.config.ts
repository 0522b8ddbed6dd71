import { defineConfig } from 'vitest/config';

// The Firefox suite (`npm run test:firefox`): Debian's Firefox ESR driven by puppeteer-core over
// WebDriver BiDi, on the built Firefox extension. One browser at a time, long timeouts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
