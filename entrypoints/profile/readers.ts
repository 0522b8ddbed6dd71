import { browser } from 'wxt/browser';
import type { SiteReader } from '@/sites/site-adapter';
import type { SiteId } from '@/core/sites';

export type Readers = Readonly<Record<SiteId, SiteReader>>;

/**
 * The page readers (`sites/readers.ts`, most of the site code) are a script of their own,
 * `profile-reader.js`, so that the script on every page stays small. On a full load of a profile
 * the manifest injects it just before this one (PROFILE_MATCHES); a profile reached in-app from
 * another page imports it once. Both put the readers on this isolated world's global — shared by
 * an extension's content scripts, never seen by the page.
 */
const GLOBAL_KEY = 'mailleReaders';
const READER_SCRIPT = '/profile-reader.js' as const;

type Slot = Readers | ((readers: Readers) => void) | undefined;
const slot = globalThis as unknown as Record<typeof GLOBAL_KEY, Slot>;

/** Called by `profile-reader.js`: hands the readers to the content script, now or when it asks. */
export function offerReaders(readers: Readers): void {
  const waiting = slot[GLOBAL_KEY];
  slot[GLOBAL_KEY] = readers;
  if (typeof waiting === 'function') waiting(readers);
}

let loading: Promise<Readers> | undefined;

export function loadReaders(): Promise<Readers> {
  loading ??= new Promise<Readers>((resolve, reject) => {
    const there = slot[GLOBAL_KEY];
    if (there && typeof there === 'object') {
      resolve(there);
      return;
    }
    slot[GLOBAL_KEY] = (readers) => resolve(readers);
    // Web-accessible with a dynamic URL: pages cannot fetch it by a guessed address.
    import(/* @vite-ignore */ browser.runtime.getURL(READER_SCRIPT)).then(() => {
      if (typeof slot[GLOBAL_KEY] !== 'object') reject(new Error(`${READER_SCRIPT} ran without handing over its readers`));
    }, reject);
  });
  // A failed import is tried again at the next profile.
  loading.catch(() => (loading = undefined));
  return loading;
}
