import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ProfileIdentity, ProfileRef } from '@/core/profile';
import type { SiteAdapter } from '@/sites/types';

export type ReadOutcome =
  | { status: 'profile'; identity: ProfileIdentity }
  | { status: 'not-profile' }
  | { status: 'unreadable'; tried: string[] };

/** How long a profile page may take to render its person before we call it unreadable. */
const READ_TIMEOUT_MS = 4000;
const RETRY_EVERY_MS = 150;

/**
 * Reads the person a profile page shows, retrying as the page renders (SPAs fill the DOM after
 * the URL changes). A name equal to the previous profile's is stale text and is not accepted.
 * Every observer and timer stops when `signal` aborts (the next navigation) or on timeout.
 */
export function readProfile(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  adapter: SiteAdapter,
  ref: ProfileRef,
  staleName: string | undefined,
  done: (outcome: ReadOutcome) => void,
): void {
  let finished = false;
  let scheduled = false;
  let tried: string[] = [];
  const observer = new MutationObserver(() => schedule());
  const finish = (outcome: ReadOutcome) => {
    if (finished) return;
    finished = true;
    observer.disconnect();
    done(outcome);
  };
  const attempt = () => {
    scheduled = false;
    if (finished || signal.aborted) return;
    const result = adapter.extract(document, ref);
    if (result.status === 'unreadable') tried = result.tried;
    if (result.status === 'not-profile') finish({ status: 'not-profile' });
    else if (result.status === 'profile' && result.identity.name !== staleName) finish(result);
  };
  function schedule() {
    if (scheduled || finished) return;
    scheduled = true;
    ctx.setTimeout(attempt, RETRY_EVERY_MS);
  }
  signal.addEventListener('abort', () => {
    finished = true;
    observer.disconnect();
  });
  attempt();
  if (finished) return;
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.setTimeout(() => {
    if (finished || signal.aborted) return;
    attempt();
    finish({ status: 'unreadable', tried });
  }, READ_TIMEOUT_MS);
}
