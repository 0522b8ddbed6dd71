import { defineConfig } from '@playwright/test';

// `npm run demo`: the built extension on sample profiles, with sample data, as a person uses it.
// Headed when there is a display, headless otherwise; screenshots go to demo-screenshots/.
export default defineConfig({
  testDir: '.',
  testMatch: 'demo.spec.ts',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [['list']],
});
