import type { ProfileIdentity, ProfileRef } from '@/core/profile';
import type { SiteReader } from '@/sites/site-adapter';
import type { Lifetime } from './lifetime';

export type ReadOutcome =
  | { status: 'profile'; identity: ProfileIdentity }
  | { status: 'not-profile' }
  /** Provisional: a person who renders later still replaces it. */
  | { status: 'unreadable'; tried: string[] };

/** How long a profile page may take to render its person before we say we cannot read it. */
const READ_TIMEOUT_MS = 4000;
/** How long we keep watching after that, for a slow page: then we stop for good. */
const GIVE_UP_MS = 30_000;
/** After the page changes, the next reading waits this long (a burst of changes is read once). */
const RETRY_EVERY_MS = 20;

/**
 * Reads the person a profile page shows, retrying as the page renders (SPAs fill the DOM after
 * the URL changes). A name equal to the previous profile's is stale text and is not accepted.
 * Every observer and timer stops when `signal` aborts (the next navigation), on a final outcome,
 * or after {@link GIVE_UP_MS}.
 */
export function readProfile(
  life: Lifetime,
  signal: AbortSignal,
  read: SiteReader,
  ref: ProfileRef,
  staleName: string | undefined,
  report: (outcome: ReadOutcome) => void,
): void {
  let finished = false;
  let scheduled = false;
  let tried: string[] = [];
  const observer = new MutationObserver(() => schedule());
  const stop = () => {
    finished = true;
    observer.disconnect();
  };
  const attempt = () => {
    scheduled = false;
    if (finished || signal.aborted) return;
    const result = read(document, ref);
    if (result.status === 'unreadable') tried = result.tried;
    else if (result.status === 'not-profile' || result.identity.name !== staleName) {
      stop();
      report(result.status === 'profile' ? { status: 'profile', identity: result.identity } : { status: 'not-profile' });
    }
  };
  function schedule() {
    if (scheduled || finished) return;
    scheduled = true;
    life.setTimeout(attempt, RETRY_EVERY_MS);
  }
  signal.addEventListener('abort', stop);
  attempt();
  if (finished) return;
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  life.setTimeout(() => {
    if (!finished && !signal.aborted) report({ status: 'unreadable', tried });
  }, READ_TIMEOUT_MS);
  life.setTimeout(stop, GIVE_UP_MS);
}
