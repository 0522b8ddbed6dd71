import { useState } from 'react';
import type { Outcome, Refusal } from '@/core/commands';
import { refusalText } from '@/i18n/refusal-text';
import { toLocalDay } from '@/core/local-day';

/**
 * Runs a command once at a time. A refusal is kept, typed, so the form can show it next to its
 * field (`refusal.field`) in the user's words (`error`); a page never shows a browser's message.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  /** Runs `action`; answers its outcome (null while another one runs). */
  const run = async <T,>(action: () => Promise<Outcome<T>>): Promise<Outcome<T> | null> => {
    if (busy) return null;
    setBusy(true);
    setRefusal(null);
    try {
      const outcome = await action();
      if (!outcome.ok) setRefusal(outcome.refusal);
      return outcome;
    } finally {
      setBusy(false);
    }
  };
  /** Shows a refusal found before sending (a form's own check). */
  const refuse = (found: Refusal | null) => setRefusal(found);
  return { busy, refusal, error: refusal && refusalText(refusal), run, refuse };
}

/** The clock of the forms' own checks: today, in the browser's time zone. */
export function localClock(now = Date.now()) {
  return { now, today: toLocalDay(now) };
}
