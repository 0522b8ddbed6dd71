import type { Page as ChromiumPage } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../e2e/support/launch';
import { contactsHere } from '../support/extension-db';
import { startSyncServer, type SyncServer } from '../support/sync-server';
import { backgroundLoaded, launchFirefox, openExtensionPage, sendCommand, sidebarFrame, waitForText, type LaunchedFirefox } from './support/firefox';

/**
 * One computer with Chromium, the other with Firefox, syncing through the loopback server
 * (issue 22): what one writes, the other reads; the server holds only ciphertext.
 */
describe('sync between Chromium and Firefox', () => {
  const database = `maille-${Date.now()}`;
  const passphrase = 'correct horse battery staple';
  let server: SyncServer;
  let chromium: LaunchedExtension;
  let firefox: LaunchedFirefox;
  let chromiumSettings: ChromiumPage;
  let firefoxSettings: Page;

  beforeAll(async () => {
    server = await startSyncServer();
    chromium = await launchExtension({ grantedOrigins: ['http://127.0.0.1/*'] });
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await chromium?.close();
    await firefox?.close();
    await server?.stop();
  });

  /** What a person types into Settings → Sync, by field name. */
  const form = () => ({ url: server.url, database, user: server.admin.name, password: server.admin.password, passphrase });

  it('Chromium turns sync on with its people, Firefox turns it on and receives them', async () => {
    chromiumSettings = await chromium.context.newPage();
    await chromiumSettings.goto(`chrome-extension://${chromium.extensionId}/options.html#settings`);
    const added = await chromiumSettings.evaluate((data) => chrome.runtime.sendMessage({ id: 1, type: 'addContact', data, timestamp: Date.now() }), {
      name: 'Claire Fontaine', notes: 'Cobots in Grenoble; her daughter is called Léa.', emails: ['claire@lumen.example'],
    });
    expect(added).toMatchObject({ res: { ok: true } });
    for (const [name, value] of Object.entries(form())) await chromiumSettings.locator(`form.sync-form input[name=${name}]`).fill(value);
    chromium.offSite.allowSyncServer(server.url);
    await chromiumSettings.getByRole('button', { name: 'Turn on sync' }).click();
    await chromiumSettings.getByText(/^Synced at /).waitFor();

    const site = await firefox.newPage();
    await site.goto('https://www.linkedin.com/in/marc-lefebvre/');
    firefoxSettings = await openExtensionPage(firefox, await sidebarFrame(site), 'options.html#settings');
    await waitForText(firefoxSettings, 'Sync between your computers');
    for (const [name, value] of Object.entries(form())) {
      const field = `form.sync-form input[name=${name}]`;
      await firefoxSettings.$eval(field, (input) => ((input as HTMLInputElement).value = ''));
      await firefoxSettings.type(field, value);
    }
    // A real click: the browser gives an optional permission only in answer to the person's action.
    await firefoxSettings.click('form.sync-form button[type=submit]');
    await waitForText(firefoxSettings, 'Sync now');
    // The suite suspends an idle event page after 1 s: "Sync now" (its answer keeps the page up
    // until the exchange is over) finishes what the first exchange may have left half done.
    await sendCommand(firefoxSettings, 'syncNow', {});
    await waitForText(firefoxSettings, /Synced at /);
    const [claire] = await sendCommand<{ notes: string; emails: string[] }[]>(firefoxSettings, 'findContacts', { query: 'Claire Fontaine' });
    expect(claire).toMatchObject({ notes: 'Cobots in Grenoble; her daughter is called Léa.', emails: ['claire@lumen.example'] });
  });

  it('a person added in Firefox appears in Chromium', async () => {
    await sendCommand(firefoxSettings, 'addContact', { name: 'Jonas Weber', notes: 'Hamburg, logistics; plays chess.' });
    // "Sync now" answers once its exchange is over: Firefox's push, then Chromium's pull.
    await sendCommand(firefoxSettings, 'syncNow', {});
    await chromiumSettings.evaluate(() => chrome.runtime.sendMessage({ id: 2, type: 'syncNow', data: {}, timestamp: Date.now() }));
    const answer = (await chromiumSettings.evaluate(() => chrome.runtime.sendMessage({ id: 3, type: 'findContacts', data: { query: 'Jonas' }, timestamp: Date.now() }))) as { res: { ok: boolean; value: { notes: string }[] } };
    expect(answer.res.value.map((c) => c.notes)).toEqual(['Hamburg, logistics; plays chess.']);
  });

  it('with only its Settings page open, Firefox shows by itself what Chromium writes — its event page suspended in between', async () => {
    // Settings alone: the profile it was opened from (whose sidebar holds a port too) closed.
    for (const page of await firefox.browser.pages()) if (page !== firefoxSettings && page.url().startsWith('https:')) await page.close();
    // The suite suspends an idle event page after 1 s: the page's port drops, and opening it again wakes it.
    await expect.poll(() => backgroundLoaded(firefoxSettings), { timeout: 30_000, interval: 50 }).toBe(false);
    await chromiumSettings.evaluate(() => chrome.runtime.sendMessage({ id: 4, type: 'addContact', data: { name: 'Nadia Benali' }, timestamp: Date.now() }));
    await chromiumSettings.evaluate(() => chrome.runtime.sendMessage({ id: 5, type: 'syncNow', data: {}, timestamp: Date.now() }));
    // Read in the page's own IndexedDB: a message to the background would wake it and prove nothing.
    // Before the minute alarm: the live feed of a page's wake-up brings it.
    await expect.poll(() => firefoxSettings.evaluate(contactsHere, 'names' as const), { timeout: 30_000, interval: 200 }).toEqual(['Claire Fontaine', 'Jonas Weber', 'Nadia Benali']);
  });

  it('the server holds ids, revisions and ciphertext: no name, note or email', async () => {
    const stored = await (await server.asAdmin(`/${database}/_all_docs?include_docs=true`)).text();
    // Claire, Jonas, Nadia, the person's settings and the key.
    expect((JSON.parse(stored) as { rows: unknown[] }).rows).toHaveLength(5);
    expect(stored).toContain('maille-key');
    for (const plain of ['Claire', 'Fontaine', 'Cobots', 'Léa', 'claire@lumen.example', 'Jonas', 'Hamburg', 'chess', 'Nadia', 'Benali', 'contacts', 'templates']) expect(stored).not.toContain(plain);
    expect(chromium.offSite.urls).toEqual([]);
  });
});
