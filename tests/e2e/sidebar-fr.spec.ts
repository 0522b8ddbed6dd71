import { expect, test } from './support/fixtures';
import { ProfilePage } from './pages/profile-page';

test.use({ uiLocale: 'fr-FR' });

test('with the browser in French the sidebar speaks French', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://fr.linkedin.com/in/sophie-martin-87b2?originalSubdomain=fr');
  const sidebar = await profile.region();
  await expect(sidebar.getByText('Sophie Martin n’est pas encore dans Maille.')).toBeVisible();
  await sidebar.getByRole('button', { name: 'Ajouter à Maille' }).click();
  await expect(sidebar.getByRole('textbox', { name: 'Notes' })).toBeVisible();
  await expect(sidebar.getByRole('button', { name: 'Noter un contact' })).toBeVisible();
  await expect(sidebar.getByRole('button', { name: /Masquer Maille/ })).toBeVisible();
});
