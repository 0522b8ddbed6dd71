import { browser } from 'wxt/browser';

/**
 * Every alarm the background sets, in one place (`index.ts` says what each runs). Alarms survive
 * the service worker: they are the only clock the background uses.
 */
export const ALARMS = {
  /** Every 30 minutes, in case anything was missed (sleep, clock change); also saves orphaned drafts and forgets expired undo copies. */
  periodic: 'maille:periodic',
  /** The next moment someone becomes due, or quiet hours end with follow-ups waiting. */
  next: 'maille:next',
  /** The daily digest. */
  digest: 'maille:digest',
  /** Half a minute after start-up when notes drafts were left: those no page reclaimed get saved. */
  drafts: 'maille:drafts',
  /** While sync is on, every minute: an exchange with the server (issue 22). */
  sync: 'maille:sync',
} as const;

/** How often the periodic alarm rings. */
export const PERIOD_MINUTES = 30;

/** Sets alarm `name` to ring at `when`, unless it already does. */
export async function ensureAlarmAt(name: string, when: number): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (existing?.scheduledTime !== when) await browser.alarms.create(name, { when });
}

export async function ensurePeriodicAlarm(name: string, periodInMinutes: number): Promise<void> {
  if (!(await browser.alarms.get(name))) await browser.alarms.create(name, { periodInMinutes });
}

