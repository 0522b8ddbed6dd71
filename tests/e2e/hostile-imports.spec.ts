import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * Hostile text in every import format: markup and script, bidirectional overrides, zero-width
 * characters, 100,000-character strings and emoji. Each is stored as capped, cleaned text, shown
 * as text, runs nothing, and the dashboard keeps its layout. (The profile pages' hostile names
 * are in page-text.spec.ts.)
 */
const SCRIPT_NAME = '<img src=x onerror="document.title=\'pwned\'">';
const LONG = 'o'.repeat(100_000);

function file(name: string, text: string): string {
  const path = join(tmpdir(), `maille-hostile-${process.pid}-${name}`);
  writeFileSync(path, text);
  return path;
}

async function openData(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html#data`);
  return page.getByRole('region', { name: 'Data' });
}

/** Every stored contact's text fields, as the background holds them. */
function storedContacts(worker: Worker): Promise<{ name: string; company?: string; headline?: string; notes: string }[]> {
  return worker.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('maille');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('contacts').objectStore('contacts').getAll();
      request.onsuccess = () => resolve(request.result);
    };
  }));
}

/** Nothing ran, nothing became markup, and the page does not scroll sideways. */
async function expectInert(page: Page): Promise<void> {
  expect(await page.title()).not.toBe('pwned');
  await expect(page.locator('img[src="x"], script:not([src]), [onerror]')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

test('Connections.csv and vCards of markup, bidi overrides, zero-width characters, 100,000-character fields and emoji: stored capped and clean, shown as text', async ({ ext }) => {
  const csv = [
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    `"${SCRIPT_NAME.replace(/"/g, '""')}",Evil,https://www.linkedin.com/in/evil-one,,"<script>document.title='pwned'</script>",Engineer,12 Jan 2024`,
    `Zed\u202Eevil,\u200BWidth\u200B,https://www.linkedin.com/in/zw-person,,Acme,Engineer,12 Jan 2024`,
    `L${LONG.slice(2)},Long,https://www.linkedin.com/in/long-person,,C${LONG.slice(2)},P${LONG.slice(2)},12 Jan 2024`,
    '👩🏽‍💻 Ada,Lovelace 🚀,https://www.linkedin.com/in/ada-emoji,,Analytical Engines,Engineer,12 Jan 2024',
    // Past what any field may hold (100,000 characters): the line is left out, and said.
    `Too,Long,https://www.linkedin.com/in/too-long,,X${LONG},Engineer,12 Jan 2024`,
  ].join('\r\n');
  const vcard = [
    'BEGIN:VCARD', 'VERSION:3.0', `FN:<b onmouseover="document.title='pwned'">Bold</b> Card`, `ORG:${LONG.slice(10)}`, `TITLE:\u202Etitle`, `NOTE:<script>document.title='pwned'</script>`, 'END:VCARD',
    'BEGIN:VCARD', 'VERSION:4.0', `FN:W${LONG.slice(10)}`, 'END:VCARD',
  ].join('\r\n');

  const dashboard = await ext.context.newPage();
  const data = await openData(dashboard, ext.extensionId);
  await data.getByLabel('Connections.csv').setInputFiles(file('Connections.csv', csv));
  const summary = data.getByRole('status').filter({ hasText: 'Added' });
  await expect(summary).toContainText('Added 4, updated 0; 1 line to look at.');
  await expect(summary).toContainText('Line 6: a field far too long, left out');
  await data.getByLabel('vCard files (.vcf)').setInputFiles(file('hostile.vcf', vcard));
  await expect(data.getByRole('status').filter({ hasText: 'Added 2' })).toHaveText(/^Added 2, updated 0\.$/);

  const stored = await storedContacts(ext.worker);
  expect(stored).toHaveLength(6);
  for (const contact of stored) {
    expect(contact.name.length).toBeLessThanOrEqual(200);
    expect((contact.company ?? '').length).toBeLessThanOrEqual(200);
    expect(contact.name).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/);
  }
  expect(stored.map((c) => c.name)).toEqual(expect.arrayContaining([`${SCRIPT_NAME} Evil`, 'Zedevil Width', '👩🏽‍💻 Ada Lovelace 🚀', "<b onmouseover=\"document.title='pwned'\">Bold</b> Card"]));

  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#contacts`);
  await expect(dashboard.getByRole('link', { name: `${SCRIPT_NAME} Evil` })).toBeVisible();
  await expect(dashboard.getByRole('link', { name: '👩🏽‍💻 Ada Lovelace 🚀' })).toBeVisible();
  await expectInert(dashboard);
  // The longest name's own page: the heading wraps, the page keeps its width.
  await dashboard.getByRole('link', { name: /^Loooo/ }).click();
  await expect(dashboard.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expectInert(dashboard);
});

test('a backup of markup is restored as text; one with a 100,000-character name is refused and changes nothing', async ({ ext }) => {
  const base = { format: 'maille-backup', version: 1, exportedAt: '2026-11-26T09:00:00.000Z', interactions: [], events: [], introductions: [], observations: [], news: [] };
  const person = (id: string, name: string) => ({ id, name, nameKey: name.toLowerCase(), headline: "<svg onload=\"document.title='pwned'\">", emails: [], tags: ['<i>tag</i>'], notes: "<script>document.title='pwned'</script>", profiles: [], profileKeys: [], cadenceDays: null, createdAt: 1, updatedAt: 1 });

  const dashboard = await ext.context.newPage();
  const data = await openData(dashboard, ext.extensionId);
  await data.getByLabel('Backup file (.json)').setInputFiles(file('markup.json', JSON.stringify({ ...base, contacts: [person('m1', SCRIPT_NAME)] })));
  await data.getByRole('button', { name: 'Replace everything with this backup' }).click();
  await expect(data.getByText('Backup restored.')).toBeVisible();

  await data.getByLabel('Backup file (.json)').setInputFiles(file('long.json', JSON.stringify({ ...base, contacts: [person('l1', LONG)] })));
  await expect(data.getByRole('alert')).toHaveText('This backup is damaged at contacts.0.name. Nothing was changed.');
  await expect(data.getByRole('button', { name: 'Replace everything with this backup' })).toHaveCount(0);
  expect((await storedContacts(ext.worker)).map((c) => c.name)).toEqual([SCRIPT_NAME]);

  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#contacts`);
  await dashboard.getByRole('link', { name: SCRIPT_NAME }).click();
  await expect(dashboard.getByText("<svg onload=\"document.title='pwned'\">")).toBeVisible();
  await expectInert(dashboard);
});
