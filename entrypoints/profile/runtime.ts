import type { Browser } from 'wxt/browser';

/**
 * The extension's runtime API, looked up only when asked. WXT's `browser` (wxt/browser) is chosen
 * as its module loads, by reading `browser.runtime.id`: that builds the runtime API in the page's
 * isolated world, ~2 ms of main thread on every page of the sites (npm run bench,
 * `nonProfileScript`), where the address watcher needs it only at a profile. Firefox has
 * `browser`, Chromium `chrome` (and lately `browser` too); in an isolated world either is the
 * extension's own (a page cannot set them there).
 */
export function extensionRuntime(): (typeof Browser)['runtime'] | undefined {
  const world = globalThis as unknown as { browser?: typeof Browser; chrome?: typeof Browser };
  return (world.browser ?? world.chrome)?.runtime;
}
