import { useCallback, useEffect, useState } from 'react';
import type { ProfileRef } from '@/core/profile';
import { refusalText } from '@/i18n/refusal-text';
import type { ProfileView } from '@/messaging/protocol';
import { sendCommand } from '@/messaging/send-command';
import { useChangeFeed } from '@/components/shared/use-change-feed';

export type ViewState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; view: ProfileView };

async function fetchView(ref: ProfileRef, name: string | undefined): Promise<ViewState> {
  const outcome = await sendCommand('getProfileView', { ref, name });
  return outcome.ok ? { status: 'ready', view: outcome.value } : { status: 'error', message: refusalText(outcome.refusal) };
}

/** The stored view of a profile, kept fresh by the background's change feed. */
export function useProfileView(ref: ProfileRef, name: string | undefined) {
  const [state, setState] = useState<ViewState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const { site, key, url } = ref;
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let current = true;
    // An answer for a profile we already left (SPA navigation) is dropped.
    let retry: ReturnType<typeof setTimeout> | undefined;
    void fetchView({ site, key, url }, name).then((next) => {
      if (!current) return;
      // A refresh that failed (the worker restarting) keeps what is shown, and the notes being
      // typed in it, and tries again; only a first load that fails shows the error.
      setState((shown) => {
        if (next.status !== 'error' || shown.status !== 'ready') return next;
        retry = setTimeout(reload, 1_000);
        return shown;
      });
    });
    return () => {
      current = false;
      clearTimeout(retry);
    };
  }, [site, key, url, name, version, reload]);

  useChangeFeed((notice) => {
    const shown = state.status === 'ready' ? state.view.contact?.id : undefined;
    // A change to someone else matters while this profile is unknown: they may now own it.
    if (!notice || notice.everyone || !shown || notice.contactIds.includes(shown)) reload();
  });

  return { state, reload };
}
