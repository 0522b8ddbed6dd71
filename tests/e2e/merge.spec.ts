import { ProfilePage } from './pages/profile-page';
import { dashboardWithImportedConnections, sendProtocolMessage } from './pages/extension-pages';
import { expect, test } from './support/fixtures';

// The same person twice — a business card and a LinkedIn import — made one, and unmade.
test('merge two records of one person: one left with everything of both; undo brings both back', async ({ ext }) => {
  const dashboard = await dashboardWithImportedConnections(ext.context, ext.extensionId);
  await sendProtocolMessage(dashboard, 'addContact', { name: 'Claire Fontaine', emails: ['claire@lumen.example'], notes: 'Card from the Lyon fair.', tags: ['fair'] });
  await dashboard.getByRole('link', { name: 'Contacts' }).click();
  const contacts = dashboard.getByRole('region', { name: /^Contacts/ });
  await expect(contacts.getByRole('table').getByRole('row')).toHaveCount(7);
  await contacts.getByLabel('Site').selectOption('linkedin');
  await contacts.getByRole('link', { name: 'Claire Fontaine' }).click();

  const page = dashboard.getByRole('region', { name: 'Claire Fontaine' });
  const merging = page.locator('details').filter({ hasText: 'Merge with another record of this person…' });
  await merging.locator('summary').click();
  await merging.getByRole('combobox').fill('claire');
  await page.getByRole('option', { name: /Claire Fontaine/ }).click();
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText('Claire Fontaine merged into this contact.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Card from the Lyon fair.');
  await expect(page.getByText('Connected on LinkedIn on 12 January 2024')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove tag fair' })).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('merged into this contact')).toHaveCount(0);
  await dashboard.getByRole('link', { name: '← All contacts' }).click();
  await contacts.getByLabel('Site').selectOption('');
  await expect(contacts.getByRole('table').getByRole('row')).toHaveCount(7);
});

test('the contacts table suggests the records that may be one person, and merges them in one click', async ({ ext }) => {
  const dashboard = await dashboardWithImportedConnections(ext.context, ext.extensionId);
  await sendProtocolMessage(dashboard, 'addContact', { name: 'Marc LEFEBVRE', emails: ['marc@brume.example'] });
  await dashboard.getByRole('link', { name: 'Contacts' }).click();
  const contacts = dashboard.getByRole('region', { name: /^Contacts/ });
  await contacts.locator('summary', { hasText: 'Possible duplicates (1)' }).click();
  const pair = contacts.locator('.duplicates').getByRole('listitem');
  await expect(pair).toContainText('Marc Lefebvre · Marc LEFEBVRE — the same email');
  await pair.getByRole('button', { name: 'Merge' }).click();
  await expect(contacts.getByText('Marc LEFEBVRE merged into Marc Lefebvre.')).toBeVisible();
  await expect(contacts.getByRole('table').getByRole('row')).toHaveCount(6);
  await contacts.getByRole('button', { name: 'Undo' }).click();
  await expect(contacts.getByRole('table').getByRole('row')).toHaveCount(7);
});

// LinkedIn shows one person at two addresses: the vanity one and a member id (from a message).
test('one profile seen under two addresses is suggested as one person', async ({ ext }) => {
  const vanity = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/');
  await vanity.addToMaille();
  await expect((await vanity.region()).getByRole('textbox', { name: 'Notes' })).toBeVisible();
  // The member-id page's canonical link names the vanity address: the background remembers it.
  const memberId = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/ACoAAClaire42/');
  await memberId.addToMaille();
  await expect((await memberId.region()).getByRole('textbox', { name: 'Notes' })).toBeVisible();

  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#contacts`);
  const contacts = dashboard.getByRole('region', { name: /^Contacts/ });
  await contacts.locator('summary', { hasText: 'Possible duplicates (1)' }).click();
  await expect(contacts.locator('.duplicates').getByRole('listitem')).toContainText('Claire Fontaine · Claire Fontaine — one profile seen under two addresses');
});
