import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { seedNetwork } from '../bench/support/network';
import { contactsHere } from '../support/extension-db';
import { startNetworkLink, startSyncServer, type NetworkLink, type SyncServer } from '../support/sync-server';
import { changeSettings, dashboardWithImportedConnections, sendProtocolMessage } from './pages/extension-pages';
import { ProfilePage } from './pages/profile-page';
import { extensionWith, launchExtension, type LaunchedExtension } from './support/launch';
import { newKey } from '../../sync/envelope';

/**
 * Two browser profiles as two computers syncing through a CouchDB-compatible server on loopback
 * (issue 22; tests/support/sync-server.ts says which and why). Each turns sync on through
 * Settings → Sync as a person would; nothing is sent before that (the request recorder).
 */
const CLAIRE = 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/';
const PASSPHRASE = 'correct horse battery staple';

/**
 * One computer: the extension in its own browser profile, the server's origin granted (launch.ts
 * says why). Closed after the test, which then checks that nothing went anywhere but the three
 * sites and, once sync was turned on, the server.
 */
async function computer(provide: (ext: LaunchedExtension) => Promise<void>): Promise<void> {
  const ext = await launchExtension({ grantedOrigins: ['http://127.0.0.1/*'] });
  await provide(ext);
  await ext.close();
  expect(ext.offSite.urls, 'requests to anything but the three sites and the sync server').toEqual([]);
}

/** Two computers, each started when a test first asks for it. */
const test = base.extend<{ laptop: LaunchedExtension; desktop: LaunchedExtension }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  laptop: async ({}, provide) => computer(provide),
  // eslint-disable-next-line no-empty-pattern -- as above
  desktop: async ({}, provide) => computer(provide),
});

let server: SyncServer;
test.beforeAll(async () => {
  server = await startSyncServer();
});
test.afterAll(() => server?.stop());


async function settings(ext: LaunchedExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html#settings`);
  return page;
}

/** Settings → Sync, filled and sent; answers the section. */
async function turnOnSync(ext: LaunchedExtension, database: string, { passphrase = PASSPHRASE, url = server.url } = {}) {
  const page = await settings(ext);
  const section = page.getByRole('region', { name: 'Sync between your computers' });
  await section.getByLabel('Server address').fill(url);
  await section.getByLabel('Database').fill(database);
  await section.getByLabel('User name').fill(server.admin.name);
  await section.getByLabel('Password', { exact: true }).fill(server.admin.password);
  await section.getByLabel('Sync passphrase').fill(passphrase);
  ext.offSite.allowSyncServer(url);
  await section.getByRole('button', { name: 'Turn on sync' }).click();
  return section;
}

/** The ids of the server's documents (read as the admin). */
async function serverIds(database: string): Promise<string[]> {
  return ((await (await server.asAdmin(`/${database}/_all_docs`)).json()) as { rows: { id: string }[] }).rows.map((row) => row.id);
}

/** One computer with Claire in it, sync turned on and done; answers its Settings page and section. */
async function syncedWithClaire(ext: LaunchedExtension, database: string) {
  const page = await settings(ext);
  await sendProtocolMessage(page, 'addContact', { name: 'Claire Fontaine', notes: 'Cobots.' });
  const section = await turnOnSync(ext, database);
  await expect(section.getByRole('status')).toHaveText(/^Synced at /);
  return { page, section };
}

/** Everything the server's database holds, as its own API gives it (what a server's owner reads). */
async function serverText(database: string): Promise<string> {
  return (await server.asAdmin(`/${database}/_all_docs?include_docs=true`)).text();
}

test('a person, notes and the person’s settings on one computer appear on the other; the server holds only ciphertext', async ({ laptop, desktop }) => {
  const database = `maille-${Date.now()}`;
  // The person's name (it signs the drafts) syncs; quiet hours belong to each computer.
  await changeSettings(laptop.context, laptop.extensionId, async (page) => {
    await page.getByLabel('Your name (signs the drafts)').fill('Anne Moreau');
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('06:30');
  });
  const on = await turnOnSync(laptop, database);
  await expect(on.getByRole('status')).toHaveText(/^Synced at /);

  const profile = await ProfilePage.open(laptop.context, CLAIRE);
  await profile.addToMaille({ event: 'Mobile Monday Lyon', date: '2026-11-02' });
  await profile.writeNotes('Cobots in Grenoble; her daughter is called Léa.');

  const second = await turnOnSync(desktop, database);
  await expect(second.getByRole('status')).toHaveText(/^Synced at /);
  const there = await ProfilePage.open(desktop.context, CLAIRE);
  await expect((await there.region()).getByRole('textbox', { name: 'Notes' })).toHaveValue('Cobots in Grenoble; her daughter is called Léa.');
  const desktopSettings = await settings(desktop);
  await expect(desktopSettings.getByLabel('Your name (signs the drafts)')).toHaveValue('Anne Moreau');
  await expect(desktopSettings.getByRole('textbox', { name: 'To', exact: true })).toHaveValue('08:00');

  const stored = await serverText(database);
  expect(stored).toContain('maille-key');
  for (const plain of ['Claire', 'Fontaine', 'Cobots', 'Léa', 'Mobile Monday', 'linkedin', 'contacts', 'Anne', 'Moreau']) expect(stored).not.toContain(plain);
  expect(laptop.offSite.toSyncServer.length).toBeGreaterThan(0);
});

test('a wrong passphrase is refused in words, and nothing here changes', async ({ laptop, desktop }) => {
  const database = `maille-${Date.now()}`;
  await expect((await turnOnSync(laptop, database)).getByRole('status')).toHaveText(/^Synced at /);
  const refused = await turnOnSync(desktop, database, { passphrase: 'another passphrase entirely' });
  await expect(refused.getByRole('alert')).toHaveText('This passphrase does not open this database: it was set up with another one. Nothing was changed here.');
  await expect(refused.getByRole('button', { name: 'Turn on sync' })).toBeVisible();
});

/**
 * "Sync now", and its end: the button is disabled from the click until the background answered,
 * which it does once the exchange (or the one under way, and then this one) is over.
 */
async function syncNow(section: Awaited<ReturnType<typeof turnOnSync>>) {
  const button = section.getByRole('button', { name: 'Sync now' });
  await button.click();
  await expect(button).toBeEnabled();
}

/** The notes of the person on the profile, read afresh (the page loaded again). */
async function notesOn(profile: ProfilePage) {
  await profile.page.reload();
  return (await profile.region()).getByRole('textbox', { name: 'Notes' });
}

/**
 * Claire added with a line of notes on the laptop, whose sync goes through `link`, then received
 * by the desktop, whose sync goes to `desktopUrl`: both Sync sections and both of Claire's profiles.
 */
async function claireOnBoth(laptop: LaunchedExtension, desktop: LaunchedExtension, database: string, link: NetworkLink, desktopUrl: string) {
  const laptopSync = await turnOnSync(laptop, database, { url: link.url });
  await expect(laptopSync.getByRole('status')).toHaveText(/^Synced at /);
  const mine = await ProfilePage.open(laptop.context, CLAIRE);
  await mine.addToMaille();
  await mine.writeNotes('Met in Lyon.');
  const desktopSync = await turnOnSync(desktop, database, { url: desktopUrl });
  await expect(desktopSync.getByRole('status')).toHaveText(/^Synced at /);
  const theirs = await ProfilePage.open(desktop.context, CLAIRE);
  await expect((await theirs.region()).getByRole('textbox', { name: 'Notes' })).toHaveValue('Met in Lyon.');
  return { laptopSync, desktopSync, mine, theirs };
}

test('edits on both computers while the server is unreachable: said in words, merged alike on both (both lines kept), a field set twice shown to choose', async ({ laptop, desktop }) => {
  const database = `maille-${Date.now()}`;
  const link = await startNetworkLink(server.url);
  try {
    const { laptopSync, desktopSync, mine, theirs } = await claireOnBoth(laptop, desktop, database, link, link.url);

    link.cut();
    await mine.writeNotes('Met in Lyon.\nSend the deck.');
    await theirs.writeNotes('Met in Lyon.\nCall in May.');
    // And one field set to two values: a monthly rhythm here, a yearly one there.
    for (const [profile, days] of [[mine, '30'], [theirs, '365']] as const) {
      const cadence = (await profile.region()).getByLabel('Keep in touch');
      await cadence.selectOption(days);
      await expect(cadence).toHaveValue(days);
    }
    await syncNow(laptopSync);
    await expect(laptopSync.getByRole('status')).toHaveText(/^1 change waiting\. Nothing answers at this address\. .* Maille tries again every minute\.$/);

    link.mend();
    for (const section of [laptopSync, desktopSync, laptopSync]) {
      await syncNow(section);
      await expect(section.getByRole('status')).toHaveText(/^Synced at /);
    }
    await expect(await notesOn(mine)).toHaveValue('Met in Lyon.\nCall in May.\nSend the deck.');
    await expect(await notesOn(theirs)).toHaveValue('Met in Lyon.\nCall in May.\nSend the deck.');

    // The computer that merged shows both rhythms; the person takes the other one, and both follow.
    const card = (await theirs.region()).getByRole('group', { name: 'Changed on two computers while apart' });
    await expect(card).toContainText('Keep in touch: “Every year” is kept; the other computer had “Every month”.');
    await card.getByRole('button', { name: 'Use “Every month”' }).click();
    await expect(card).toHaveCount(0);
    await syncNow(desktopSync);
    await syncNow(laptopSync);
    await mine.page.reload();
    await expect((await mine.region()).getByLabel('Keep in touch')).toHaveValue('30');
  } finally {
    await link.stop();
  }
});

test('an event given two places while apart: merged alike, its page on the computer that merged shows both; the one taken goes to both', async ({ laptop, desktop }) => {
  const database = `maille-${Date.now()}`;
  const link = await startNetworkLink(server.url);
  try {
    const laptopSync = await turnOnSync(laptop, database, { url: link.url });
    await expect(laptopSync.getByRole('status')).toHaveText(/^Synced at /);
    const made = (await sendProtocolMessage(laptopSync.page(), 'addEvent', { name: 'Mobile Monday', date: '2026-11-30', place: 'Lyon' })) as { ok: true; value: { id: string } };
    await syncNow(laptopSync);
    const desktopSync = await turnOnSync(desktop, database, { url: link.url });
    await expect(desktopSync.getByRole('status')).toHaveText(/^Synced at /);
    const eventPage = async (ext: LaunchedExtension) => {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/options.html#event/${made.value.id}`);
      await expect(page.getByRole('heading', { name: 'Mobile Monday' })).toBeVisible();
      return page;
    };
    const [mine, theirs] = [await eventPage(laptop), await eventPage(desktop)];

    link.cut();
    for (const [page, place] of [[mine, 'Villeurbanne'], [theirs, 'Grenoble']] as const) {
      await sendProtocolMessage(page, 'updateEvent', { id: made.value.id, patch: { place } });
      await expect(page.getByText(place)).toBeVisible();
    }
    link.mend();
    for (const section of [laptopSync, desktopSync, laptopSync]) {
      await syncNow(section);
      await expect(section.getByRole('status')).toHaveText(/^Synced at /);
    }
    // One place kept, the same on both (whichever CouchDB's winner held); the desktop merged, and shows both.
    const kept = (await mine.getByText(/^30 November 2026 · /).textContent())!;
    await expect(theirs.getByText(kept)).toBeVisible();
    const [keptPlace, otherPlace] = kept.includes('Grenoble') ? ['Grenoble', 'Villeurbanne'] : ['Villeurbanne', 'Grenoble'];
    const card = theirs.getByRole('group', { name: 'Changed on two computers while apart' });
    await expect(card).toContainText(`Place: “${keptPlace}” is kept; the other computer had “${otherPlace}”.`);
    await card.getByRole('button', { name: `Use “${otherPlace}”` }).click();
    await expect(card).toHaveCount(0);
    await syncNow(desktopSync);
    await syncNow(laptopSync);
    await expect(mine.getByText(`30 November 2026 · ${otherPlace}`)).toBeVisible();
    await expect(theirs.getByText(`30 November 2026 · ${otherPlace}`)).toBeVisible();
  } finally {
    await link.stop();
  }
});

test('a person edited here while an exchange brings the other computer’s edit of them: both kept, on both', async ({ laptop, desktop }) => {
  const database = `maille-${Date.now()}`;
  const link = await startNetworkLink(server.url);
  try {
    // The desktop straight to the server: only the laptop's requests go through the link.
    const { laptopSync, desktopSync, mine, theirs } = await claireOnBoth(laptop, desktop, database, link, server.url);

    // The laptop's next pull (its live feed's, or Sync now's) is held after the server answered
    // what changed and before the desktop's edit reaches the laptop's database: the person writes
    // on the laptop then, and the pull goes on.
    const held = link.hold(/_bulk_get|open_revs/);
    await theirs.writeNotes('Met in Lyon.\nCall in May.');
    await syncNow(desktopSync);
    await laptopSync.getByRole('button', { name: 'Sync now' }).click();
    await held;
    await mine.writeNotes('Met in Lyon.\nSend the deck.');
    link.release();

    for (const section of [laptopSync, desktopSync]) {
      await syncNow(section);
      await expect(section.getByRole('status')).toHaveText(/^Synced at /);
    }
    await expect(await notesOn(mine)).toHaveValue('Met in Lyon.\nCall in May.\nSend the deck.');
    await expect(await notesOn(theirs)).toHaveValue('Met in Lyon.\nCall in May.\nSend the deck.');
  } finally {
    link.release();
    await link.stop();
  }
});

/** The dashboard's contacts table, and its rows (the header one included). */
async function contactRows(ext: LaunchedExtension) {
  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#contacts`);
  const contacts = dashboard.getByRole('region', { name: /^Contacts/ });
  return { dashboard, contacts, rows: contacts.getByRole('table').getByRole('row') };
}

test('a merge, a deletion and an undo on one computer happen on the other', async ({ laptop, desktop }) => {
  const database = `maille-${Date.now()}`;
  const imported = await dashboardWithImportedConnections(laptop.context, laptop.extensionId);
  await sendProtocolMessage(imported, 'addContact', { name: 'Marc LEFEBVRE', emails: ['marc@brume.example'] });
  const laptopSync = await turnOnSync(laptop, database);
  await expect(laptopSync.getByRole('status')).toHaveText(/^Synced at /);
  const desktopSync = await turnOnSync(desktop, database);
  await expect(desktopSync.getByRole('status')).toHaveText(/^Synced at /);
  const there = await contactRows(desktop);
  await expect(there.rows).toHaveCount(7);

  const here = await contactRows(laptop);
  await here.contacts.locator('summary', { hasText: 'Possible duplicates (1)' }).click();
  await here.contacts.locator('.duplicates').getByRole('listitem').getByRole('button', { name: 'Merge' }).click();
  await expect(here.contacts.getByText('Marc LEFEBVRE merged into Marc Lefebvre.')).toBeVisible();
  await here.contacts.getByRole('link', { name: 'Claire Fontaine' }).click();
  await here.dashboard.getByRole('region', { name: 'Claire Fontaine' }).getByRole('button', { name: 'Delete this contact' }).click();
  await expect(here.dashboard.getByText('Contact deleted.')).toBeVisible();

  await syncNow(laptopSync);
  await syncNow(desktopSync);
  await expect(there.rows).toHaveCount(5);
  await expect(there.contacts.getByRole('link', { name: 'Claire Fontaine' })).toHaveCount(0);
  await expect(there.contacts.getByRole('link', { name: 'Marc LEFEBVRE', exact: true })).toHaveCount(0);

  // Undone here (the deletion), undone there.
  await here.dashboard.getByRole('button', { name: 'Undo' }).click();
  await expect(here.dashboard.getByRole('region', { name: 'Claire Fontaine' })).toBeVisible();
  await syncNow(laptopSync);
  await syncNow(desktopSync);
  await expect(there.contacts.getByRole('link', { name: 'Claire Fontaine' })).toBeVisible();
  await expect(there.rows).toHaveCount(6);
});

test('the popup says how sync stands; "Delete all my data" asks about the server’s copy, and deletes it when asked', async ({ laptop }) => {
  const database = `maille-${Date.now()}`;
  const profile = await ProfilePage.open(laptop.context, CLAIRE);
  await profile.addToMaille();
  await expect((await turnOnSync(laptop, database)).getByRole('status')).toHaveText(/^Synced at /);
  const popup = await laptop.context.newPage();
  await popup.goto(`chrome-extension://${laptop.extensionId}/popup.html`);
  await expect(popup.getByText(/^Synced at /)).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Sync now' })).toBeVisible();
  expect((await server.asAdmin(`/${database}`)).status).toBe(200);

  const dataPage = await laptop.context.newPage();
  await dataPage.goto(`chrome-extension://${laptop.extensionId}/options.html#data`);
  const data = dataPage.getByRole('region', { name: 'Data' });
  await data.getByRole('button', { name: 'Delete all my data…' }).click();
  const confirm = data.getByRole('alertdialog', { name: 'Delete all my data' });
  await expect(confirm).toContainText('Sync is turned off on this computer first');
  await confirm.getByLabel('Also delete the copy on the sync server (your other computers keep theirs)').check();
  await confirm.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(data.getByRole('status')).toHaveText('Everything was deleted.');
  expect((await server.asAdmin(`/${database}`)).status).toBe(404);
  // Sync is off here: the form again, and the popup says nothing of it.
  const again = await settings(laptop);
  await expect(again.getByRole('button', { name: 'Turn on sync' })).toBeVisible();
  await popup.reload();
  await expect(popup.getByRole('button', { name: 'Sync now' })).toHaveCount(0);
});

test('while a Maille page is open, what the other computer writes shows by itself (no Sync now, before the minute alarm)', async ({ laptop, desktop }) => {
  const database = `maille-${Date.now()}`;
  await expect((await turnOnSync(laptop, database)).getByRole('status')).toHaveText(/^Synced at /);
  await expect((await turnOnSync(desktop, database)).getByRole('status')).toHaveText(/^Synced at /);
  const there = await contactRows(desktop);
  await expect(there.contacts.getByText(/^No contacts yet/)).toBeVisible();

  const page = await settings(laptop);
  await sendProtocolMessage(page, 'addContact', { name: 'Jonas Weber', notes: 'Hamburg, logistics.' });
  await expect(there.contacts.getByRole('link', { name: 'Jonas Weber' })).toBeVisible();
});

test('a stopped background woken by any Maille page (Settings here) catches up at once with what changed meanwhile', async ({ laptop, desktop }) => {
  const database = `maille-${Date.now()}`;
  await expect((await turnOnSync(laptop, database)).getByRole('status')).toHaveText(/^Synced at /);
  const desktopSync = await turnOnSync(desktop, database);
  await expect(desktopSync.getByRole('status')).toHaveText(/^Synced at /);
  // Only a page's wake-up may bring it (no minute alarm), and the last exchange is recent (no
  // catch-up for staleness): what brings it is the live feed, started where the last pull ended.
  await desktop.worker.evaluate(() => chrome.alarms.clear('maille:sync'));
  await syncNow(desktopSync);
  const documents = async () => (await serverIds(database)).length;
  const before = await documents();
  for (const page of desktop.context.pages()) await page.close();
  const blank = await desktop.context.newPage();
  const cdp = await desktop.context.newCDPSession(blank);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(desktop.extensionId))!;
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });

  const page = await settings(laptop);
  await sendProtocolMessage(page, 'addContact', { name: 'Jonas Weber', notes: 'Hamburg, logistics.' });
  await expect.poll(documents).toBe(before + 1);

  const there = await settings(desktop);
  await expect.poll(() => there.evaluate(contactsHere, 'names' as const)).toEqual(['Jonas Weber']);
});

test('the background stopped in the middle of a first upload: sync resumes by itself, nothing lost, nothing twice', async ({ laptop }) => {
  // Resumed at the next wake-up: a page's port, or the minute alarm at the latest.
  test.setTimeout(300_000);
  const database = `maille-${Date.now()}`;
  const page = await settings(laptop);
  await seedNetwork(laptop.worker, 1000);
  const section = await turnOnSync(laptop, database);
  // The worker goes while it seals and sends 1,000 people with 10,000 interactions (stopped by
  // the browser, or idle).
  await expect(section.getByRole('status')).toHaveText('Syncing…');
  const cdp = await laptop.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(laptop.extensionId))!;
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  // The next wake-up (the minute alarm at the latest) catches up.
  await expect(section.getByRole('status')).toHaveText(/^Synced at /, { timeout: 240_000 });
  const ids = await serverIds(database);
  // 1,000 people (their interactions in their documents), the settings and the key: each once.
  expect(ids).toHaveLength(1002);
  expect(new Set(ids).size).toBe(1002);
});

test('the browser closed in the middle of a first upload and opened again: sync resumes by itself, nothing lost, nothing twice', async () => {
  test.setTimeout(300_000);
  const database = `maille-${Date.now()}`;
  const profileDir = mkdtempSync(join(tmpdir(), 'maille-sync-restart-'));
  const extension = extensionWith(['http://127.0.0.1/*']);
  try {
    const first = await launchExtension({ userDataDir: profileDir, extension });
    await settings(first);
    await seedNetwork(first.worker, 1000);
    await expect((await turnOnSync(first, database)).getByRole('status')).toHaveText('Syncing…');
    await first.close();
    expect(first.offSite.urls).toEqual([]);

    const again = await launchExtension({ userDataDir: profileDir, extension });
    try {
      again.offSite.allowSyncServer(server.url);
      // Its start (or the page's wake-up, at the latest the minute alarm) resumes.
      const section = (await settings(again)).getByRole('region', { name: 'Sync between your computers' });
      await expect(section.getByRole('status')).toHaveText(/^Synced at /, { timeout: 240_000 });
      // 1,000 people (their interactions in their documents), the settings and the key: each once.
      const ids = await serverIds(database);
      expect(ids).toHaveLength(1002);
      expect(new Set(ids).size).toBe(1002);
    } finally {
      await again.close();
    }
    // Before the test let requests through, the browser's start tried the server sync is on with, and nothing else.
    expect(again.offSite.urls.filter((url) => new URL(url).origin !== server.url)).toEqual([]);
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
    extension.remove();
  }
});

test('the server’s database deleted: said in words, and everything goes up again when the person chooses', async ({ laptop }) => {
  const database = `maille-${Date.now()}`;
  const { section } = await syncedWithClaire(laptop, database);
  expect((await server.asAdmin(`/${database}`, { method: 'DELETE' })).ok).toBe(true);

  await syncNow(section);
  await expect(section.getByRole('status')).toHaveText(/^The server no longer has this database: it was deleted, or the server lost it\./);
  await section.getByRole('button', { name: 'Upload everything again' }).click();
  await expect(section.getByRole('status')).toHaveText(/^Synced at /);
  await expect(section.getByRole('button', { name: 'Upload everything again' })).toHaveCount(0);
  // Claire, the settings and the key.
  expect(await serverIds(database)).toHaveLength(3);
});

test('the server’s database replaced by one with another key: said in words, nothing sent to it until the person uploads again', async ({ laptop }) => {
  const database = `maille-${Date.now()}`;
  const { page, section } = await syncedWithClaire(laptop, database);
  // Someone made the database again, with another passphrase's key.
  const ours = (await (await server.asAdmin(`/${database}/maille-key`)).json()) as { salt: string };
  await server.asAdmin(`/${database}`, { method: 'DELETE' });
  await server.asAdmin(`/${database}`, { method: 'PUT' });
  const { check } = await newKey('somebody else’s passphrase');
  await server.asAdmin(`/${database}/maille-key`, { method: 'PUT', body: JSON.stringify(check) });

  // The page follows the server's changes: the next exchange finds the key changed, and says so.
  await sendProtocolMessage(page, 'addContact', { name: 'Marc Lefebvre' });
  await expect(section.getByRole('status')).toHaveText(/^1 change waiting\. This database now holds another key: it was replaced by another one\./);
  // Nothing of this computer's went to the other key's database.
  expect(await serverIds(database)).toEqual(['maille-key']);

  await section.getByRole('button', { name: 'Upload everything again' }).click();
  await expect(section.getByRole('status')).toHaveText(/^Synced at /);
  expect(((await (await server.asAdmin(`/${database}/maille-key`)).json()) as { salt: string }).salt).toBe(ours.salt);
  // Claire, Marc, the settings and the key.
  expect(await serverIds(database)).toHaveLength(4);
});

test('documents the server sends that Maille did not seal (garbage, too large) are refused in words; nothing is written here', async ({ laptop }) => {
  const database = `maille-${Date.now()}`;
  const { page, section } = await syncedWithClaire(laptop, database);
  const put = (id: string, body: object) => server.asAdmin(`/${database}/${id}`, { method: 'PUT', body: JSON.stringify(body) });
  await put('garbage', { s: { iv: 'AAAA', data: 'not base64 at all' } });
  await put('huge', { s: { iv: 'AAAAAAAAAAAAAAAA', data: 'A'.repeat(8_000_004) } });

  // The page follows the server's changes: the exchange they start refuses both, and says so.
  await expect(section.getByRole('status')).toHaveText(/^The server sent something Maille did not write/);
  // The database here holds what it held: Claire, nobody else.
  expect(await page.evaluate(contactsHere, 'names' as const)).toEqual(['Claire Fontaine']);
  // Said at every exchange while the server holds them; gone, it is clean again.
  await syncNow(section);
  await expect(section.getByRole('status')).toHaveText(/^The server sent something Maille did not write/);
  for (const id of ['garbage', 'huge']) {
    const { _rev } = (await (await server.asAdmin(`/${database}/${id}`)).json()) as { _rev: string };
    await server.asAdmin(`/${database}/${id}?rev=${_rev}`, { method: 'DELETE' });
  }
  await syncNow(section);
  await expect(section.getByRole('status')).toHaveText(/^Synced at /);
});
