import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ProfilePage } from './pages/profile-page';
import { expect, test } from './support/fixtures';

// What real users' files and pages look like (issue 20): every Connections.csv LinkedIn has
// made, vCards in every charset, profile pages of every year, one person under two addresses.

const IMPORTS = join(import.meta.dirname, '..', 'fixtures', 'imports');

async function openData(ext: { context: import('@playwright/test').BrowserContext; extensionId: string }): Promise<{ dashboard: Page; data: ReturnType<Page['getByRole']> }> {
  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#data`);
  return { dashboard, data: dashboard.getByRole('region', { name: 'Data' }) };
}

test('a 2018 Connections.csv (no URL column, no notes, "1/8/18, 6:14 PM") imports; the profile then offers to link the person', async ({ ext }) => {
  const { dashboard, data } = await openData(ext);
  await data.getByLabel('Connections.csv').setInputFiles(join(IMPORTS, 'connections', '2018-Connections.csv'));
  const summary = data.getByRole('status').filter({ hasText: 'Added' });
  await expect(summary).toHaveText('Added 3, updated 0.');

  // Imported without an address: her profile finds her by name and offers the link.
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/');
  const sidebar = await profile.region();
  await sidebar.getByRole('button', { name: /^Link to Claire Fontaine · Lumen Robotics$/ }).click();
  await expect(sidebar.getByRole('textbox', { name: 'Notes' })).toBeVisible();
  await expect(sidebar.getByText('Connected on LinkedIn on 8 January 2018')).toBeVisible();

  // The 2021 export (notes, no URL column either) and today's: the same people, nobody twice.
  await dashboard.bringToFront();
  await data.getByLabel('Connections.csv').setInputFiles(join(IMPORTS, 'connections', '2021-Connections.csv'));
  await expect(summary).toHaveText('Added 2, updated 1.');
  await data.getByLabel('Connections.csv').setInputFiles(join(IMPORTS, 'Connections.csv'));
  // Claire by her address, Marc and José by name (connections an older export brought in without
  // one), Nadia (no address in either); Paul is new.
  await expect(summary).toContainText('Added 1, updated 4; 2 lines to look at.');
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#contacts`);
  const table = dashboard.getByRole('region', { name: /^Contacts/ }).getByRole('table');
  await expect(table.getByRole('link', { name: 'Claire Fontaine' })).toHaveCount(1);
  await expect(table.getByRole('link', { name: 'Marc Lefebvre' })).toHaveCount(1);
  await expect(table.getByRole('link', { name: 'Nadia Benali' })).toHaveCount(1);
  await expect(table.getByRole('link', { name: /^José García/ })).toHaveCount(1);
  await expect(table.getByRole('row')).toHaveCount(7); // the header and six people
});

test('Connections.csv with a French or German header, in another order, with other separators, dates and charsets', async ({ ext }) => {
  const { dashboard, data } = await openData(ext);
  const summary = data.getByRole('status').filter({ hasText: 'Added' });
  await data.getByLabel('Connections.csv').setInputFiles(join(IMPORTS, 'connections', 'Connections-fr.csv'));
  await expect(summary).toHaveText('Added 3, updated 0.');
  await data.getByLabel('Connections.csv').setInputFiles(join(IMPORTS, 'connections', 'Connections-de.csv'));
  await expect(summary).toHaveText('Added 3, updated 0.');
  // Saved again by a French spreadsheet in the machine's code page (not UTF-8): read, and said.
  await data.getByLabel('Connections.csv').setInputFiles(join(IMPORTS, 'connections', 'Connections-windows-1252.csv'));
  await expect(summary).toContainText('Added 1, updated 0; 1 line to look at.');
  await expect(summary).toContainText('Line 1: no character set declared: read as Windows-1252; check the accented letters');
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#contacts`);
  await dashboard.getByRole('link', { name: 'Jürgen Müller' }).click();
  await expect(dashboard.getByText('Connected on LinkedIn on 3 March 2022')).toBeVisible();
  await expect(dashboard.getByRole('link', { name: 'LinkedIn' })).toHaveAttribute('href', 'https://www.linkedin.com/in/juergen-mueller/');
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#contacts`);
  await dashboard.getByRole('link', { name: 'Sophie Martin' }).click();
  await expect(dashboard.getByText('Connected on LinkedIn on 8 January 2018')).toBeVisible();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#contacts`);
  await dashboard.getByRole('link', { name: 'Céline Bérard' }).click();
  await expect(dashboard.getByText('Connected on LinkedIn on 14 February 2019')).toBeVisible();
});

test('vCards in every charset: declared, guessed (and said), quoted-printable, UTF-16 with and without a mark, names only in N', async ({ ext }) => {
  const { dashboard, data } = await openData(ext);
  const dir = join(IMPORTS, 'vcards', 'charsets');
  const files = readdirSync(dir).filter((file) => file.endsWith('.vcf')).sort();
  await data.getByLabel('vCard files (.vcf)').setInputFiles(files.map((file) => join(dir, file)));
  const summary = data.getByRole('status').filter({ hasText: 'Added' });
  await expect(summary).toContainText('3 lines to look at.');
  await expect(summary).toContainText('undeclared.vcf, line 1: no character set declared: read as Windows-1252; check the accented letters');
  await expect(summary).toContainText('undeclared.vcf, line 7: no character set declared: read as UTF-8; check the accented letters');
  await expect(summary).toContainText('undeclared.vcf, line 18: no character set declared: read as Windows-1252; check the accented letters');

  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#contacts`);
  const table = dashboard.getByRole('region', { name: /^Contacts/ }).getByRole('table');
  for (const name of [
    'Zoé Doë', 'Jürgen Müller', 'Łukasz Wróbel', 'Chloé Lœuvre', 'Åsa Ångström', // declared 8-bit charsets
    '山田太郎', '花子 佐藤', // Shift_JIS, raw and quoted-printable
    'François Pérez', 'Inés Nuñez', 'Søren Kierkegaard', 'Gaëlle Hervé', 'Mathéo Brière', // undeclared
    'Émilie Lefèvre', 'Ōta Kenji 太田健二', // UTF-16, four files: one person each, found by email
    'Dr. Chidi Okonkwo', 'Gabriel José García Márquez', 'Yui Nakamura', // names only in N
  ]) await expect(table.getByRole('link', { name, exact: true }), name).toHaveCount(1);
  await expect(table.getByRole('row')).toHaveCount(18); // the header and 17 people
  // windows-1252's byte 0x80 is "€" (the browser's own decoder).
  await table.getByRole('link', { name: 'Zoé Doë' }).click();
  await expect(dashboard.getByText('Café €uro')).toBeVisible();
});

test('profile pages as they really are: sub-pages, escaped JSON-LD after articles, a 2009 title', async ({ ext }) => {
  const page = await ProfilePage.open(ext.context, 'https://www.linkedin.com/feed/');
  for (const [url, name, detail] of [
    ['https://www.linkedin.com/in/jd1984/details/skills/', 'Jane Doe', undefined],
    ['https://fr.linkedin.com/in/jpdupont/details/experience/', 'Jean-Pierre Dupont', undefined],
    ['https://fr.linkedin.com/in/ar-4821', 'Amélie Rousseau', 'R&D Lead at Haute & Claire'],
    ['https://www.linkedin.com/in/hbastide', 'Henri Bastide', 'Consultant at Bastide Conseil'],
  ] as const) {
    await page.goto(url);
    const sidebar = await page.region();
    await expect(sidebar.getByRole('heading', { name, exact: true }), url).toBeVisible();
    if (detail) await expect(sidebar.getByText(detail, { exact: true }), url).toBeVisible();
    await expect(sidebar.getByRole('button', { name: 'Add to Maille' }), url).toBeVisible();
  }
});

test('one person under two addresses of one site: linked, both open the same notes (LinkedIn, Viadeo, XING)', async ({ ext }) => {
  // LinkedIn: the vanity address, then a member-id one (from a message or a search).
  const vanity = await ProfilePage.open(ext.context, 'https://fr.linkedin.com/in/ar-4821');
  await vanity.addToMaille();
  await vanity.writeNotes('Open hardware; ask about the recall.');
  const memberId = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/ACoAAB2xYz9kLm');
  let sidebar = await memberId.region();
  await expect(sidebar.getByText('Same name as someone you know under another LinkedIn address')).toBeVisible();
  await sidebar.getByRole('button', { name: 'Link to Amélie Rousseau · Haute & Claire · already at /in/ar-4821' }).click();
  await expect(sidebar.getByRole('textbox', { name: 'Notes' })).toHaveValue('Open hardware; ask about the recall.');
  // Both addresses listed, told apart; the member id keeps its case.
  await expect(sidebar.getByRole('link', { name: 'LinkedIn /in/ACoAAB2xYz9kLm' })).toHaveAttribute('href', 'https://www.linkedin.com/in/ACoAAB2xYz9kLm/');
  await memberId.writeNotes('Open hardware; ask about the recall. Lunch in Lille?');
  await vanity.page.reload();
  await expect((await vanity.region()).getByRole('textbox', { name: 'Notes' })).toHaveValue('Open hardware; ask about the recall. Lunch in Lille?');

  // Viadeo: the journaldunet address, then the first generation's /fr/profile/first.last.
  const journal = await ProfilePage.open(ext.context, 'https://viadeo.journaldunet.com/p/luc-moreau-1234567');
  await journal.addToMaille();
  await journal.writeNotes('SAP migration in 2027.');
  const gen1 = await ProfilePage.open(ext.context, 'https://fr.viadeo.com/fr/profile/luc.moreau');
  sidebar = await gen1.region();
  await sidebar.getByRole('button', { name: /^Link to Luc Moreau · .*already at \/p\/luc-moreau-1234567$/ }).click();
  await expect(sidebar.getByRole('textbox', { name: 'Notes' })).toHaveValue('SAP migration in 2027.');

  // XING: the profile and its /cv page are one address.
  const xing = await ProfilePage.open(ext.context, 'https://www.xing.com/profile/Claire_Fontaine');
  await xing.addToMaille();
  await xing.writeNotes('Munich in spring.');
  const cv = await ProfilePage.open(ext.context, 'https://www.xing.com/profile/Claire_Fontaine/cv');
  await expect((await cv.region()).getByRole('textbox', { name: 'Notes' })).toHaveValue('Munich in spring.');

  // In the dashboard, one row each, the sites not repeated.
  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#contacts`);
  const row = dashboard.getByRole('row').filter({ has: dashboard.getByRole('link', { name: 'Amélie Rousseau' }) });
  await expect(row).toHaveCount(1);
  await expect(row.locator('.col-sites')).toHaveText('LinkedIn');
});
