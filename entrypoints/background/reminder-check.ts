import { browser } from 'wxt/browser';
import { isQuiet, nextDigestAt, quietEndsAt } from '@/core/notification-times';
import { toLocalDay } from '@/core/local-day';
import { contactsDueBy, countDue, nextDueAfter, refreshDueNow } from '@/storage/due';
import { reminderRules, settingsItem } from '@/messaging/settings';
import { readStored, writeStored } from '@/messaging/stored';
import { DUE_REFRESHED_ON } from '@/messaging/stored-keys';
import { ALARMS, ensureAlarmAt, ensurePeriodicAlarm, PERIOD_MINUTES } from './alarms';
import { setDueBadge } from './badge';
import { notifyDigest, notifyFollowUps } from './notifications';

// Checks run one after another: two at once could both find a follow-up not yet notified today.
let running: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const result = running.then(task);
  running = result.catch(() => undefined);
  return result;
}

/**
 * Re-checks who is due: sets the badge, sends the follow-up notifications that are owed (outside
 * quiet hours, once a day each), and sets the alarms for what comes next. Safe to run any time:
 * at start-up, on every alarm, after every write.
 */
export function checkDue(now = Date.now()): Promise<number> {
  return oneAtATime(() => check(now));
}

async function check(now: number): Promise<number> {
  const settings = await settingsItem.getValue();
  const rules = reminderRules(settings);
  const { timeZone } = rules;
  const today = toLocalDay(now, timeZone);
  if ((await readStored(DUE_REFRESHED_ON)) !== today) {
    await refreshDueNow(rules, now);
    await writeStored(DUE_REFRESHED_ON, today);
  }
  const count = await countDue(now);
  await setDueBadge(count);

  const quiet = isQuiet(now, settings.quietHours, timeZone);
  let wake = await nextDueAfter(now);
  if (settings.notifications && count > 0) {
    if (quiet) {
      // Follow-ups wait for the morning: wake up when the quiet hours end.
      const end = quietEndsAt(now, settings.quietHours, timeZone);
      wake = wake === undefined ? end : Math.min(wake, end);
    } else {
      await notifyFollowUps(await contactsDueBy(now), now, timeZone, toLocalDay(now, timeZone));
    }
  }
  if (wake !== undefined) await ensureAlarmAt(ALARMS.next, wake);
  else await browser.alarms.clear(ALARMS.next);
  await ensurePeriodicAlarm(ALARMS.periodic, PERIOD_MINUTES);
  // A digest alarm already due is about to ring: moving it to tomorrow would lose today's digest.
  const digest = await browser.alarms.get(ALARMS.digest);
  if (!digest || digest.scheduledTime > now) {
    await ensureAlarmAt(ALARMS.digest, nextDigestAt(now, settings.digestTime, settings.quietHours, timeZone));
  }
  return count;
}

/** The digest alarm rang: send today's digest (once), then check as usual. */
export async function onDigestTime(now = Date.now()): Promise<void> {
  await oneAtATime(() => sendDigest(now));
  await checkDue(now);
}

async function sendDigest(now: number): Promise<void> {
  const settings = await settingsItem.getValue();
  const { timeZone } = reminderRules(settings);
  if (settings.notifications && !isQuiet(now, settings.quietHours, timeZone)) {
    await notifyDigest(await contactsDueBy(now), now, timeZone, toLocalDay(now, timeZone));
  }
  // The alarm is spent: checkDue sets the next one.
  await browser.alarms.clear(ALARMS.digest);
}
