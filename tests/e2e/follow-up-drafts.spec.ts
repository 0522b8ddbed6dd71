import { toLocalDay } from '../../core/local-day';
import { backgroundState, changeSettings, PopupPage } from './pages/extension-pages';
import { ProfilePage } from './pages/profile-page';
import { expect, test } from './support/fixtures';

// Habit 1: never let a new contact go cold. Met on day D, the follow-up is due on D+1: meeting
// "yesterday" through the form is the next day of that meeting.
const yesterday = () => toLocalDay(Date.now() - 86_400_000);

test.beforeEach(async ({ ext }) => {
  await changeSettings(ext.context, ext.extensionId, async (page) => {
    await page.getByRole('checkbox', { name: 'Quiet hours' }).uncheck();
    await page.getByLabel('Your name (signs the drafts)').fill('Anne Moreau');
    await page.getByLabel('Signature (lines under your name)').fill('Lumen Robotics · +33 6 12 34 56 78');
  });
});

test('a business card from an event: the next day the popup drafts the follow-up, one recipient; Mark as sent clears it', async ({ ext }) => {
  const popup = await PopupPage.open(ext.context, ext.extensionId);
  await popup.page.getByText('Just met someone', { exact: true }).click();
  const form = popup.page.getByRole('form', { name: 'Just met someone' });
  await form.getByLabel('Name').fill('Inès Caron');
  await form.getByLabel('Email').fill('ines@example.org');
  await form.getByLabel('Event').fill('Salon des Entrepreneurs');
  await form.getByLabel('What we talked about').fill('export financing & VAT');
  await form.getByLabel('Date').fill(yesterday());
  await form.getByRole('button', { name: 'Add to Maille' }).click();
  await expect(form.getByRole('status')).toContainText('Inès Caron added');

  const entry = popup.group('Today').getByRole('listitem').filter({ hasText: 'Inès Caron' });
  // No profile yet: each site's own people search for the name.
  await expect(entry.getByRole('link', { name: 'Find on LinkedIn' })).toHaveAttribute('href', 'https://www.linkedin.com/search/results/people/?keywords=In%C3%A8s%20Caron');
  await entry.getByRole('button', { name: 'Draft follow-up' }).click();

  const draft = entry.getByRole('region', { name: 'Message to Inès Caron' });
  await expect(draft.getByLabel('Subject')).toHaveValue('Great to meet you at Salon des Entrepreneurs');
  const body = await draft.getByLabel('Message').inputValue();
  expect(body).toContain('Hi Inès,');
  expect(body).toContain('at Salon des Entrepreneurs yesterday.');
  expect(body).toContain('our conversation about export financing & VAT.');
  expect(body).toContain('Anne Moreau\nLumen Robotics · +33 6 12 34 56 78');
  expect(body).not.toMatch(/[{}[\]]|undefined/);

  const mailto = new URL((await draft.getByRole('link', { name: 'Open in email app' }).getAttribute('href'))!);
  expect(decodeURIComponent(mailto.pathname)).toBe('ines@example.org');
  expect([...mailto.searchParams.keys()]).toEqual(['subject', 'body']);
  expect(mailto.searchParams.get('subject')).toBe('Great to meet you at Salon des Entrepreneurs');
  expect(mailto.searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'));

  await draft.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(popup.page.getByRole('heading', { name: 'Nobody to get back to' })).toBeVisible();
  await expect.poll(() => backgroundState.badge(ext.worker)).toBe('');
});

test("the card's person found on Viadeo's older address, company glued to the title: the sidebar offers to link them", async ({ ext }) => {
  const popup = await PopupPage.open(ext.context, ext.extensionId);
  await popup.page.getByText('Just met someone', { exact: true }).click();
  const form = popup.page.getByRole('form', { name: 'Just met someone' });
  await form.getByLabel('Name').fill('Claire Fontaine');
  await form.getByRole('button', { name: 'Add to Maille' }).click();
  await expect(form.getByRole('status')).toContainText('Claire Fontaine added');

  const viadeo = await ProfilePage.open(ext.context, 'https://fr.viadeo.com/fr/profile/claire.fontaine.lyon');
  const sidebar = await viadeo.region();
  await expect(sidebar.getByRole('heading', { name: 'Claire Fontaine', exact: true })).toBeVisible();
  await sidebar.getByRole('button', { name: 'Link to Claire Fontaine' }).click();
  await expect(sidebar.getByRole('textbox', { name: 'Notes' })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'Viadeo' })).toBeVisible();
});

test('the sidebar of a due person says why and drafts the follow-up; without an email it copies, with one it mails', async ({ ext }) => {
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/');
  await profile.addToMaille({ event: 'Mobile Monday Lyon', date: yesterday(), topic: 'cobots' });
  const sidebar = await profile.region();
  const due = sidebar.getByRole('region', { name: 'Due now' });
  await expect(due).toContainText('Met at Mobile Monday Lyon yesterday — follow up');
  await due.getByRole('button', { name: 'Draft follow-up' }).click();
  const draft = due.getByRole('region', { name: 'Message to Claire Fontaine' });
  await expect(draft).toContainText('No email address for this person');
  await expect(draft.getByRole('link', { name: 'Open in email app' })).toHaveCount(0);
  await draft.getByRole('button', { name: 'Copy message' }).click();
  await expect(draft.getByRole('status')).toHaveText(/Copied: paste it into a message on their profile\.|The message is selected/);

  // Her email, and French with "vous": the next draft follows.
  await sidebar.getByText('Writing to them', { exact: true }).click();
  await sidebar.getByRole('textbox', { name: 'Email' }).fill('claire@lumen.example');
  await sidebar.getByRole('form', { name: 'Email' }).getByRole('button', { name: 'Save' }).click();
  await expect(sidebar.getByRole('textbox', { name: 'Email' })).toHaveValue('claire@lumen.example');
  await sidebar.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(sidebar.getByRole('combobox', { name: 'Register' })).toHaveValue('formal');
  await due.getByRole('button', { name: 'Draft follow-up' }).click();
  await due.getByRole('button', { name: 'Draft follow-up' }).click();
  const french = due.getByRole('region', { name: 'Message to Claire Fontaine' });
  await expect(french.getByLabel('Subject')).toHaveValue('Suite à notre rencontre à Mobile Monday Lyon');
  await expect(french.getByLabel('Message')).toHaveValue(/^Bonjour Claire Fontaine,\n\nCe fut un plaisir de vous rencontrer à Mobile Monday Lyon hier\./);
  await expect(french.getByRole('link', { name: 'Open in email app' })).toHaveAttribute('href', /^mailto:claire@lumen\.example\?subject=/);

  await french.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(sidebar.getByRole('region', { name: 'Due now' })).toHaveCount(0);
  await expect(sidebar.getByRole('list').filter({ hasText: 'Email' })).toBeVisible();
});
