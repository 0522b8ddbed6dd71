import { browser } from 'wxt/browser';
import { midnightAfter } from '@/core/local-day';
import { getContact } from '@/storage/contacts';
import { reminderRules, settingsItem } from '@/messaging/settings';
import { handlers } from './command-handlers';
import { toolbarAction } from './badge';
import { contactOfNotification } from './notifications';

const SNOOZE_DAYS = 7;

/**
 * The popup, from a notification: the toolbar popup where the browser allows it, else a tab
 * (not every browser opens it from a notification's click).
 */
async function openPopup(): Promise<void> {
  try {
    await toolbarAction().openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
}

/** A click on a notification opens the person's profile, or the popup for a digest. */
export async function onNotificationClicked(notificationId: string): Promise<void> {
  await browser.notifications.clear(notificationId);
  const contactId = contactOfNotification(notificationId);
  const contact = contactId ? await getContact(contactId) : undefined;
  const profile = contact?.profiles[0];
  if (profile) await browser.tabs.create({ url: profile.url });
  else await openPopup();
}

/** Chrome's buttons: 0 = Done (logs a message), 1 = Snooze 1 week. */
export async function onNotificationButtonClicked(notificationId: string, buttonIndex: number): Promise<void> {
  await browser.notifications.clear(notificationId);
  const contactId = contactOfNotification(notificationId);
  if (!contactId) return;
  if (buttonIndex === 0) {
    await handlers.logInteraction({ contactId, kind: 'message', at: Date.now() });
  } else if (buttonIndex === 1) {
    const { timeZone } = reminderRules(await settingsItem.getValue());
    await handlers.snoozeContact({ id: contactId, until: midnightAfter(Date.now(), SNOOZE_DAYS, timeZone) });
  }
}
