import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { toLocalDay } from '@/core/local-day';
import { ALARMS } from '@/entrypoints/background/alarms';
import { useEmptyDb } from './db-helpers';
import { DAY } from '../support/records';

const HOUR = 3_600_000;

/** A fresh background world: modules, database, browser; settings without quiet hours. */
async function world(settings: Record<string, unknown> = {}) {
  vi.resetModules();
  const { DEFAULT_SETTINGS, settingsItem, currentRules } = await import('@/messaging/settings');
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, quietHours: null, ...settings });
  const contacts = await import('@/storage/contacts');
  const reminderCheck = await import('@/entrypoints/background/reminder-check');
  const rules = await currentRules();
  const metYesterday = (name: string, now: number) =>
    contacts.createContact({ name, met: { date: toLocalDay(now - DAY), eventName: 'Mobile Monday' } }, rules, now);
  return { reminderCheck, contacts, rules, metYesterday };
}

describe("the background's reminder check", () => {
  useEmptyDb();
  beforeEach(() => fakeBrowser.reset());

  it('badge: the number due, cleared at zero', async () => {
    const now = Date.now();
    const { reminderCheck, contacts, rules, metYesterday } = await world();
    expect(await reminderCheck.checkDue(now)).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    const claire = await metYesterday('Claire Fontaine', now);
    await metYesterday('Marc Lefebvre', now);
    expect(await reminderCheck.checkDue(now)).toBe(2);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    await contacts.snoozeContact(claire.id, now + 7 * DAY, rules, now);
    await reminderCheck.checkDue(now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('one notification for each next-day follow-up, never twice the same day', async () => {
    const now = Date.now();
    const { reminderCheck, metYesterday } = await world();
    const claire = await metYesterday('Claire Fontaine', now);
    await reminderCheck.checkDue(now);
    await reminderCheck.checkDue(now + 1000);
    const all = await fakeBrowser.notifications.getAll();
    expect(Object.keys(all)).toEqual([`follow-up:${claire.id}`]);
    expect(all[`follow-up:${claire.id}`]).toMatchObject({ title: 'Follow up with \u2068Claire Fontaine\u2069', message: 'Met at Mobile Monday yesterday — follow up' });
    // Dismissed, then checked again the same day: not shown again.
    await fakeBrowser.notifications.clear(`follow-up:${claire.id}`);
    await reminderCheck.checkDue(now + 2000);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('notifications off: badge only', async () => {
    const now = Date.now();
    const { reminderCheck, metYesterday } = await world({ notifications: false });
    await metYesterday('Claire Fontaine', now);
    await reminderCheck.checkDue(now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('quiet hours hold the follow-up until they end, with an alarm for then', async () => {
    const now = Date.now();
    const { reminderCheck, metYesterday } = await world({ quietHours: { start: '00:00', end: '23:59' } });
    await metYesterday('Claire Fontaine', now);
    await reminderCheck.checkDue(now);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    const next = await fakeBrowser.alarms.get(ALARMS.next);
    expect(next?.scheduledTime).toBeGreaterThan(now);
    expect(next?.scheduledTime).toBeLessThanOrEqual(now + DAY);
  });

  it('sets the alarms: periodic, daily digest, and the next moment someone becomes due', async () => {
    const now = Date.now();
    const { reminderCheck, contacts, rules } = await world();
    const marc = await contacts.createContact({ name: 'Marc Lefebvre', cadenceDays: 30 }, rules, now);
    await reminderCheck.checkDue(now);
    const alarms = Object.fromEntries((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a]));
    expect(Object.keys(alarms).sort()).toEqual(['maille:digest', 'maille:next', 'maille:periodic']);
    expect(alarms['maille:periodic']?.periodInMinutes).toBe(30);
    expect(alarms['maille:next']?.scheduledTime).toBe((await contacts.getContact(marc.id))?.nextDueAt);
    expect(alarms['maille:digest']?.scheduledTime).toBeGreaterThan(now);
    expect(alarms['maille:digest']?.scheduledTime).toBeLessThanOrEqual(now + DAY + HOUR);
  });

  it('a check just after the digest time keeps the digest alarm that is about to ring', async () => {
    const now = Date.now();
    const { reminderCheck } = await world();
    await fakeBrowser.alarms.create(ALARMS.digest, { when: now - 1000 });
    await reminderCheck.checkDue(now);
    expect((await fakeBrowser.alarms.get(ALARMS.digest))?.scheduledTime).toBe(now - 1000);
    await reminderCheck.onDigestTime(now);
    expect((await fakeBrowser.alarms.get(ALARMS.digest))?.scheduledTime).toBeGreaterThan(now);
  });

  it('the digest alarm: one notification listing who is due, once a day', async () => {
    const now = Date.now();
    const { reminderCheck, contacts, rules } = await world();
    for (const name of ['Ana', 'Bruno', 'Chloé', 'Denis', 'Emma']) {
      await contacts.createContact({ name, cadenceDays: 30 }, rules, now - 60 * DAY);
    }
    await reminderCheck.onDigestTime(now);
    await reminderCheck.onDigestTime(now + 1000);
    const all = Object.values(await fakeBrowser.notifications.getAll());
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ title: '5 people to get back to', message: 'Ana, Bruno, Chloé, Denis and 1 more' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('5');
  });

  it('the digest leaves out who already had a follow-up notification today', async () => {
    const now = Date.now();
    const { reminderCheck, metYesterday } = await world();
    await metYesterday('Claire Fontaine', now);
    await reminderCheck.checkDue(now);
    await reminderCheck.onDigestTime(now + 1000);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);
  });
});

describe('the daily recompute of who is due', () => {
  useEmptyDb();
  beforeEach(() => fakeBrowser.reset());

  it('runs on the first check of a day, once, whatever the worker restarts', async () => {
    // Midday, so that an hour later is the same day whatever the time the tests run.
    const now = new Date().setUTCHours(12, 0, 0, 0);
    const { reminderCheck, metYesterday } = await world();
    const claire = await metYesterday('Claire Fontaine', now);
    const { db } = await import('@/storage/db');
    // A reason gone stale (as time alone makes them): the daily recompute puts it right.
    await db.contacts.update(claire.id, { dueReason: 'reconnect' });
    await reminderCheck.checkDue(now);
    expect((await db.contacts.get(claire.id))?.dueReason).toBe('follow-up');

    await db.contacts.update(claire.id, { dueReason: 'reconnect' });
    vi.resetModules(); // the worker stopped and started again, the same day
    const restarted = await import('@/entrypoints/background/reminder-check');
    await restarted.checkDue(now + HOUR);
    expect((await db.contacts.get(claire.id))?.dueReason).toBe('reconnect');
    await restarted.checkDue(now + DAY);
    expect((await db.contacts.get(claire.id))?.dueReason).toBe('follow-up');
  });
});

describe('notification actions', () => {
  useEmptyDb();
  beforeEach(() => fakeBrowser.reset());

  it('Done logs a message and clears the entry; Snooze 1 week hides it', async () => {
    const now = Date.now();
    const { reminderCheck, contacts, metYesterday } = await world();
    const claire = await metYesterday('Claire Fontaine', now);
    const marc = await metYesterday('Marc Lefebvre', now);
    await reminderCheck.checkDue(now);
    const actions = await import('@/entrypoints/background/notification-actions');
    await actions.onNotificationButtonClicked(`follow-up:${claire.id}`, 0);
    await actions.onNotificationButtonClicked(`follow-up:${marc.id}`, 1);
    const { db } = await import('@/storage/db');
    expect(await db.interactions.where('[contactId+at]').between([claire.id, 0], [claire.id, Infinity]).first()).toMatchObject({ kind: 'message' });
    expect((await contacts.getContact(marc.id))?.snoozedUntil).toBeGreaterThan(now + 6 * DAY);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('a click opens the person’s profile', async () => {
    const now = Date.now();
    const { contacts, rules } = await world();
    const claire = await contacts.createContact(
      { name: 'Claire', profile: { site: 'linkedin', key: 'linkedin:claire', url: 'https://www.linkedin.com/in/claire/' } }, rules, now);
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    const actions = await import('@/entrypoints/background/notification-actions');
    await actions.onNotificationClicked(`follow-up:${claire.id}`);
    expect(created).toHaveBeenCalledWith({ url: 'https://www.linkedin.com/in/claire/' });
  });

  it('a click on the digest opens the toolbar popup; where the browser refuses, the popup in a tab', async () => {
    const actions = await import('@/entrypoints/background/notification-actions');
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    const opened = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValueOnce(undefined);
    await actions.onNotificationClicked('digest:2026-11-27');
    expect(opened).toHaveBeenCalledTimes(1);
    expect(created).not.toHaveBeenCalled();

    opened.mockRejectedValueOnce(new Error('openPopup requires a user gesture'));
    await actions.onNotificationClicked('digest:2026-11-28');
    expect(created).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/popup.html') });
  });

  it('Firefox (Manifest V2, no `action`): the digest click asks its `browserAction` for the popup', async () => {
    const actions = await import('@/entrypoints/background/notification-actions');
    const firefox = fakeBrowser as unknown as { action?: unknown; browserAction?: unknown };
    const { action } = firefox;
    const openPopup = vi.fn().mockResolvedValue(undefined);
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    try {
      firefox.action = undefined;
      firefox.browserAction = { openPopup };
      await actions.onNotificationClicked('digest:2026-11-27');
    } finally {
      firefox.action = action;
      delete firefox.browserAction;
    }
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(created).not.toHaveBeenCalled();
  });
});
