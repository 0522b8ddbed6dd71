import { test as base } from '@playwright/test';
import { launchExtension, type LaunchedExtension } from './launch';

/** Playwright's test with the extension loaded: `ext` is a fresh browser profile per test. */
export const test = base.extend<{ ext: LaunchedExtension; uiLocale: string }>({
  uiLocale: ['en-US', { option: true }],
  ext: async ({ uiLocale }, provide) => {
    const ext = await launchExtension({ locale: uiLocale });
    await provide(ext);
    await ext.close();
  },
});

export { expect } from '@playwright/test';
