import { expect, test, type Page } from '@playwright/test';
import { startSyncServer, type SyncServer } from '../support/sync-server';
import { ProfilePage } from './pages/profile-page';
import { launchExtension, type LaunchedExtension } from './support/launch';

/**
 * Two browser profiles as two computers syncing through a CouchDB-compatible server on loopback
 * (issue 22; tests/support/sync-server.ts says which and why). Each turns sync on through
 * Settings → Sync as a person would; nothing is sent before that (the request recorder).
 */
const CLAIRE = 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/';
const PASSPHRASE = 'correct horse battery staple';

let server: SyncServer;
test.beforeAll(async () => {
  server = await startSyncServer();
});
test.afterAll(() => server?.stop());

/** One computer: the extension in its own browser profile, the server's origin granted (launch.ts says why). */
async function computer(): Promise<LaunchedExtension> {
  return launchExtension({ grantedOrigins: ['http://127.0.0.1/*'] });
}

async function settings(ext: LaunchedExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html#settings`);
  return page;
}

/** Settings → Sync, filled and sent; answers the section. */
async function turnOnSync(ext: LaunchedExtension, database: string, passphrase = PASSPHRASE) {
  const page = await settings(ext);
  const section = page.getByRole('region', { name: 'Sync between your computers' });
  await section.getByLabel('Server address').fill(server.url);
  await section.getByLabel('Database').fill(database);
  await section.getByLabel('User name').fill(server.admin.name);
  await section.getByLabel('Password', { exact: true }).fill(server.admin.password);
  await section.getByLabel('Sync passphrase').fill(passphrase);
  ext.offSite.allowSyncServer(server.url);
  await section.getByRole('button', { name: 'Turn on sync' }).click();
  return section;
}

/** Everything the server's database holds, as its own API gives it (what a server's owner reads). */
async function serverText(database: string): Promise<string> {
  return (await server.asAdmin(`/${database}/_all_docs?include_docs=true`)).text();
}

test('a person and notes added on one computer appear on the other; the server holds only ciphertext', async () => {
  const database = `maille-${Date.now()}`;
  const [laptop, desktop] = [await computer(), await computer()];
  try {
    const on = await turnOnSync(laptop, database);
    await expect(on.getByRole('status')).toHaveText(/^Synced at /);

    const profile = await ProfilePage.open(laptop.context, CLAIRE);
    await profile.addToMaille({ event: 'Mobile Monday Lyon', date: '2026-11-02' });
    await profile.writeNotes('Cobots in Grenoble; her daughter is called Léa.');

    const second = await turnOnSync(desktop, database);
    await expect(second.getByRole('status')).toHaveText(/^Synced at /);
    const there = await ProfilePage.open(desktop.context, CLAIRE);
    await expect((await there.region()).getByRole('textbox', { name: 'Notes' })).toHaveValue('Cobots in Grenoble; her daughter is called Léa.');

    const stored = await serverText(database);
    expect(stored).toContain('maille-key');
    for (const plain of ['Claire', 'Fontaine', 'Cobots', 'Léa', 'Mobile Monday', 'linkedin', 'contacts']) expect(stored).not.toContain(plain);
    expect(laptop.offSite.toSyncServer.length).toBeGreaterThan(0);
  } finally {
    await laptop.close();
    await desktop.close();
  }
  expect(laptop.offSite.urls).toEqual([]);
  expect(desktop.offSite.urls).toEqual([]);
});

test('a wrong passphrase is refused in words, and nothing here changes', async () => {
  const database = `maille-${Date.now()}`;
  const [laptop, desktop] = [await computer(), await computer()];
  try {
    await expect((await turnOnSync(laptop, database)).getByRole('status')).toHaveText(/^Synced at /);
    const refused = await turnOnSync(desktop, database, 'another passphrase entirely');
    await expect(refused.getByRole('alert')).toHaveText('This passphrase does not open this database: it was set up with another one. Nothing was changed here.');
    await expect(refused.getByRole('button', { name: 'Turn on sync' })).toBeVisible();
  } finally {
    await laptop.close();
    await desktop.close();
  }
});
