import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM, extensionWith, launchExtension } from '../e2e/support/launch';
import { contactsHere } from '../support/extension-db';
import { startSyncServer } from '../support/sync-server';
import { record, wanted } from './support/results';
import { turnOnSync } from './support/sync';

/** Edits timed after the worker was left idle (BENCH_RUNS=1 for a quick look). */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Idle time before each edit: past Chromium's 30 s rule for an idle extension worker. */
const IDLE_MS = 45_000;

/**
 * One computer's Chromium driven without a debugger on Maille's service worker — Playwright
 * attaches to every worker, which keeps it running, so the sync bench's edit figure cannot tell
 * what keeps it awake. puppeteer-core leaves the worker alone (`targetFilter`), and target
 * discovery, which attaches to nothing, says when Chromium starts and stops it.
 */
async function unwatchedChromium(): Promise<{ browser: Browser; extensionId: string; workerLife: () => { stops: number[]; starts: number[] }; close: () => Promise<void> }> {
  const extension = extensionWith(['http://127.0.0.1/*']);
  const userDataDir = mkdtempSync(join(tmpdir(), 'maille-bench-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir,
    enableExtensions: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--lang=en-US', `--disable-extensions-except=${extension.dir}`, `--load-extension=${extension.dir}`],
    targetFilter: (target) => target.type() !== 'service_worker',
  });
  const discovery = await browser.target().createCDPSession();
  const workers = new Set<string>();
  const stops: number[] = [];
  const starts: number[] = [];
  let extensionId = '';
  discovery.on('Target.targetCreated', ({ targetInfo }) => {
    if (targetInfo.type !== 'service_worker' || !targetInfo.url.startsWith('chrome-extension://')) return;
    extensionId = new URL(targetInfo.url).host;
    workers.add(targetInfo.targetId);
    starts.push(Date.now());
  });
  discovery.on('Target.targetDestroyed', ({ targetId }) => {
    if (workers.delete(targetId)) stops.push(Date.now());
  });
  await discovery.send('Target.setDiscoverTargets', { discover: true });
  await expect.poll(() => extensionId).not.toBe('');
  return {
    browser,
    extensionId,
    workerLife: () => ({ stops: [...stops], starts: [...starts] }),
    close: async () => {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
      extension.remove();
    },
  };
}

/** Read in an extension page, which has the extension's IndexedDB and needs no worker. */
async function contactsAndStatus(page: Page): Promise<{ contacts: number; lastSyncedAt: number | null }> {
  const contacts = (await page.evaluate(contactsHere, 'count' as const)) as number;
  const lastSyncedAt = await page.evaluate(async () => {
    const { 'maille:syncStatus': status } = (await chrome.storage.local.get('maille:syncStatus')) as { 'maille:syncStatus'?: { lastSyncedAt: number | null } };
    return status?.lastSyncedAt ?? null;
  });
  return { contacts, lastSyncedAt };
}

test('sync: what keeps the background awake for live sync — an edit seen after the worker sat idle, with a page open and without', async () => {
  test.skip(!wanted('syncEditSeenIdle', 'workerStopsWithPage', 'workerIdleStop', 'syncEditSeenAlarm'));
  test.setTimeout(1_200_000);
  const server = await startSyncServer();
  const database = `maille-bench-${Date.now()}`;
  const laptop = await launchExtension({ grantedOrigins: ['http://127.0.0.1/*'] });
  const desktop = await unwatchedChromium();
  try {
    const laptopPage = await laptop.context.newPage();
    await turnOnSync(laptop, laptopPage, server, database);
    const settings = await desktop.browser.newPage();
    await settings.goto(`chrome-extension://${desktop.extensionId}/options.html#settings`);
    const form = { url: server.url, database, user: server.admin.name, password: server.admin.password, passphrase: 'correct horse battery staple' };
    for (const [name, value] of Object.entries(form)) {
      const field = `form.sync-form input[name=${name}]`;
      await settings.$eval(field, (input) => ((input as HTMLInputElement).value = ''));
      await settings.type(field, value);
    }
    await settings.click('form.sync-form button[type=submit]');
    await settings.waitForFunction(() => document.body.innerText.includes('Synced at'), { timeout: 120_000 });
    const edit = (name: string) => laptopPage.evaluate((data) => chrome.runtime.sendMessage({ id: 1, type: 'addContact', data, timestamp: Date.now() }), { name });

    // A Maille page open, nothing happening: each edit on the laptop comes after IDLE_MS of quiet.
    const times: number[] = [];
    const openedAt = Date.now();
    for (let i = 0; i < RUNS; i++) {
      await new Promise((done) => setTimeout(done, IDLE_MS));
      const before = (await contactsAndStatus(settings)).contacts;
      const start = Date.now();
      await edit(`Idle Person ${i}`);
      await expect.poll(async () => (await contactsAndStatus(settings)).contacts, { timeout: 120_000, intervals: [50] }).toBe(before + 1);
      times.push(Date.now() - start);
    }
    const stopsWithPage = desktop.workerLife().stops.filter((at) => at >= openedAt).length;
    record('syncEditSeenIdle', `an edit seen on the other computer after ${IDLE_MS / 1000} s of quiet, a Maille page open there (its worker not held by a debugger)`, 'ms', times);
    record('workerStopsWithPage', `times Chromium stopped that worker meanwhile (${Math.round((Date.now() - openedAt) / 60_000)} min, page open)`, 'x', stopsWithPage);

    // No Maille page: the worker stops by Chromium's rule, and only the minute alarm wakes it.
    const blank = await desktop.browser.newPage();
    await settings.close();
    const closedAt = Date.now();
    await expect.poll(() => desktop.workerLife().stops.filter((at) => at > closedAt).length, { timeout: 300_000, intervals: [200] }).toBeGreaterThan(0);
    record('workerIdleStop', 'time until Chromium stopped the worker once the last Maille page closed', 'ms', desktop.workerLife().stops.find((at) => at > closedAt)! - closedAt);
    const editedAt = Date.now();
    await edit('Person While Nobody Looks');
    // The alarm starts the worker, which syncs and goes idle again: only then is a page opened
    // (its start would sync too), and the status says when the exchange that brought it ended.
    await expect.poll(() => desktop.workerLife().stops.filter((at) => at > editedAt).length, { timeout: 300_000, intervals: [200] }).toBeGreaterThan(0);
    const look = await desktop.browser.newPage();
    await look.goto(`chrome-extension://${desktop.extensionId}/popup.html`);
    const seen = await contactsAndStatus(look);
    expect(seen.contacts).toBe(RUNS + 1);
    expect(seen.lastSyncedAt).toBeLessThan(Date.now());
    record('syncEditSeenAlarm', 'an edit seen on the other computer with no Maille page open there (the minute alarm)', 'ms', seen.lastSyncedAt! - editedAt);
    await blank.close();
  } finally {
    await laptop.close();
    await desktop.close();
    await server.stop();
  }
});
