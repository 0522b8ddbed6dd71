import { expect, test as base } from '@playwright/test';
import { launchExtension, type LaunchedExtension } from './launch';

/** Playwright's test with the extension loaded: `ext` is a fresh browser profile per test. */
export const test = base.extend<{ ext: LaunchedExtension; uiLocale: string; systemColorScheme: 'light' | 'dark'; systemReducedMotion: 'reduce' | 'no-preference' }>({
  uiLocale: ['en-US', { option: true }],
  systemColorScheme: ['light', { option: true }],
  systemReducedMotion: ['no-preference', { option: true }],
  ext: async ({ uiLocale, systemColorScheme, systemReducedMotion }, provide) => {
    const ext = await launchExtension({ locale: uiLocale, colorScheme: systemColorScheme, reducedMotion: systemReducedMotion });
    await provide(ext);
    await ext.close();
    // Nothing of the browser, Maille included, reached a server other than the fixture sites.
    expect(ext.offSite.urls, 'requests to anything but the three sites and their photo hosts').toEqual([]);
  },
});

export { expect };
