import { expect, type Page } from '@playwright/test';
import type { LaunchedExtension } from '../../e2e/support/launch';
import type { SyncServer } from '../../support/sync-server';

/**
 * Settings → Sync, filled and sent, in `page`; answers when the first exchange is over — waited for
 * in the extension's storage, from the worker: Maille's pages share one main thread, and a locator
 * polled on one of them for a minute (each retry walks the page) was counted in every page's
 * longest task.
 */
export async function turnOnSync(ext: LaunchedExtension, page: Page, server: SyncServer, database: string): Promise<void> {
  await page.goto(`chrome-extension://${ext.extensionId}/options.html#settings`);
  const form = { url: server.url, database, user: server.admin.name, password: server.admin.password, passphrase: 'correct horse battery staple' };
  for (const [name, value] of Object.entries(form)) await page.locator(`form.sync-form input[name=${name}]`).fill(value);
  ext.offSite.allowSyncServer(server.url);
  await page.getByRole('button', { name: 'Turn on sync' }).click();
  const synced = () =>
    ext.worker.evaluate(async () => {
      const status = (await chrome.storage.local.get('maille:syncStatus'))['maille:syncStatus'] as { lastSyncedAt?: number | null; running?: boolean; problem?: string | null } | undefined;
      return Boolean(status?.lastSyncedAt && !status.running && !status.problem);
    });
  await expect.poll(synced, { timeout: 600_000, intervals: [1000] }).toBe(true);
  await expect(page.getByText(/^Synced at /)).toBeVisible({ timeout: 60_000 });
}

