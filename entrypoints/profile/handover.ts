import { extensionRuntime } from './runtime';

/** What `on-profiles.js` hands over: starts Maille's work on profiles, returns what to run at each address. */
export type StartOnProfiles = (loadedHref: string) => () => void;

/**
 * Everything Maille does on profiles (the page readers of `sites/readers.ts`, the sidebar, the
 * side panel's questions) is a script of its own, `on-profiles.js`, so that the script on every
 * page (`profile.js`) is only the address watcher. On a full load of a profile the manifest
 * injects it just before `profile.js` (PROFILE_MATCHES); a profile reached in-app from another
 * page imports it once. Both put its start on this isolated world's global — shared by an
 * extension's content scripts, never seen by the page.
 */
const GLOBAL_KEY = 'mailleOnProfiles';
const SCRIPT = '/on-profiles.js' as const;

type Slot = StartOnProfiles | { waiting: (start: StartOnProfiles) => void } | undefined;
const slot = globalThis as unknown as Record<typeof GLOBAL_KEY, Slot>;

/** Called by `on-profiles.js`: hands its start to `profile.js`, now or when it asks. */
export function offerStart(start: StartOnProfiles): void {
  const there = slot[GLOBAL_KEY];
  slot[GLOBAL_KEY] = start;
  if (there && typeof there === 'object') there.waiting(start);
}

let loading: Promise<StartOnProfiles> | undefined;

export function loadStart(): Promise<StartOnProfiles> {
  loading ??= new Promise<StartOnProfiles>((resolve, reject) => {
    const there = slot[GLOBAL_KEY];
    if (typeof there === 'function') {
      resolve(there);
      return;
    }
    slot[GLOBAL_KEY] = { waiting: resolve };
    // Web-accessible with a dynamic URL: pages cannot fetch it by a guessed address.
    import(/* @vite-ignore */ extensionRuntime()!.getURL(SCRIPT)).then(() => {
      if (typeof slot[GLOBAL_KEY] !== 'function') reject(new Error(`${SCRIPT} ran without handing over its start`));
    }, reject);
  });
  // A failed import is tried again at the next profile.
  loading.catch(() => (loading = undefined));
  return loading;
}
