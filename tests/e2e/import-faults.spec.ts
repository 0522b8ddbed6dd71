import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * Faults in the middle of bulk work, with nothing lost: each batch of an import is one
 * transaction (whole or not at all), and importing the file again adds nobody twice.
 */
const ROWS = 30_000;
const BATCH = 3_000; // LIMITS.importBatch

function connections(rows: number): string {
  const file = join(tmpdir(), `maille-faults-${process.pid}-${rows}.csv`);
  const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < rows; i++) lines.push(`Person${i},Lastname${i},https://www.linkedin.com/in/person-${i},,Company ${i % 500},Engineer,12 Jan 2024`);
  writeFileSync(file, lines.join('\r\n'));
  return file;
}

async function stopWorker(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
}

/** The contacts stored, read from a page of the extension (the worker may be gone). */
function contactKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('maille');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('contacts').objectStore('contacts').getAll();
      request.onsuccess = () => {
        resolve((request.result as { profileKeys: string[] }[]).flatMap((c) => c.profileKeys));
        open.result.close();
      };
    };
  }));
}

async function progressDone(page: Page): Promise<number> {
  const text = (await page.getByText(/^Importing: \d+ of/).textContent()) ?? '';
  return Number(/Importing: (\d+)/.exec(text)?.[1] ?? 0);
}

test('the background stopped in the middle of a 30,000-row import: the batch it was writing is sent again, every batch lands whole, nobody twice; importing again adds nobody', async ({ ext }) => {
  test.setTimeout(360_000);
  const csv = connections(ROWS);
  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#data`);
  const data = dashboard.getByRole('region', { name: 'Data' });
  const summary = data.getByRole('status').filter({ hasText: 'Added' });
  await data.getByLabel('Connections.csv').setInputFiles(csv);
  await expect.poll(() => progressDone(dashboard), { timeout: 60_000 }).toBeGreaterThanOrEqual(2 * BATCH);
  await stopWorker(ext.context, dashboard, ext.extensionId);

  await expect(summary).toBeVisible({ timeout: 60_000 });
  await expect(data.getByRole('alert')).toHaveCount(0);
  // A batch the worker had written before it stopped counts as updated when sent again.
  const [added, updated] = /Added (\d+), updated (\d+)/.exec((await summary.textContent()) ?? '')!.slice(1).map(Number);
  expect(added! + updated!).toBe(ROWS);
  expect(updated! % BATCH).toBe(0);
  const keys = await contactKeys(dashboard);
  expect(keys.length).toBe(ROWS);
  expect(new Set(keys).size).toBe(ROWS);

  await data.getByLabel('Connections.csv').setInputFiles([]);
  await data.getByLabel('Connections.csv').setInputFiles(csv);
  await expect(summary).toContainText(`Added 0, updated ${ROWS}.`, { timeout: 120_000 });
  expect((await contactKeys(dashboard)).length).toBe(ROWS);
});

/** Makes the worker's IndexedDB refuse writes after `allowed` more puts, as a full disk would. */
async function fillTheDisk(worker: Worker, allowed: number): Promise<void> {
  await worker.evaluate((allowed) => {
    const put = IDBObjectStore.prototype.put;
    let left = allowed;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'contacts' && left-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  }, allowed);
}

test('a write refused mid-import (the disk is full): the import says at which line it stopped and why, and the database holds whole batches only', async ({ ext }) => {
  test.setTimeout(240_000);
  const csv = connections(4 * BATCH);
  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#data`);
  const data = dashboard.getByRole('region', { name: 'Data' });
  await fillTheDisk(ext.worker, 2 * BATCH + 10);
  await data.getByLabel('Connections.csv').setInputFiles(csv);
  // Rows are on lines 2…: the third batch starts at line 2 + 2 × 3,000.
  await expect(data.getByRole('alert')).toHaveText(`The import stopped at line ${2 + 2 * BATCH}. The disk is full: the browser refused to store more. Free some space and try again. The ${2 * BATCH} rows before it are imported; importing the file again adds nobody twice.`);
  const keys = await contactKeys(dashboard);
  expect(keys.length).toBe(2 * BATCH);
});
