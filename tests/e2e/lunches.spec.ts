import { changeSettings, PopupPage } from './pages/extension-pages';
import { ProfilePage } from './pages/profile-page';
import { expect, test } from './support/fixtures';

// Habit 5: discuss, exchange, build — over lunch.
test('lunch ideas: who you have not seen in person for the longest; a lunch counts toward the weekly goal', async ({ ext }) => {
  await changeSettings(ext.context, ext.extensionId, async (page) => {
    await page.getByLabel('Lunches a week you aim for (0: no goal)').fill('2');
  });
  for (const url of ['https://www.linkedin.com/in/marc-lefebvre/', 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/']) {
    const profile = await ProfilePage.open(ext.context, url);
    await profile.addToMaille();
    await profile.page.close();
  }

  const popup = await PopupPage.open(ext.context, ext.extensionId);
  await popup.page.locator('summary', { hasText: 'Lunch ideas' }).click();
  const ideas = popup.page.getByRole('region', { name: 'Lunch ideas' });
  await expect(ideas.getByRole('listitem')).toHaveCount(2);
  await expect(ideas.getByRole('listitem').first()).toContainText('Never seen in person since you added them');
  await expect(ideas.getByText('Lunches this week: 0 of 2')).toBeVisible();
  const marc = ideas.getByRole('listitem').filter({ hasText: 'Marc Lefebvre' });
  await marc.getByRole('button', { name: 'Invite to lunch' }).click();
  await expect(marc.getByRole('region', { name: 'Message to Marc Lefebvre' }).getByLabel('Subject')).toHaveValue('Lunch soon?');

  // The lunch happened: logged in the sidebar, Marc leaves the ideas, the goal moves.
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/marc-lefebvre/');
  const sidebar = await profile.region();
  await sidebar.getByLabel('Kind').selectOption('lunch');
  await sidebar.getByRole('button', { name: 'Log contact' }).click();
  await expect(sidebar.getByText('Contact logged.')).toBeVisible();
  await popup.page.bringToFront();
  await expect(ideas.getByRole('listitem')).toHaveCount(1);
  await expect(ideas.getByRole('listitem')).toContainText('Claire Fontaine');
  await expect(ideas.getByText('Lunches this week: 1 of 2')).toBeVisible();
});
