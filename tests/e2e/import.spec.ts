import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProfilePage } from './pages/profile-page';
import { expect, test } from './support/fixtures';

const CONNECTIONS = join(import.meta.dirname, '..', 'fixtures', 'imports', 'Connections.csv');

// The network a new user already has: LinkedIn's own export of their connections.
test("import LinkedIn's Connections.csv: a summary with each line to look at; visiting the profile finds the imported person; importing again adds nobody", async ({ ext }) => {
  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#data`);
  const data = dashboard.getByRole('region', { name: 'Data' });
  await data.getByLabel('Connections.csv').setInputFiles(CONNECTIONS);
  const summary = data.getByRole('status').filter({ hasText: 'Added' });
  await expect(summary).toContainText('Added 5, updated 0; 2 lines to look at.');
  await expect(summary).toContainText('Line 9: no name, left out');
  await expect(summary).toContainText('Line 10: connection date unreadable, the person was imported without it');
  await expect(data.getByText('Importing: 5 of 5')).toBeVisible();

  const profile = await ProfilePage.open(ext.context, 'https://fr.linkedin.com/in/claire-fontaine-4a5b6c/');
  const sidebar = await profile.region();
  await expect(sidebar.getByRole('textbox', { name: 'Notes' })).toBeVisible();
  await expect(sidebar.getByText('Connected on LinkedIn on 12 January 2024')).toBeVisible();

  await dashboard.bringToFront();
  await data.getByLabel('Connections.csv').setInputFiles([]);
  await data.getByLabel('Connections.csv').setInputFiles(CONNECTIONS);
  await expect(summary).toContainText('Added 0, updated 5; 2 lines to look at.');

  // And back out, for a spreadsheet.
  const [csv] = await Promise.all([dashboard.waitForEvent('download'), data.getByRole('button', { name: 'Download the contacts for a spreadsheet (CSV)' }).click()]);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.startsWith('\uFEFFName,Company,Title,')).toBe(true);
  expect(text).toContain('"Brume Analytics, SAS"');
  expect(text.trim().split('\r\n')).toHaveLength(6);
});
