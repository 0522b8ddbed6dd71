import { defineConfig } from '@playwright/test';

// The built extension (`wxt build`) in Debian's Chromium; see tests/e2e/support/launch.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Waits are for states (a text, a stored record); their limits are generous so that a busy
  // machine (another build beside it) makes a run slower, never red.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  // One retry, so that a test that fails and then passes is reported as flaky (not as passed, nor
  // as a plain failure): the test command fails on it unless tests/known-flakes.json lists it.
  retries: 1,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
