import { acceptChangeFeedPort } from '@/handlers/change-feed';
import { handlers } from '@/handlers/commands';
import { onNotificationButtonClicked, onNotificationClicked } from '@/handlers/notification-actions';
import { ALARMS, checkDue, onDigestTime } from '@/handlers/scheduler';
import { onMessage, type ProtocolMap } from '@/messaging/protocol';
import { refreshAllDue } from '@/storage/due';
import { reminderRules, settingsItem } from '@/storage/settings';

function logFailure(what: string) {
  return (error: unknown) => console.error(`[Maille] ${what} failed`, error);
}

export default defineBackground(() => {
  // Every listener is registered synchronously at start-up: an alarm, a message, a click or a
  // port that wakes the worker finds them. Timing is alarms only: the worker may stop any time.
  for (const type of Object.keys(handlers) as (keyof ProtocolMap)[]) {
    const handle = handlers[type] as (data: unknown) => Promise<unknown>;
    onMessage(type, (message) => handle(message.data) as never);
  }
  browser.runtime.onConnect.addListener(acceptChangeFeedPort);

  browser.alarms.onAlarm.addListener((alarm) => {
    const run = alarm.name === ALARMS.digest ? onDigestTime() : checkDue();
    void run.catch(logFailure(`alarm ${alarm.name}`));
  });
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id).catch(logFailure('notification click')));
  // Firefox has no notification buttons, nor this event.
  browser.notifications.onButtonClicked?.addListener((id, index) => void onNotificationButtonClicked(id, index).catch(logFailure('notification button')));

  // A new minimum gap moves everyone's due date (one pass over all contacts); other settings
  // (digest time, quiet hours, notifications) only move alarms.
  settingsItem.watch((settings, previous) => {
    const rulesChanged = settings.minGapDays !== previous?.minGapDays;
    const recompute = rulesChanged ? refreshAllDue(reminderRules(settings), Date.now()) : Promise.resolve();
    void recompute.then(() => checkDue()).catch(logFailure('settings change'));
  });
  browser.runtime.onStartup.addListener(() => void checkDue().catch(logFailure('start-up check')));
  browser.runtime.onInstalled.addListener(() => void checkDue().catch(logFailure('install check')));
});
