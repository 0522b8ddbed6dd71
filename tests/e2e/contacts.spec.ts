import { dashboardWithImportedConnections } from './pages/extension-pages';
import { expect, test } from './support/fixtures';

// The whole network at a glance: imported, then found as you type, filtered, changed in bulk.
test('the contacts table: search as you type, a filter, a tag added to the selection', async ({ ext }) => {
  const dashboard = await dashboardWithImportedConnections(ext.context, ext.extensionId);

  await dashboard.getByRole('link', { name: 'Contacts' }).click();
  const section = dashboard.getByRole('region', { name: /^Contacts/ });
  const table = section.getByRole('table', { name: 'Contacts' });
  await expect(table.getByRole('row')).toHaveCount(6); // the header and five people
  await section.getByLabel('Search').fill('lumen');
  await expect(section.getByText('2 shown')).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Claire Fontaine' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Paul Girard' })).toBeVisible();
  await section.getByLabel('Search').fill('jose');
  await expect(table.getByRole('row').filter({ hasText: 'José García 🚀' })).toBeVisible();
  await section.getByLabel('Search').fill('');

  await section.getByLabel('Site').selectOption('linkedin');
  await expect(section.getByText('4 shown')).toBeVisible();
  await section.getByRole('checkbox', { name: 'Select everyone shown' }).check();
  const bulk = section.getByRole('group', { name: '4 selected' });
  await bulk.getByRole('textbox', { name: 'Tag' }).fill('linkedin-import');
  await bulk.getByRole('button', { name: 'Add the tag' }).click();
  await expect(section.getByText('4 contacts changed.')).toBeVisible();
  await section.getByLabel('Site').selectOption('');
  await section.getByLabel('Tags').selectOption('linkedin-import');
  await expect(section.getByText('4 shown')).toBeVisible();

  // Sorting on a column.
  await table.getByRole('button', { name: 'Name' }).click();
  await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('row').nth(1)).toContainText('Claire Fontaine');
  await table.getByRole('button', { name: 'Name' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText('Nadia Benali');
});
