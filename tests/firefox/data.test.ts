import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openExtensionPage, sidebarFrame, waitForText, useFirefox } from './support/firefox';

const CONNECTIONS = join(import.meta.dirname, '..', 'fixtures', 'imports', 'Connections.csv');

/** The dashboard in Firefox: LinkedIn's export imported, and the person found on their profile. */
describe('the dashboard in Firefox', () => {
  const firefox = useFirefox();

  it("imports LinkedIn's Connections.csv: a summary with the lines to look at; the imported person's profile finds them", async () => {
    const site = await firefox().newPage();
    await site.goto('https://www.linkedin.com/in/marc-lefebvre/');
    const dashboard = await openExtensionPage(firefox(), await sidebarFrame(site), 'options.html#data');
    await waitForText(dashboard, 'Import your LinkedIn connections');
    const input = await dashboard.$('input[type=file][accept*="csv"]');
    expect(input).not.toBeNull();
    await input!.uploadFile(CONNECTIONS);
    const summary = await waitForText(dashboard, 'Added 5, updated 0; 2 lines to look at.');
    expect(summary).toContain('Line 9: no name, left out');

    const profile = await firefox().newPage();
    await profile.goto('https://fr.linkedin.com/in/claire-fontaine-4a5b6c/');
    await waitForText(await sidebarFrame(profile), 'Connected on LinkedIn on 12 January 2024');
  });
});
