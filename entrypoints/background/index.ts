import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { acceptChangeFeedPort, openPages, publishChange } from './change-feed';
import { recoverOrphanDrafts, sessionClosed, sessionOpened } from './draft-recovery';
import { forgetExpiredUndo } from './undo-store';
import { readFamily } from '@/messaging/stored';
import { NOTES_DRAFTS } from '@/messaging/stored-keys';
import { handlers } from './command-handlers';
import { onNotificationButtonClicked, onNotificationClicked } from './notification-actions';
import { ALARMS } from './alarms';
import { followServer, followSyncSetting, personSettingsChanged, resumeSync, stopFollowing, syncNow, syncSoon } from './sync-service';
import { checkDue, onDigestTime } from './reminder-check';
import { onMessage, type ProtocolMap } from '@/messaging/protocol';
import { refreshAllDue } from '@/storage/due';
import { personSettings, reminderRules, settingsItem } from '@/messaging/settings';

function logFailure(what: string) {
  return (error: unknown) => console.error(`[Maille] ${what} failed`, error);
}

/** New reminder rules move everyone's due date (one pass over all contacts); open pages then read theirs again. */
async function applyReminderRules(settings: Parameters<typeof reminderRules>[0]): Promise<void> {
  await refreshAllDue(reminderRules(settings), Date.now());
  publishChange({ contactIds: [], everyone: true });
}

export default defineBackground({
  // Firefox (Manifest V2): an event page, suspended when idle and loaded again by an event, as
  // Chrome's service worker is; the code below already expects that (tests/firefox/event-page.test.ts).
  persistent: false,
  main() {
    // Every listener is registered synchronously at start-up: an alarm, a message, a click or a
    // port that wakes the worker finds them. Timing is alarms only: the worker may stop any time.
    // A command that wrote something is sent to the sync server soon after (when sync is on).
    for (const type of Object.keys(handlers) as (keyof ProtocolMap)[]) {
      const handle = handlers[type] as (data: unknown) => Promise<unknown>;
      onMessage(type, (message) => handle(message.data).finally(() => syncSoon()) as never);
    }
    // A page that closes leaves its unsaved notes as a draft: saved as soon as its port drops.
    // While a page is open, sync follows the server's changes live (sync-service.ts).
    const sessions = {
      opened: (session: string) => {
        sessionOpened(session);
        void followServer().catch(logFailure('sync'));
      },
      closed: (session: string) => {
        void sessionClosed(session).catch(logFailure('draft recovery'));
        if (openPages() === 0) stopFollowing();
      },
    };
    browser.runtime.onConnect.addListener((port) => acceptChangeFeedPort(port, sessions));

    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === ALARMS.drafts) return void recoverOrphanDrafts().catch(logFailure('draft recovery'));
      if (alarm.name === ALARMS.sync) return void syncNow().catch(logFailure('sync'));
      if (alarm.name === ALARMS.periodic) {
        void recoverOrphanDrafts().catch(logFailure('draft recovery'));
        void forgetExpiredUndo().catch(logFailure('undo copies'));
        void resumeSync().catch(logFailure('sync'));
      }
      const run = alarm.name === ALARMS.digest ? onDigestTime() : checkDue();
      void run.catch(logFailure(`alarm ${alarm.name}`));
    });
    browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id).catch(logFailure('notification click')));
    // Firefox has no notification buttons, nor this event.
    browser.notifications.onButtonClicked?.addListener((id, index) => void onNotificationButtonClicked(id, index).catch(logFailure('notification button')));

    // A new minimum gap moves everyone's due date (one pass over all contacts); other settings
    // (digest time, quiet hours, notifications) only move alarms.
    settingsItem.watch((settings, previous) => {
      const rulesChanged = settings.minGapDays !== previous?.minGapDays || settings.newYearWishes !== previous?.newYearWishes;
      if (!previous || JSON.stringify(personSettings(settings)) !== JSON.stringify(personSettings(previous))) void personSettingsChanged().catch(logFailure('sync'));
      const recompute = rulesChanged ? applyReminderRules(settings) : Promise.resolve();
      void recompute.then(() => checkDue()).catch(logFailure('settings change'));
    });
    browser.runtime.onStartup.addListener(() => {
      void checkDue().catch(logFailure('start-up check'));
      void resumeSync().catch(logFailure('sync'));
    });
    // An install or update may bring new reminder rules: everyone's due date is computed again once.
    browser.runtime.onInstalled.addListener(() =>
      void settingsItem.getValue().then(applyReminderRules).then(() => checkDue()).catch(logFailure('install check')),
    );

    void followSyncSetting().catch(logFailure('sync'));

    // Drafts left by pages while the worker was stopped (or the extension updated): once the open
    // pages have reconnected and reclaimed theirs, the rest are saved.
    void readFamily(NOTES_DRAFTS)
      .then(async (drafts) => {
        if (drafts.size > 0) await browser.alarms.create(ALARMS.drafts, { delayInMinutes: 0.5 });
      })
      .catch(logFailure('draft check'));
  },
});
