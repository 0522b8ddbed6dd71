import { test, type Page } from '@playwright/test';
import { ProfilePage } from '../e2e/pages/profile-page';
import { launchExtension } from '../e2e/support/launch';
import { CdpTarget } from '../e2e/support/side-panel';
import { seedNetwork } from './support/network';
import { extensionWithPopupFloor, POPUP_FLOOR_PAGE } from './support/popup-floor';
import { ratioOf, record, wanted } from './support/results';

const RUNS = 7;
const SIZES = [1_000, 10_000, 30_000] as const;
const k = (n: number) => `${n / 1000}k`;
/** Quiet after a seed, before its figures (see below). */
const SETTLE_MS = 15_000;

// Set in every page before its scripts: when the first element matching the selector appeared.
function watchFirst(selector: string) {
  const found = () => {
    if ((window as unknown as { __firstAt?: number }).__firstAt === undefined && document.querySelector(selector)) {
      (window as unknown as { __firstAt?: number }).__firstAt = performance.now();
      return true;
    }
    return false;
  };
  new MutationObserver((_, observer) => found() && observer.disconnect()).observe(document, { childList: true, subtree: true });
}

async function timeToFirst(page: Page, url: string, selector: string): Promise<number> {
  await page.goto('about:blank'); // a new document each time, even when only the fragment differs
  await page.goto(url);
  await page.waitForSelector(selector, { timeout: 120_000 });
  return page.evaluate(() => (window as unknown as { __firstAt: number }).__firstAt);
}

// Set in every page before its scripts: each main-thread task over 50 ms, from the page's start.
function collectLongTasks() {
  const w = window as unknown as { __tasks: { start: number; duration: number }[] };
  w.__tasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__tasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask' });
}

/**
 * The table opened: its first screenful, then the longest main-thread task from then until every
 * contact is loaded and two more seconds (the search index is built behind), 0 when none passed 50 ms.
 */
async function tableOpened(page: Page, url: string): Promise<{ first: number; restTask: number }> {
  const first = await timeToFirst(page, url, '[role=rowgroup] [role=row]');
  await page.locator('.contacts [role=status]').filter({ hasText: /shown/ }).waitFor({ timeout: 120_000 });
  await page.waitForTimeout(2_000);
  const restTask = await page.evaluate((first) => Math.max(0, ...(window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks.filter((t) => t.start >= first).map((t) => t.duration)), first);
  return { first, restTask };
}

/**
 * Each sort (a column header clicked) and filter (a choice in a select, the checkbox) to the
 * table's rows updated and painted, timed in the page from the click or change event.
 */
async function sortsAndFilters(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __acted: number; __painted: number };
    for (const type of ['click', 'change']) document.addEventListener(type, () => (w.__acted = performance.now()), true);
    new MutationObserver(() => requestAnimationFrame(() => (w.__painted = performance.now()))).observe(document.querySelector('.contacts')!, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  const table = page.getByRole('table');
  const filter = (name: string) => page.getByRole('combobox', { name });
  const actions: (() => Promise<unknown>)[] = [];
  for (const column of ['Name', 'Company', 'Last contact', 'Next due']) {
    const header = table.getByRole('columnheader', { name: column }).getByRole('button');
    actions.push(() => header.click(), () => header.click());
  }
  actions.push(
    () => filter('State').selectOption('due'), () => filter('State').selectOption(''),
    () => filter('Tags').selectOption('lyon'), () => filter('Tags').selectOption(''),
    () => filter('Site').selectOption('linkedin'), () => filter('Site').selectOption(''),
    () => page.getByRole('checkbox', { name: 'Never contacted' }).check(), () => page.getByRole('checkbox', { name: 'Never contacted' }).uncheck(),
  );
  const latencies: number[] = [];
  for (const act of actions) {
    await page.evaluate(() => ((window as unknown as { __painted: number }).__painted = 0));
    await act();
    latencies.push(await page.evaluate(() => new Promise<number>((resolve) => {
      const w = window as unknown as { __acted: number; __painted: number };
      const poll = () => (w.__painted > w.__acted ? resolve(w.__painted - w.__acted) : setTimeout(poll, 2));
      poll();
    })));
    await page.waitForTimeout(200);
  }
  return latencies;
}

/** Keystroke to the table's rows updated and painted, for each character typed. */
async function keystrokes(page: Page, queries: string[]): Promise<number[]> {
  const search = page.getByRole('searchbox');
  const latencies: number[] = [];
  // The index is built in chunks after the table shows: keystrokes are timed once it is ready.
  await search.fill('a');
  await page.locator('.contacts [role=status]').filter({ hasText: /shown/ }).waitFor({ timeout: 60_000 });
  await page.evaluate(() => {
    const w = window as unknown as { __down: number; __painted: number };
    document.addEventListener('keydown', () => (w.__down = performance.now()), true);
    new MutationObserver(() => requestAnimationFrame(() => (w.__painted = performance.now()))).observe(document.querySelector('.table')!, { childList: true, subtree: true, characterData: true });
    new MutationObserver(() => requestAnimationFrame(() => (w.__painted = performance.now()))).observe(document.querySelector('.contacts [role=status]')!, { childList: true, subtree: true, characterData: true });
  });
  for (const query of queries) {
    await search.fill('');
    await page.waitForTimeout(300);
    await search.focus();
    for (const char of query) {
      await page.evaluate(() => ((window as unknown as { __painted: number }).__painted = 0));
      await page.keyboard.press(char === ' ' ? 'Space' : char);
      const latency = await page.evaluate(() => new Promise<number | null>((resolve) => {
        const w = window as unknown as { __down: number; __painted: number };
        const started = performance.now();
        const poll = () => {
          if (w.__painted > w.__down) resolve(w.__painted - w.__down);
          else if (performance.now() - started > 1000) resolve(null); // nothing changed on screen
          else setTimeout(poll, 2);
        };
        poll();
      }));
      if (latency !== null) latencies.push(latency);
      await page.waitForTimeout(60);
    }
  }
  return latencies;
}

/**
 * The contacts table open, one contact changed at a time (a call logged, as from a sidebar): the
 * longest main-thread task each change costs the table's page (0 when none passes 50 ms).
 */
async function longestTaskPerChange(page: Page, extensionId: string): Promise<number[]> {
  await page.goto('about:blank');
  await page.goto(`chrome-extension://${extensionId}/options.html#contacts`);
  await page.waitForSelector('[role=rowgroup] [role=row]', { timeout: 120_000 });
  await page.waitForTimeout(3_000); // the search index is built in chunks after the table shows
  const contactId = await page.evaluate(() => decodeURIComponent(document.querySelector('[role=rowgroup] [role=row] a')!.getAttribute('href')!.replace('#contact/', '')));
  await page.evaluate(() => {
    const w = window as unknown as { tasks: number[] };
    w.tasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => w.tasks.push(entry.duration))).observe({ type: 'longtask' });
  });
  const longest: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.evaluate(() => ((window as unknown as { tasks: number[] }).tasks = []));
    await page.evaluate(
      ([contactId, i]) => chrome.runtime.sendMessage({ id: 1, type: 'logInteraction', data: { contactId, kind: 'call', at: Date.now() - 1_000, summary: `call ${i}` }, timestamp: Date.now() }),
      [contactId, i] as const,
    );
    await page.waitForTimeout(2_000);
    longest.push(Math.max(0, ...(await page.evaluate(() => (window as unknown as { tasks: number[] }).tasks))));
  }
  return longest;
}

test('networks of 1,000, 10,000 and 30,000 contacts: popup, dashboard, search, due query, memory', async () => {
  test.setTimeout(1_200_000);
  const withFloor = await extensionWithPopupFloor();
  const ext = await launchExtension({ args: ['--enable-precise-memory-info'], extension: withFloor });
  // Medians at each size, for the growth from 1,000 to 30,000 contacts (measured in this run).
  const firstShown = new Map<string, number>();
  const growth = (id: 'popup' | 'dashboard', label: string) => {
    const [small, large] = [firstShown.get(`${id}1k`), firstShown.get(`${id}30k`)];
    if (small && large) record(`${id}30kVs1k`, `${label} at 30,000 contacts ÷ at 1,000 (their medians)`, 'x', large / small, ratioOf(large, small));
  };
  // A ratio asked for alone (`--check` measures a missed one again) needs the sizes it divides.
  const measures = (id: 'popup' | 'dashboard', size: number) =>
    wanted(`${id}${k(size)}`) || (size !== 10_000 && wanted(`${id}30kVs1k`)) || (id === 'popup' && size === 30_000 && wanted('popup30kVsFloor')) ||
    (id === 'dashboard' && size === 30_000 && wanted('dashboardRestTask30k', 'tableSortFilter30k'));
  try {
    await ext.context.addInitScript(watchFirst, '.due-item, [role=rowgroup] [role=row]');
    await ext.context.addInitScript(collectLongTasks);
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    for (const size of SIZES) {
      await seedNetwork(ext.worker, size);
      // The figures are of a network at rest: right after the seed's one write of 330,000 records
      // the browser is still busy with it (the popup's first paint at 30,000 came at 215 ms, and at
      // 134 ms 15 s later; 120 and 130 ms at 1,000), which is not the cost of Maille's pages.
      await page.waitForTimeout(SETTLE_MS);

      if (measures('popup', size)) {
        await page.setViewportSize({ width: 380, height: 600 });
        // Each opening of the popup beside one of its floor page (the same stylesheets and React,
        // one entry, no data): the ratio holds within a pair on a machine whose load changes.
        const times: number[] = [];
        const floors: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          floors.push(await timeToFirst(page, `chrome-extension://${ext.extensionId}/${POPUP_FLOOR_PAGE}`, '.due-item'));
          times.push(await timeToFirst(page, `chrome-extension://${ext.extensionId}/popup.html`, '.due-item'));
        }
        const popup = record(`popup${k(size)}`, `popup, first due entry shown, ${size.toLocaleString('en')} contacts`, 'ms', times);
        firstShown.set(`popup${k(size)}`, popup.median);
        if (size === 30_000) {
          record('popupFloor', 'an empty popup page: its stylesheets and React, one entry, no data', 'ms', floors);
          record('popup30kVsFloor', 'popup at 30,000 contacts ÷ the empty popup page, in pairs', 'x', times.map((t, i) => t / floors[i]!), ratioOf(times, floors));
          growth('popup', 'popup, first due entry');
        }
      }

      if (measures('dashboard', size) || wanted(`search${k(size)}`)) {
        await page.setViewportSize({ width: 1280, height: 800 });
        const times: number[] = [];
        const restTasks: number[] = [];
        for (let i = 0; i < Math.min(RUNS, 5); i++) {
          const opened = await tableOpened(page, `chrome-extension://${ext.extensionId}/options.html#contacts`);
          times.push(opened.first);
          restTasks.push(opened.restTask);
        }
        firstShown.set(`dashboard${k(size)}`, record(`dashboard${k(size)}`, `dashboard, contacts table shown, ${size.toLocaleString('en')} contacts`, 'ms', times).median);
        if (size === 30_000) {
          growth('dashboard', 'dashboard, contacts table');
          record('dashboardRestTask30k', 'dashboard, longest main-thread task while the rest of 30,000 contacts loads behind the first screenful (0: none over 50 ms)', 'ms', restTasks);
          if (wanted('tableSortFilter30k')) record('tableSortFilter30k', 'contacts table, a sort or a filter to rows updated, 30,000 contacts', 'ms', await sortsAndFilters(page));
        }
        if (size >= 10_000 && wanted(`search${k(size)}`)) {
          const latencies = await keystrokes(page, ['mathieu', 'claire fon', 'lumen', 'zoe', 'garcia', 'lyon']);
          record(`search${k(size)}`, `search, keystroke to rows updated, ${size.toLocaleString('en')} contacts`, 'ms', latencies);
        }
      }

      if (size === 30_000 && wanted('dashboardChange30k')) {
        await page.setViewportSize({ width: 1280, height: 800 });
        record('dashboardChange30k', 'dashboard, longest main-thread task after one contact changes (a call logged elsewhere), 30,000 contacts', 'ms', await longestTaskPerChange(page, ext.extensionId));
      }

      if (size === 30_000 && wanted('dueQuery', 'dueQueryRatio')) {
        const { indexed, scan } = await ext.worker.evaluate(async (runs) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open('maille');
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          });
          const indexed: number[] = [];
          const scan: number[] = [];
          const now = Date.now();
          // The indexed runs first, then the scans: right after a scan, the worker collects the
          // garbage of 30,000 records, and an indexed query then took 22 ms instead of 8.
          let due: unknown[] = [];
          for (let i = 0; i < runs; i++) {
            const t = performance.now();
            due = await request(db.transaction('contacts').objectStore('contacts').index('nextDueAt').getAll(IDBKeyRange.upperBound(now)));
            indexed.push(performance.now() - t);
          }
          for (let i = 0; i < runs; i++) {
            const t = performance.now();
            const all = (await request(db.transaction('contacts').objectStore('contacts').getAll())) as { nextDueAt?: number }[];
            const dueToo = all.filter((c) => c.nextDueAt !== undefined && c.nextDueAt <= now);
            scan.push(performance.now() - t);
            if (dueToo.length !== due.length) throw new Error('the two queries disagree');
          }
          db.close();
          return { indexed, scan };
        }, 9);
        record('dueQuery', 'background due query (nextDueAt index), 30,000 contacts', 'ms', indexed);
        record('dueQueryScan', 'the same by a full scan, 30,000 contacts', 'ms', scan);
        record('dueQueryRatio', 'full scan ÷ indexed due query, 30,000 contacts', 'x', scan.map((s, i) => s / indexed[i]!), ratioOf(scan, indexed));
      }

      if (size === 30_000 && wanted('sidebarHeap', 'workerHeap')) {
        // Extension pages share one process: with the dashboard gone, the heap is the frame's.
        await page.goto('about:blank');
        const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/marc-lefebvre/');
        const frame = await profile.sidebar();
        await (await profile.region()).getByRole('heading', { name: 'Marc Lefebvre' }).waitFor();
        await profile.page.waitForTimeout(1000);
        const session = await ext.context.newCDPSession(frame);
        const heaps: number[] = [];
        for (let i = 0; i < 3; i++) {
          await session.send('HeapProfiler.collectGarbage');
          heaps.push((await session.send('Runtime.getHeapUsage')).usedSize / 1e6);
          await profile.page.waitForTimeout(300);
        }
        record('sidebarHeap', 'sidebar frame JS heap, 30,000 contacts', 'MB', heaps);
        const worker = await CdpTarget.attach(ext.context, profile.page, ext.worker.url());
        const { usedSize } = await worker.send<{ usedSize: number }>('Runtime.getHeapUsage');
        record('workerHeap', 'service worker JS heap, 30,000 contacts', 'MB', usedSize / 1e6);
        await profile.page.close();
      }
    }
  } finally {
    await ext.close();
    withFloor.remove();
  }
});
