import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PopupPage } from './pages/extension-pages';
import { ProfilePage } from './pages/profile-page';
import { expect, test } from './support/fixtures';

// Habit 4: news, one person at a time. A new job seen on a visited profile is an occasion.
const MARC = 'https://www.linkedin.com/in/marc-lefebvre/';

test('two visits of a profile showing a new company raise a congratulation, with its draft', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, MARC);
  await profile.addToMaille();
  await profile.page.reload(); // the first visit of a known contact: what the profile shows is noted
  await expect((await profile.region()).getByRole('textbox', { name: 'Notes' })).toBeVisible();

  // Months later, the same page shows another company.
  const page = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'linkedin', 'hashed-2026.html'), 'utf8').replaceAll('Brume Analytics', 'Axiome');
  await ext.context.route(MARC, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page }));
  await profile.page.reload();
  const sidebar = await profile.region();
  const due = sidebar.getByRole('region', { name: 'Due now' });
  await expect(due).toContainText('New job: CTO at Axiome — congratulate them');

  const popup = await PopupPage.open(ext.context, ext.extensionId);
  const entry = popup.entry('Marc Lefebvre');
  await entry.getByRole('button', { name: 'Congratulate' }).click();
  const draft = entry.getByRole('region', { name: 'Message to Marc Lefebvre' });
  await expect(draft.getByLabel('Subject')).toHaveValue('Congratulations on the new role!');
  await expect(draft.getByLabel('Message')).toHaveValue(/I just saw the news — CTO at Axiome: congratulations!/);
  await draft.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(popup.page.getByRole('heading', { name: 'Nobody to get back to' })).toBeVisible();
});
