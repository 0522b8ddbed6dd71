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

const VCARDS = join(import.meta.dirname, '..', 'fixtures', 'imports', 'vcards');

// A folder of vCards from a phone: several files at once, one of them damaged.
test('import vCards: several files, a summary naming each file and line; a XING URL links the profile; export one and all', async ({ ext }) => {
  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#data`);
  const data = dashboard.getByRole('region', { name: 'Data' });
  await data.getByLabel('vCard files (.vcf)').setInputFiles(['claire-fontaine.vcf', 'iphone-3.0.vcf', 'android-2.1.vcf', 'malformed.vcf'].map((f) => join(VCARDS, f)));
  const summary = data.getByRole('status').filter({ hasText: 'Added' });
  await expect(summary).toContainText('Added 7, updated 0; 4 lines to look at.');
  await expect(summary).toContainText('malformed.vcf, line 5: a line that is not a vCard property, left out');
  await expect(summary).toContainText('malformed.vcf, line 16: a card without its “END:VCARD”, left out');

  const profile = await ProfilePage.open(ext.context, 'https://www.xing.com/profile/Claire_Fontaine');
  const sidebar = await profile.region();
  await expect(sidebar.getByRole('textbox', { name: 'Notes' })).toHaveValue('Card from my phone: met at the Lyon robotics meetup.');

  // Not a vCard file: nothing imported, and it says why.
  await dashboard.bringToFront();
  await data.getByLabel('vCard files (.vcf)').setInputFiles(join(VCARDS, 'not-a-vcard.vcf'));
  await expect(data.getByRole('alert')).toHaveText('This file holds no vCard (no line “BEGIN:VCARD”). Nothing was imported.');

  const [all] = await Promise.all([dashboard.waitForEvent('download'), data.getByRole('button', { name: 'Download all contacts as vCards' }).click()]);
  const text = readFileSync(await all.path(), 'utf8');
  expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(7);
  expect(text).toContain('FN:Jürgen Müller');

  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#contacts`);
  await dashboard.getByRole('link', { name: 'Claire Fontaine' }).click();
  const [one] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Download as a vCard' }).click()]);
  expect(one.suggestedFilename()).toBe('Claire Fontaine.vcf');
  const card = readFileSync(await one.path(), 'utf8');
  expect(card).toContain('URL:https://www.xing.com/profile/Claire_Fontaine');
  expect(card).toContain('EMAIL:claire@lumen.example');
});
