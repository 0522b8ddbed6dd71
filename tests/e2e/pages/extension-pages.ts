import { join } from 'node:path';
import { expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { everythingStoredInPage } from '../../support/everything-stored';

/** The toolbar popup, opened as a tab (a test cannot click the toolbar button). */
export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 420, height: 640 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return new PopupPage(page);
  }

  group(name: 'Overdue' | 'Today' | 'This week') {
    return this.page.getByRole('region', { name });
  }

  entry(name: string) {
    return this.page.getByRole('listitem').filter({ hasText: name });
  }

  async done(name: string, kind: string): Promise<void> {
    const entry = this.entry(name);
    await entry.getByRole('button', { name: 'Done' }).click();
    await entry.getByRole('group', { name: 'Log as' }).getByRole('button', { name: kind }).click();
  }
}

/** The dashboard's settings, as a person changes them. */
export async function changeSettings(context: BrowserContext, extensionId: string, change: (page: Page) => Promise<void>): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await change(page);
  await page.getByRole('region', { name: 'Settings' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.close();
}

/**
 * What the background shows: the toolbar badge, its notifications and alarms, read from the worker
 * or from any extension page (a restarted worker is not reported to Playwright again).
 */
type ExtensionContext = Pick<Worker, 'evaluate'>;

export const backgroundState = {
  badge: (from: ExtensionContext) => from.evaluate(() => chrome.action.getBadgeText({})),
  notifications: (from: ExtensionContext) => from.evaluate(async () => Object.keys(await chrome.notifications.getAll())),
  alarms: (from: ExtensionContext) => from.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name).sort()),
  /** The id of the one contact in the extension's database. */
  onlyContactId: (worker: Worker) =>
    worker.evaluate(() => new Promise<string>((resolve, reject) => {
      const open = indexedDB.open('maille');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('contacts').objectStore('contacts').getAll();
        all.onsuccess = () => {
          const contacts = all.result as { id: string }[];
          if (contacts.length === 1) resolve(contacts[0]!.id);
          else reject(new Error(`expected one contact, found ${contacts.length}`));
        };
      };
    })),
  /** Everything the extension stores, as one text (tests/support/everything-stored.ts). */
  everything: (from: ExtensionContext) => from.evaluate(everythingStoredInPage),
};

/**
 * Sends one message of Maille's protocol from an extension page, in @webext-core/messaging's
 * wire format, for what the UI cannot do within a test's time (a snooze of seconds).
 */
export async function sendProtocolMessage(page: Page, type: string, data: unknown): Promise<unknown> {
  const answer = await page.evaluate(
    ([type, data]) => chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }) as Promise<{ res?: unknown; err?: { message: string } }>,
    [type, data] as const,
  );
  if (answer.err) throw new Error(answer.err.message);
  return answer.res;
}

/** The dashboard, after importing the fixture Connections.csv (five people) in its Data section. */
export async function dashboardWithImportedConnections(context: BrowserContext, extensionId: string): Promise<Page> {
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/options.html#data`);
  await dashboard.getByRole('region', { name: 'Data' }).getByLabel('Connections.csv').setInputFiles(join(import.meta.dirname, '..', '..', 'fixtures', 'imports', 'Connections.csv'));
  await expect(dashboard.getByText('Added 5, updated 0; 2 lines to look at.')).toBeVisible();
  return dashboard;
}
