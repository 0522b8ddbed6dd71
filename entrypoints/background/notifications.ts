import { browser } from 'wxt/browser';
import type { Contact } from '@/core/records';
import { t } from '@/i18n';
import { describeDue } from '@/i18n/due-text';
import { isolate } from '@/i18n/refusal-text';
import { firstTimeToday, wasNotifiedToday } from './notified-log';

/** Notification ids say what they are about: `follow-up:<contactId>` or `digest:<day>`. */
const FOLLOW_UP_PREFIX = 'follow-up:';
const DIGEST_PREFIX = 'digest:';

/** Buttons exist in Chrome's notifications only; Firefox shows plain ones. */
const HAS_BUTTONS = !import.meta.env.FIREFOX;

function buttons() {
  return HAS_BUTTONS ? { buttons: [{ title: t('done') }, { title: t('snoozeWeek') }] } : {};
}

function iconUrl(): string {
  return browser.runtime.getURL('/icon/128.png');
}

function followUpKey(contact: Contact): string {
  return `follow-up:${contact.id}:${contact.nextDueAt}`;
}

/** One notification for each next-day follow-up, once a day at most. */
export async function notifyFollowUps(contacts: readonly Contact[], now: number, timeZone: string, day: string): Promise<void> {
  for (const contact of contacts) {
    if (contact.dueReason !== 'follow-up') continue;
    if (!(await firstTimeToday(followUpKey(contact), day))) continue;
    await browser.notifications.create(`${FOLLOW_UP_PREFIX}${contact.id}`, {
      type: 'basic',
      iconUrl: iconUrl(),
      title: t('notifyFollowUpTitle', { name: isolate(contact.name) }),
      message: describeDue(contact, now, timeZone),
      ...buttons(),
    });
  }
}

/** The daily digest: who is due, in one notification (follow-ups already notified today aside). */
export async function notifyDigest(dueNow: readonly Contact[], now: number, timeZone: string, day: string): Promise<void> {
  const due: Contact[] = [];
  for (const contact of dueNow) if (!(await wasNotifiedToday(followUpKey(contact), day))) due.push(contact);
  if (due.length === 0 || !(await firstTimeToday('digest', day))) return;
  // Longest waiting first; then by name, so the same day reads the same.
  due.sort((a, b) => a.nextDueAt! - b.nextDueAt! || a.name.localeCompare(b.name));
  const names = due.slice(0, 4).map((c) => c.name).join(', ');
  const message = due.length > 4 ? t('notifyDigestMore', { names, count: due.length - 4 }) : names;
  const only = due.length === 1 ? due[0] : undefined;
  await browser.notifications.create(`${DIGEST_PREFIX}${day}${only ? `:${only.id}` : ''}`, {
    type: 'basic',
    iconUrl: iconUrl(),
    title: due.length === 1 ? t('notifyDigestTitleOne') : t('notifyDigestTitle', { count: due.length }),
    message: only ? `${only.name} — ${describeDue(only, now, timeZone)}` : message,
    // Done and Snooze need one person: a digest of one has them too.
    ...(only ? buttons() : {}),
  });
}

/** The contact a notification is about, if it is about one person. */
export function contactOfNotification(notificationId: string): string | undefined {
  if (notificationId.startsWith(FOLLOW_UP_PREFIX)) return notificationId.slice(FOLLOW_UP_PREFIX.length);
  if (notificationId.startsWith(DIGEST_PREFIX)) return notificationId.split(':')[2];
  return undefined;
}
