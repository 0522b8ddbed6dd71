import { readFileSync } from 'node:fs';
import { backgroundState } from './pages/extension-pages';
import { ProfilePage } from './pages/profile-page';
import { expect, test } from './support/fixtures';

// Every byte back: a full backup downloaded, everything deleted, the backup restored.
test('download a backup, delete everything, restore it: the notes are back on the profile', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/');
  await profile.addToMaille({ event: 'Mobile Monday Lyon', date: '2026-11-02' });
  await profile.writeNotes('Years of notes: cobots, Grenoble labs, her daughter’s name is Léa.');

  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#data`);
  const data = dashboard.getByRole('region', { name: 'Data' });
  const [download] = await Promise.all([dashboard.waitForEvent('download'), data.getByRole('button', { name: 'Download a full backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^maille-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  expect(JSON.parse(readFileSync(file, 'utf8')).contacts[0].notes).toBe('Years of notes: cobots, Grenoble labs, her daughter’s name is Léa.');

  await data.getByRole('button', { name: 'Delete all my data…' }).click();
  const confirm = data.getByRole('alertdialog', { name: 'Delete all my data' });
  await expect(confirm).toContainText('This deletes 1 contacts, 0 interactions, 1 events, 0 introductions, 0 news walks and your settings');
  await confirm.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(data.getByRole('status')).toHaveText('Everything was deleted.');
  await profile.page.reload();
  await expect((await profile.region()).getByRole('button', { name: 'Add to Maille' })).toBeVisible();

  // A damaged file changes nothing and says where.
  await data.getByLabel('Backup file (.json)').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(readFileSync(file, 'utf8').slice(0, 120)) });
  await expect(data.getByRole('alert')).toHaveText(/not JSON \(maybe cut short\)\. Nothing was changed\./);

  await data.getByLabel('Backup file (.json)').setInputFiles(file);
  await expect(data.getByText(/This backup holds 1 contacts, 0 interactions, 1 events/)).toBeVisible();
  await data.getByRole('button', { name: 'Replace everything with this backup' }).click();
  await expect(data.getByRole('status')).toHaveText('Backup restored.');
  await profile.page.reload();
  await expect((await profile.region()).getByRole('textbox', { name: 'Notes' })).toHaveValue('Years of notes: cobots, Grenoble labs, her daughter’s name is Léa.');
});

test('the background stopped between reading the backup and the confirmation: the restore still happens', async ({ ext }) => {
  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#data`);
  const data = dashboard.getByRole('region', { name: 'Data' });
  const backup = { format: 'maille-backup', version: 1, exportedAt: '2026-11-26T10:00:00.000Z', contacts: [{ id: 'c1', name: 'Claire Fontaine', nameKey: 'claire fontaine', emails: [], tags: [], notes: 'Back from the file.', profiles: [], profileKeys: [], cadenceDays: null, createdAt: 1, updatedAt: 1 }], interactions: [], events: [], introductions: [], observations: [], news: [] };
  await data.getByLabel('Backup file (.json)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(data.getByText(/This backup holds 1 contacts/)).toBeVisible();
  // The worker goes (idle for 30 s, or stopped by the browser): it forgets what it read.
  const cdp = await ext.context.newCDPSession(dashboard);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(ext.extensionId))!;
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await data.getByRole('button', { name: 'Replace everything with this backup' }).click();
  await expect(data.getByRole('status')).toHaveText('Backup restored.');
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#contacts`);
  await expect(dashboard.getByText('Claire Fontaine')).toBeVisible();
});

test('the background stopped while writing a 20,000-contact restore: nothing is half-written, the file is sent again and the restore completes', async ({ ext }) => {
  test.setTimeout(240_000);
  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#data`);
  const data = dashboard.getByRole('region', { name: 'Data' });
  const contacts = Array.from({ length: 20_000 }, (_, i) => ({ id: `c${i}`, name: `Person ${i}`, nameKey: `person ${i}`, emails: [], tags: [], notes: 'Back from the file.', profiles: [], profileKeys: [`linkedin:person-${i}`], cadenceDays: null, createdAt: 1, updatedAt: 1 }));
  const backup = { format: 'maille-backup', version: 1, exportedAt: '2026-11-26T10:00:00.000Z', contacts, interactions: [], events: [], introductions: [], observations: [], news: [] };
  await data.getByLabel('Backup file (.json)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(data.getByText(/This backup holds 20000 contacts/)).toBeVisible();
  await data.getByRole('button', { name: 'Replace everything with this backup' }).click();
  await dashboard.waitForTimeout(300); // writing, in one transaction
  const cdp = await ext.context.newCDPSession(dashboard);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(ext.extensionId));
  if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await expect(data.getByRole('status')).toHaveText('Backup restored.', { timeout: 60_000 });
  await expect(data.getByRole('alert')).toHaveCount(0);
  const stored = await dashboard.evaluate(() => new Promise<string[]>((resolve) => {
    const open = indexedDB.open('maille');
    open.onsuccess = () => {
      const request = open.result.transaction('contacts').objectStore('contacts').getAllKeys();
      request.onsuccess = () => resolve(request.result as string[]);
    };
  }));
  expect(stored).toHaveLength(20_000);
  expect(new Set(stored).size).toBe(20_000);
});

// The privacy promise: "Delete all my data" leaves nothing anywhere, the undo copy of a person deleted before included.
test('a person deleted (undo offered), then everything deleted: nothing of them is left in any storage', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/');
  await profile.addToMaille({ event: 'Mobile Monday Lyon', date: '2026-11-02' });
  await profile.writeNotes('Her daughter Léa starts at the Grenoble conservatoire.');

  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#contacts`);
  await dashboard.getByRole('link', { name: 'Claire Fontaine' }).click();
  await dashboard.getByRole('button', { name: 'Delete this contact' }).click();
  await expect(dashboard.getByRole('status').filter({ hasText: 'Contact deleted.' })).toContainText(/Undo until \d{1,2}:\d{2}/);
  // The undo copy holds her notes: that is what must not outlive "Delete all my data".
  await expect.poll(() => backgroundState.everything(dashboard)).toContain('Grenoble conservatoire');

  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#data`);
  const data = dashboard.getByRole('region', { name: 'Data' });
  await data.getByRole('button', { name: 'Delete all my data…' }).click();
  await data.getByRole('alertdialog', { name: 'Delete all my data' }).getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(data.getByRole('status')).toHaveText('Everything was deleted.');
  const left = await backgroundState.everything(dashboard);
  for (const trace of ['Claire', 'Fontaine', 'claire-fontaine-4a5b6c', 'Léa', 'Grenoble', 'Mobile Monday']) expect(left).not.toContain(trace);
});
