import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { launchExtension, type LaunchedExtension } from '../e2e/support/launch';
import { connectionsCsv, seedNetwork } from './support/network';
import { replaceStraight } from './support/idb-floor';
import { watchLongTasks } from './support/long-tasks';
import { ratioOf, record, wanted } from './support/results';

/** Runs per figure (BENCH_RUNS=1 for a quick look). */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Runs of the figures that take a minute or more each (a restore and its floor). */
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 1);

/** The dashboard's Data section, in a page of its own. */
async function openData(ext: LaunchedExtension): Promise<{ page: Page; data: Locator }> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html#data`);
  return { page, data: page.getByRole('region', { name: 'Data' }) };
}

/** Imports the file; its time to the summary, and the page's longest task meanwhile. */
async function importOnce(page: Page, data: Locator, csv: string): Promise<[number, number]> {
  const longest = await watchLongTasks(page);
  const start = Date.now();
  await data.getByLabel('Connections.csv').setInputFiles(csv);
  await expect(data.getByRole('status').filter({ hasText: 'Added 30000, updated 0' })).toBeVisible({ timeout: 300_000 });
  return [Date.now() - start, await longest()];
}

test('30,000 contacts in and out: Connections.csv import, backup export and restore', async () => {
  test.setTimeout(1_200_000);
  const csv = join(tmpdir(), 'maille-bench-connections.csv');
  writeFileSync(csv, connectionsCsv(30_000));

  if (wanted('importCsv', 'importCsvLongTask')) {
    // Each run in a new browser profile: a network's first import, as a user makes it.
    const times: number[] = [];
    const tasks: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const fresh = await launchExtension();
      try {
        const { page, data } = await openData(fresh);
        const [time, task] = await importOnce(page, data, csv);
        times.push(time);
        tasks.push(task);
      } finally {
        await fresh.close();
      }
    }
    record('importCsv', 'import of a 30,000-row Connections.csv', 'ms', times);
    record('importCsvLongTask', 'longest main-thread task in the dashboard during that import', 'ms', tasks);
  }

  const ext = await launchExtension();
  try {
    const { page, data } = await openData(ext);

    if (wanted('reimportCsv')) {
      // The same import after deleting everything, as a user would (through the background, which
      // then forgets what it knew): the deleted records are still in the database's files until
      // they are compacted, and writes are slower meanwhile. Not budgeted; shown beside.
      const times: number[] = [];
      await importOnce(page, data, csv);
      for (let i = 0; i < RUNS; i++) {
        await data.getByRole('button', { name: 'Delete all my data…' }).click();
        await data.getByRole('button', { name: 'Yes, delete everything' }).click();
        await expect(data.getByText('Everything was deleted.')).toBeVisible();
        await page.reload();
        times.push((await importOnce(page, data, csv))[0]);
      }
      record('reimportCsv', 'the same import after deleting everything (not budgeted)', 'ms', times);
    }

    if (wanted('exportBackup', 'restoreBackup', 'restoreFloor', 'restoreVsFloor', 'restoreLongTask')) {
      await seedNetwork(ext.worker, 30_000);
      await page.reload();
      const exports: number[] = [];
      let file = '';
      for (let i = 0; i < RUNS; i++) {
        const start = Date.now();
        const [download] = await Promise.all([page.waitForEvent('download'), data.getByRole('button', { name: 'Download a full backup' }).click()]);
        file = (await download.path())!;
        exports.push(Date.now() - start);
      }
      record('exportBackup', 'export of a 30,000-contact backup (300,000 interactions)', 'ms', exports);
      const backup = join(tmpdir(), 'maille-bench-backup.json');
      writeFileSync(backup, readFileSync(file));

      // Each restore beside its floor, measured right after it (this machine's load changes from
      // one minute to the next: a ratio holds only within a pair). Slow (a minute or more each):
      // SLOW_RUNS pairs, one unless asked.
      const restores: number[] = [];
      const floors: number[] = [];
      const tasks: number[] = [];
      for (let i = 0; i < SLOW_RUNS; i++) {
        await page.reload();
        const nextLongest = await watchLongTasks(page);
        const start = Date.now();
        await data.getByLabel('Backup file').setInputFiles(backup);
        await data.getByRole('button', { name: 'Replace everything with this backup' }).click();
        await expect(data.getByText('Backup restored.')).toBeVisible({ timeout: 300_000 });
        restores.push(Date.now() - start);
        tasks.push(await nextLongest());
        floors.push(await replaceStraight(ext.worker));
      }
      record('restoreBackup', 'restore of that backup (file chosen to restored: read, checked, written in one transaction)', 'ms', restores);
      record('restoreFloor', 'its floor: the same records replaced straight through IndexedDB (one transaction, no file, no Dexie)', 'ms', floors);
      record('restoreVsFloor', 'restore ÷ its floor, measured in pairs', 'x', restores.map((r, i) => r / floors[i]!), ratioOf(restores, floors));
      record('restoreLongTask', 'longest main-thread task in the dashboard during a restore', 'ms', tasks);
    }
  } finally {
    await ext.close();
  }
});
