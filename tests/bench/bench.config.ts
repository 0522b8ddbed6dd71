import { defineConfig } from '@playwright/test';

// `npm run bench` (tooling/bench.mjs): figures of the built extension in Debian's Chromium,
// written to bench/results.json; `-- --check` compares them with bench/budgets.json. This machine
// is noisy: each figure is a median (and 95th percentile) of repeated runs.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  timeout: 600_000,
  workers: 1,
  reporter: [['list']],
});
