import { toLocalDay } from '../../core/local-day';
import { PopupPage } from './pages/extension-pages';
import { expect, test } from './support/fixtures';
import { DAY } from '../support/records';

// Habit 2: go out, meet in person. Events are records: who was met at each, their follow-ups one
// person at a time, and who you may see again at the next edition.
const day = (offset: number) => toLocalDay(Date.now() + offset * DAY);

test('an evening of business cards: one event whatever the typo, its page with each follow-up, the next edition', async ({ ext }) => {
  const popup = await PopupPage.open(ext.context, ext.extensionId);
  await popup.page.getByText('Just met someone', { exact: true }).click();
  const form = popup.page.getByRole('form', { name: 'Just met someone' });
  await form.getByLabel('Name').fill('Inès Caron');
  await form.getByRole('combobox', { name: 'Event' }).fill('Mobile Monday Lyon #42');
  await form.getByLabel('Date').fill(day(-1));
  await form.getByRole('button', { name: 'Add to Maille' }).click();
  await expect(form.getByRole('status')).toContainText('Inès Caron added');

  // The second card: a typo in the event's name, and the existing event is offered.
  await form.getByLabel('Name').fill('Paul Girard');
  await form.getByRole('combobox', { name: 'Event' }).fill('mobile mondy');
  await form.getByRole('option', { name: /Mobile Monday Lyon #42/ }).click();
  await expect(form.getByRole('combobox', { name: 'Event' })).toHaveValue('Mobile Monday Lyon #42');
  await expect(form.getByLabel('Date')).toHaveValue(day(-1));
  await form.getByRole('button', { name: 'Add to Maille' }).click();
  await expect(form.getByRole('status')).toContainText('Paul Girard added');

  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#events`);
  const events = dashboard.getByRole('region', { name: 'Events' });
  await expect(events.getByRole('listitem')).toHaveCount(1);
  await expect(events.getByRole('listitem')).toContainText('people met: 2');
  await events.getByRole('link', { name: 'Mobile Monday Lyon #42' }).click();

  const page = dashboard.getByRole('region', { name: 'Mobile Monday Lyon #42' });
  await expect(page.getByRole('listitem')).toHaveCount(2);
  const ines = page.getByRole('listitem').filter({ hasText: 'Inès Caron' });
  const paul = page.getByRole('listitem').filter({ hasText: 'Paul Girard' });
  await expect(ines).toContainText('Met at Mobile Monday Lyon #42 yesterday — follow up');
  // One draft per person, one at a time: never one message to several.
  await ines.getByRole('button', { name: 'Draft follow-up' }).click();
  await expect(ines.getByRole('region', { name: 'Message to Inès Caron' })).toBeVisible();
  await paul.getByRole('button', { name: 'Draft follow-up' }).click();
  await expect(dashboard.getByRole('region', { name: /^Message to / })).toHaveCount(1);
  await expect(paul.getByRole('region', { name: 'Message to Paul Girard' }).getByLabel('Subject')).toHaveValue('Great to meet you at Mobile Monday Lyon #42');
  await paul.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(paul).toContainText(/last contact/);

  // The series, and its next edition a month from now: who you may see again.
  await page.getByText('Edit the event', { exact: true }).click();
  await page.getByLabel('Series (the recurring event it is an edition of)').fill('Mobile Monday Lyon');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Event saved.')).toBeVisible();
  await dashboard.getByRole('link', { name: '← All events' }).click();
  await events.locator('summary', { hasText: 'Add an event' }).click();
  const add = events.getByRole('form', { name: 'Add an event' });
  await add.getByLabel('Event name').fill('Mobile Monday Lyon #43');
  await add.getByLabel('Series (the recurring event it is an edition of)').fill('Mobile Monday Lyon');
  await add.getByLabel('Date').fill(day(30));
  await add.getByRole('button', { name: 'Add an event' }).click();
  const next = dashboard.getByRole('region', { name: 'Mobile Monday Lyon #43' });
  await expect(next.getByText('Nobody met there yet.')).toBeVisible();
  await expect(next.getByRole('listitem')).toHaveText([/Inès Caron — met at Mobile Monday Lyon #42/, /Paul Girard — met at Mobile Monday Lyon #42/]);
});
