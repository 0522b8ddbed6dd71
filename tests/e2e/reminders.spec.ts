import { toLocalDay } from '../../core/local-day';
import { backgroundState, changeSettings, PopupPage, sendProtocolMessage } from './pages/extension-pages';
import { ProfilePage } from './pages/profile-page';
import { expect, test } from './support/fixtures';
import { DAY } from '../support/records';

const yesterday = () => toLocalDay(Date.now() - DAY);

test.beforeEach(async ({ ext }) => {
  // Whatever the hour CI runs at: no quiet hours, so notifications are due at once.
  await changeSettings(ext.context, ext.extensionId, async (page) => {
    await page.getByRole('checkbox', { name: 'Quiet hours' }).uncheck();
  });
});

test('met yesterday: badge, notification, popup under Today; Done clears them', async ({ ext }) => {
  expect(await backgroundState.badge(ext.worker)).toBe('');
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/');
  await profile.addToMaille({ event: 'Mobile Monday Lyon', date: yesterday(), topic: 'Cobots' });

  await expect.poll(() => backgroundState.badge(ext.worker)).toBe('1');
  await expect.poll(() => backgroundState.notifications(ext.worker)).toContain(`follow-up:${await backgroundState.onlyContactId(ext.worker)}`);

  const popup = await PopupPage.open(ext.context, ext.extensionId);
  const today = popup.group('Today');
  await expect(today.getByRole('listitem')).toHaveCount(1);
  await expect(today.getByRole('listitem')).toContainText('Claire Fontaine');
  await expect(today.getByRole('listitem')).toContainText('Met at Mobile Monday Lyon yesterday — follow up');

  await popup.done('Claire Fontaine', 'Email');
  await expect(popup.page.getByRole('listitem')).toHaveCount(0);
  await expect(popup.page.getByRole('heading', { name: 'Nobody to get back to' })).toBeVisible();
  await expect.poll(() => backgroundState.badge(ext.worker)).toBe('');

  // The contact is logged: the sidebar's timeline shows the email.
  await profile.page.reload();
  await expect((await profile.region()).getByRole('list').filter({ hasText: 'Email' })).toBeVisible();
});

test('contacted yesterday with a three-month cadence: shows up nowhere', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/marc-lefebvre/');
  await profile.addToMaille();
  const sidebar = await profile.region();
  await sidebar.getByRole('combobox', { name: 'Keep in touch' }).selectOption('Every 3 months');
  await sidebar.getByLabel('Kind').selectOption('call');
  await sidebar.getByRole('form', { name: 'Log contact' }).getByLabel('Date').fill(yesterday());
  await sidebar.getByRole('button', { name: 'Log contact' }).click();
  await expect(sidebar.getByText('Contact logged.')).toBeVisible();

  const popup = await PopupPage.open(ext.context, ext.extensionId);
  await expect(popup.page.getByRole('heading', { name: 'Nobody to get back to' })).toBeVisible();
  expect(await backgroundState.badge(ext.worker)).toBe('');
  expect(await backgroundState.notifications(ext.worker)).toEqual([]);
});

test('snooze hides an entry; Just met someone adds a follow-up for tomorrow', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/');
  await profile.addToMaille({ event: 'Mobile Monday Lyon', date: yesterday() });
  const popup = await PopupPage.open(ext.context, ext.extensionId);
  const entry = popup.entry('Claire Fontaine');
  await entry.getByRole('button', { name: 'Snooze' }).click();
  await entry.getByRole('group', { name: 'Snooze for' }).getByRole('button', { name: '1 week' }).click();
  await expect(popup.page.getByRole('heading', { name: 'Nobody to get back to' })).toBeVisible();
  await expect.poll(() => backgroundState.badge(ext.worker)).toBe('');

  await popup.page.getByText('Just met someone', { exact: true }).click();
  const form = popup.page.getByRole('form', { name: 'Just met someone' });
  await form.getByRole('button', { name: 'Add to Maille' }).click();
  await expect(form.getByRole('alert')).toHaveText('Name: this is required.');
  await form.getByLabel('Name').fill('Inès Caron');
  await form.getByLabel('Email').fill('ines@example.org');
  await form.getByLabel('Event').fill('Salon des Entrepreneurs');
  await form.getByRole('button', { name: 'Add to Maille' }).click();
  await expect(form.getByRole('status')).toHaveText('Inès Caron added: follow up tomorrow.');
  // Due tomorrow: listed under This week, not due now.
  await expect(popup.group('This week').getByRole('listitem')).toContainText('Inès Caron');
  expect(await backgroundState.badge(ext.worker)).toBe('');
});

test('a stopped service worker loses nothing: the alarm wakes it, the badge and notification come', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/');
  await profile.addToMaille({ event: 'Mobile Monday Lyon', date: yesterday() });
  await expect.poll(() => backgroundState.badge(ext.worker)).toBe('1');
  const id = await backgroundState.onlyContactId(ext.worker);

  // Snoozed until a few seconds from now (the UI offers days): the "next" alarm is set for then.
  const popup = await PopupPage.open(ext.context, ext.extensionId);
  await sendProtocolMessage(popup.page, 'snoozeContact', { id, until: Date.now() + 6_000 });
  await expect.poll(() => backgroundState.badge(ext.worker)).toBe('');
  await ext.worker.evaluate(() => chrome.notifications.getAll().then((all) => Promise.all(Object.keys(all).map((n) => chrome.notifications.clear(n)))));
  expect(await backgroundState.alarms(ext.worker)).toEqual(['maille:digest', 'maille:next', 'maille:periodic']);

  // Stop the worker, as Chrome does when it is idle. (The sidebar's change-feed port would wake
  // it at once: close the profile page, so that only the alarm can.)
  await profile.page.close();
  const cdp = await ext.context.newCDPSession(popup.page);
  const workerTargets = async () => (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(ext.extensionId));
  await cdp.send('Target.closeTarget', { targetId: (await workerTargets())[0]!.targetId });
  await expect.poll(async () => (await workerTargets()).length).toBe(0);

  // The alarm rings, the worker starts again and does its job (read from an extension page).
  await expect.poll(async () => (await workerTargets()).length, { timeout: 40_000 }).toBe(1);
  await expect.poll(() => backgroundState.badge(popup.page), { timeout: 40_000 }).toBe('1');
  await expect.poll(() => backgroundState.notifications(popup.page)).toEqual([`follow-up:${id}`]);
  // The "next" alarm is spent (nobody else is due later); the digest and the periodic check remain.
  expect(await backgroundState.alarms(popup.page)).toEqual(['maille:digest', 'maille:periodic']);
});
