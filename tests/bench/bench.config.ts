import { defineConfig } from '@playwright/test';

// `npm run bench`: timings of the built extension in Debian's Chromium, with 10,000 contacts.
// Numbers are medians of repeated runs; this machine is noisy, so compare ratios, not digits.
export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  timeout: 120_000,
  workers: 1,
  reporter: [['list']],
});
