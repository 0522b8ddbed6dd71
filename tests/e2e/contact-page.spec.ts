import { dashboardWithImportedConnections } from './pages/extension-pages';
import { expect, test } from './support/fixtures';

// Everything about one person in one place, and deleting them with an undo.
test('a contact page: notes with the same autosave, a profile unlinked, deleted and brought back', async ({ ext }) => {
  const dashboard = await dashboardWithImportedConnections(ext.context, ext.extensionId);
  await dashboard.getByRole('link', { name: 'Contacts' }).click();
  await dashboard.getByRole('region', { name: /^Contacts/ }).getByLabel('Search').fill('claire');
  await dashboard.getByRole('link', { name: 'Claire Fontaine' }).click();

  const page = dashboard.getByRole('region', { name: 'Claire Fontaine' });
  await expect(page.getByText('Connected on LinkedIn on 12 January 2024')).toBeVisible();
  await page.getByRole('textbox', { name: 'Notes' }).fill('Met her team at the Lyon fair.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  // Their profiles are listed once, with Unlink (not again at the end, as in the sidebar).
  await expect(page.getByRole('heading', { name: 'Profiles' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Unlink from LinkedIn' }).click();
  await expect(page.getByText('No profile linked yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Delete this contact' }).click();
  await expect(dashboard.getByText('Contact deleted.')).toBeVisible();
  await dashboard.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Met her team at the Lyon fair.');
});
