import { expect, type Page } from '@playwright/test';
import type { LaunchedExtension } from '../../e2e/support/launch';
import type { SyncServer } from '../../support/sync-server';

/** Settings → Sync, filled and sent, in `page`; answers when the first exchange is over. */
export async function turnOnSync(ext: LaunchedExtension, page: Page, server: SyncServer, database: string): Promise<void> {
  await page.goto(`chrome-extension://${ext.extensionId}/options.html#settings`);
  const form = { url: server.url, database, user: server.admin.name, password: server.admin.password, passphrase: 'correct horse battery staple' };
  for (const [name, value] of Object.entries(form)) await page.locator(`form.sync-form input[name=${name}]`).fill(value);
  ext.offSite.allowSyncServer(server.url);
  await page.getByRole('button', { name: 'Turn on sync' }).click();
  await expect(page.getByText(/^Synced at /)).toBeVisible({ timeout: 600_000 });
}

