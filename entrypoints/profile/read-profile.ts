import type { ProfileIdentity, ProfileRef } from '@/core/profile';
import type { Extraction, SiteReader } from '@/sites/site-adapter';
import type { Lifetime } from './lifetime';

export type ReadOutcome =
  /** `final: false` while the page is still being parsed: what it shows so far, to display only. */
  | { status: 'profile'; identity: ProfileIdentity; final: boolean }
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
 * The page read by the site's reader; a page that makes the reader throw (a shape nobody foresaw)
 * is an unreadable profile — the sidebar still comes, with the form to add the person by hand.
 */
function readSafely(read: SiteReader, ref: ProfileRef): Extraction {
  try {
    return read(document, ref);
  } catch (error) {
    console.warn(`[Maille] ${ref.site}: reading ${ref.key} failed`, error);
    return { status: 'unreadable', tried: ['error'] };
  }
}

/**
 * Reads the person a profile page shows, retrying as the page renders (SPAs fill the DOM after
 * the URL changes). A name equal to the previous profile's is stale text and is not accepted.
 *
 * The content script starts with the page (document_start): while the page is still being
 * parsed, each new reading of the person is reported as not final (the name shows at once; the
 * headline may not be parsed yet), and the reading once the page is parsed is the final one —
 * the only one the background is told. Every observer and timer stops when `signal` aborts (the
 * next navigation), on a final outcome, or after {@link GIVE_UP_MS}.
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
  let shown = '';
  const observer = new MutationObserver(() => schedule());
  const stop = () => {
    finished = true;
    observer.disconnect();
  };
  const attempt = () => {
    scheduled = false;
    if (finished || signal.aborted) return;
    const parsing = document.readyState === 'loading';
    const result = readSafely(read, ref);
    if (result.status === 'unreadable') tried = result.tried;
    else if (result.status === 'not-profile') {
      if (parsing) return; // perhaps only not parsed yet
      stop();
      report({ status: 'not-profile' });
    } else if (result.identity.name !== staleName) {
      if (!parsing) stop();
      const seen = JSON.stringify(result.identity);
      if (seen === shown && parsing) return;
      shown = seen;
      report({ status: 'profile', identity: result.identity, final: !parsing });
    }
  };
  function schedule() {
    if (scheduled || finished) return;
    scheduled = true;
    life.setTimeout(attempt, RETRY_EVERY_MS);
  }
  signal.addEventListener('abort', stop);
  // The page parsed: the final reading, at once.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', attempt, { once: true, signal });
  attempt();
  if (finished) return;
  // The document itself: at document_start it may have no element yet.
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  life.setTimeout(() => {
    if (!finished && !signal.aborted) report({ status: 'unreadable', tried });
  }, READ_TIMEOUT_MS);
  life.setTimeout(stop, GIVE_UP_MS);
}
