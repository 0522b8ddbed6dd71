import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clickButton, everythingStored, openExtensionPage, sendCommand, sidebarFrame, waitForText, useFirefox } from './support/firefox';

const IMPORTS = join(import.meta.dirname, '..', 'fixtures', 'imports');
const CONNECTIONS = join(IMPORTS, 'Connections.csv');

/** The dashboard in Firefox: LinkedIn's export imported, and the person found on their profile. */
describe('the dashboard in Firefox', () => {
  const firefox = useFirefox();

  /** The dashboard's Data section, opened from the sidebar of a profile Maille does not know. */
  async function openData() {
    const site = await firefox().newPage();
    await site.goto('https://www.linkedin.com/in/marc-lefebvre/');
    const dashboard = await openExtensionPage(firefox(), await sidebarFrame(site), 'options.html#data');
    await waitForText(dashboard, 'Import your LinkedIn connections');
    return dashboard;
  }

  it("imports LinkedIn's Connections.csv: a summary with the lines to look at; the imported person's profile finds them", async () => {
    const dashboard = await openData();
    const input = await dashboard.$('input[type=file][accept*="csv"]');
    expect(input).not.toBeNull();
    await input!.uploadFile(CONNECTIONS);
    const summary = await waitForText(dashboard, 'Added 5, updated 0; 2 lines to look at.');
    expect(summary).toContain('Line 9: no name, left out');

    const profile = await firefox().newPage();
    await profile.goto('https://fr.linkedin.com/in/claire-fontaine-4a5b6c/');
    await waitForText(await sidebarFrame(profile), 'Connected on LinkedIn on 12 January 2024');
  });

  it('imports a 2018 Connections.csv (no URL column) and vCards in every charset, saying which were guessed', async () => {
    const dashboard = await openData();
    const csv = await dashboard.$('input[type=file][accept*="csv"]');
    await csv!.uploadFile(join(IMPORTS, 'connections', '2018-Connections.csv'));
    // The browser of the test before: Claire and Marc are in, from today's export; nobody twice.
    await waitForText(dashboard, 'Added 1, updated 2.');

    const dir = join(IMPORTS, 'vcards', 'charsets');
    const cards = await dashboard.$('input[type=file][accept*="vcf"]');
    await cards!.uploadFile(...readdirSync(dir).filter((file) => file.endsWith('.vcf')).map((file) => join(dir, file)));
    const summary = await waitForText(dashboard, '3 lines to look at.');
    expect(summary).toContain('undeclared.vcf, line 1: no character set declared: read as Windows-1252');

    // Each stored under its real name (Firefox's own decoders: "€" is windows-1252's 0x80).
    for (const name of ['Zoé Doë', '山田太郎', 'Łukasz Wróbel', 'Chloé Lœuvre', 'François Pérez', 'Émilie Lefèvre', 'Dr. Chidi Okonkwo', 'Hélène Durand']) {
      const found = await sendCommand<{ name: string; company?: string }[]>(dashboard, 'findContacts', { query: name });
      expect(found.map((c) => c.name), name).toContainEqual(expect.stringContaining(name));
    }
    const [zoe] = await sendCommand<{ company?: string }[]>(dashboard, 'findContacts', { query: 'Zoé Doë' });
    expect(zoe?.company).toBe('Café €uro');
  });

  // Last but one in this file: it deletes what the tests above imported.
  it('"Delete all my data" leaves nothing of a person deleted before (their undo copy included) in any storage', async () => {
    const dashboard = await openData();
    const person = await sendCommand<{ id: string }>(dashboard, 'addContact', { name: 'Noémie Varga', notes: 'Her son Théo plays the cello in Strasbourg.' });
    const { undoUntil } = await sendCommand<{ undoUntil: number }>(dashboard, 'deleteContact', { id: person.id });
    expect(undoUntil).toBeGreaterThan(Date.now());
    expect(await everythingStored(dashboard)).toContain('plays the cello');

    await clickButton(dashboard, 'Delete all my data…');
    await clickButton(dashboard, 'Yes, delete everything');
    await waitForText(dashboard, 'Everything was deleted.');
    const left = await everythingStored(dashboard);
    for (const trace of [person.id, 'Noémie', 'cello', 'Claire Fontaine', 'claire-fontaine-4a5b6c']) expect(left).not.toContain(trace);
  });

  // Last: a backup restored into the database the test before emptied. The page hands the file
  // to the background as a blob URL, which Firefox's background page fetches.
  it('restores a backup: what it holds is said, then the notes are back on the profile', async () => {
    const dashboard = await openData();
    const claire = { id: 'c1', name: 'Claire Fontaine', nameKey: 'claire fontaine', emails: [], tags: [], notes: 'Back from the Firefox backup.', profiles: [{ site: 'linkedin', key: 'linkedin:claire-fontaine-4a5b6c', url: 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/' }], profileKeys: ['linkedin:claire-fontaine-4a5b6c'], cadenceDays: null, createdAt: 1, updatedAt: 1 };
    const file = join(mkdtempSync(join(tmpdir(), 'maille-ff-')), 'backup.json');
    writeFileSync(file, JSON.stringify({ format: 'maille-backup', version: 1, exportedAt: '2026-11-26T10:00:00.000Z', contacts: [claire], interactions: [], events: [], introductions: [], observations: [], news: [] }));
    const input = await dashboard.$('input[type=file][accept*="json"]');
    await input!.uploadFile(file);
    await waitForText(dashboard, 'This backup holds 1 contacts');
    await clickButton(dashboard, 'Replace everything with this backup');
    await waitForText(dashboard, 'Backup restored.');

    const profile = await firefox().newPage();
    await profile.goto('https://www.linkedin.com/in/claire-fontaine-4a5b6c/');
    await waitForText(await sidebarFrame(profile), 'Back from the Firefox backup.');
  });
});
