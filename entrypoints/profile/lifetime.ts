import { browser } from 'wxt/browser';

/**
 * How long this copy of the content script lives: until the extension is reloaded, updated or
 * disabled — the browser then cuts the script off from it (`browser.runtime.id` is gone), and
 * everything it started (listeners, observers, timers, the sidebar) stops with `signal`.
 *
 * What we used of WXT's ContentScriptContext, without its 2.7 kB, its location polling, or the
 * message it posts to the page on every load (which told any page that Maille is installed).
 */
export interface Lifetime {
  readonly signal: AbortSignal;
  /** Whether the extension is still there; finding it gone ends the lifetime. */
  alive(): boolean;
  /** A timer that does not fire once the lifetime has ended. */
  setTimeout(run: () => void, ms: number): void;
  /** Runs `run` when the lifetime ends; returns a function that cancels that. */
  onEnd(run: () => void): () => void;
}

export function createLifetime(): Lifetime {
  const controller = new AbortController();
  const { signal } = controller;
  const alive = (): boolean => {
    if (!signal.aborted && !browser.runtime?.id) controller.abort();
    return !signal.aborted;
  };
  const onEnd = (run: () => void) => {
    signal.addEventListener('abort', run, { once: true });
    return () => signal.removeEventListener('abort', run);
  };
  return {
    signal,
    alive,
    setTimeout(run, ms) {
      const timer = setTimeout(() => alive() && run(), ms);
      onEnd(() => clearTimeout(timer));
    },
    onEnd,
  };
}
