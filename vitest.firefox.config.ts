import { defineConfig } from 'vitest/config';

// The Firefox suite (`npm run test:firefox`): Debian's Firefox ESR driven by puppeteer-core over
// WebDriver BiDi, on the built Firefox extension. One browser at a time, long timeouts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // One retry, so that a test that fails and then passes is told apart as flaky
    // (tooling/flaky-reporter.mjs): the test command fails on it unless tests/known-flakes.json lists it.
    retry: 1,
    // expect.poll waits for a state; Vitest's 1 s default is a duration a busy machine can pass.
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
