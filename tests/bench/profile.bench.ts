import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, type Frame, type Page } from '@playwright/test';
import { NAME_MARK } from '../../components/sidebar/name-mark';
import type { NameShown } from '../../entrypoints/profile/sidebar-frame';
import { contentScriptWorld } from '../e2e/support/isolated-world';
import { EXTENSION_DIR, launchExtension, launchWithoutExtension } from '../e2e/support/launch';
import { emptyContentScriptExtension } from './support/empty-extension';
import { seedNetwork } from './support/network';
import { median, ratioOf, record, wanted } from './support/results';

const RUNS = 9;

test('the content script: size, and no framework in it', () => {
  test.skip(!wanted('contentScriptSize', 'contentScriptGzip', 'contentScriptFramework', 'readerScriptSize'));
  const code = readFileSync(join(EXTENSION_DIR, 'profile.js'));
  const reader = readFileSync(join(EXTENSION_DIR, 'on-profiles.js'));
  record('contentScriptSize', 'content script on every page, minified', 'kB', code.length / 1000);
  record('contentScriptGzip', 'content script on every page, gzipped', 'kB', gzipSync(code).length / 1000);
  record('readerScriptSize', 'the profiles\' script (readers, sidebar), added on profile pages only, minified', 'kB', reader.length / 1000);
  // React leaves its element symbols in any build that holds it; the detector must see them in
  // the pages' own chunks, or it proves nothing.
  const framework = /Symbol\.for\(["'`]react\.|__SECRET_INTERNALS|preact/;
  const chunks = readdirSync(join(EXTENSION_DIR, 'chunks')).map((f) => readFileSync(join(EXTENSION_DIR, 'chunks', f), 'utf8'));
  if (!chunks.some((chunk) => framework.test(chunk))) throw new Error('The framework detector finds React nowhere: it is broken');
  record('contentScriptFramework', 'framework code in the content scripts (1 = yes)', 'x', framework.test(code.toString()) || framework.test(reader.toString()) ? 1 : 0);
});

/** When each name was first painted in the sidebar frame, in epoch ms. */
async function namesShown(frame: Frame): Promise<{ name: string; at: number }[]> {
  return frame.evaluate((mark) => performance.getEntriesByName(mark).map((m) => ({ name: (m as PerformanceMark).detail as string, at: performance.timeOrigin + m.startTime })), NAME_MARK);
}

async function sidebarFrame(page: Page): Promise<Frame> {
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    if (frame) return frame;
    await page.waitForTimeout(5);
  }
}

/** Epoch ms at which `name` was painted by the page's sidebar frame, after `since`. */
async function nameShownAt(page: Page, name: string, since: number): Promise<number> {
  const frame = await sidebarFrame(page);
  for (;;) {
    const shown = (await namesShown(frame).catch(() => [])).find((m) => m.name === name && m.at >= since);
    if (shown) return shown.at;
    await page.waitForTimeout(10);
  }
}

test('Maille’s added time on a profile: full load and pushState', async () => {
  test.skip(!wanted('addedFullLoad', 'addedFullLoadLocale', 'addedPushState'));
  test.setTimeout(300_000);
  const ext = await launchExtension();
  const plain = await launchWithoutExtension();
  try {
    const opener = await ext.context.newPage();
    await opener.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await seedNetwork(ext.worker, 10_000);
    await opener.close();

    for (const [id, url, name, label] of [
      ['addedFullLoad', 'https://www.linkedin.com/in/marc-lefebvre/', 'Marc Lefebvre', 'a 2026-style LinkedIn profile'],
      ['addedFullLoadLocale', 'https://fr.linkedin.com/in/claire-fontaine-4a5b6c/', 'Claire Fontaine', 'a locale-subdomain LinkedIn profile'],
    ] as const) {
      if (!wanted(id)) continue;
      const added: number[] = [];
      const addedFrame: number[] = [];
      const own: number[] = [];
      const shown: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        // The page alone: its load event, from navigation start.
        const bare = await plain.context.newPage();
        await bare.goto(url);
        const load = await bare.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
        await bare.close();
        // With Maille: from navigation start to the name painted in the sidebar.
        const page = await ext.context.newPage();
        // The content script's record of the name it painted behind the frame (sidebar-frame.ts).
        const world = await contentScriptWorld(page);
        await page.goto(url, { waitUntil: 'commit' });
        const origin = await page.evaluate(() => performance.timeOrigin);
        // The frame paints after the first look: once it has, the first look's record is read.
        const frameAt = (await nameShownAt(page, name, 0)) - origin;
        const early = (await world('globalThis.mailleNameShown')) as NameShown | undefined;
        if (early?.name !== name) throw new Error(`No first look painted for ${name}`);
        const at = Math.min(early.at - origin, frameAt);
        await page.close();
        own.push(load);
        shown.push(at);
        added.push(at - load);
        addedFrame.push(frameAt - load);
      }
      record(`${id}Own`, `${label}: the page's own load (no extension)`, 'ms', own);
      record(`${id}Shown`, `${label}: name in the sidebar, from navigation start`, 'ms', shown);
      record(id, `${label}: Maille's added time (name shown − page's own load)`, 'ms', added);
      record(`${id}Frame`, `${label}: the same, to the name painted by the sidebar frame itself`, 'ms', addedFrame);
    }

    if (wanted('addedPushState')) {
      const url = 'https://www.linkedin.com/in/alice-bernard/';
      const withMaille = await ext.context.newPage();
      await withMaille.goto(url);
      await nameShownAt(withMaille, 'Alice Bernard', 0);
      const bare = await plain.context.newPage();
      await bare.goto(url);
      const added: number[] = [];
      const own: number[] = [];
      const shown: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        // The page alone: from pushState to its own heading showing the new person.
        own.push(await bare.evaluate(() => new Promise<number>((resolve) => {
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (document.querySelector('h1')?.textContent === 'Bruno Carré') {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          (window as unknown as { spaNavigate: (p: string) => void }).spaNavigate('/in/bruno-carr%C3%A9/');
        })));
        await bare.evaluate(() => (window as unknown as { spaNavigate: (p: string) => void }).spaNavigate('/in/alice-bernard/'));
        // With Maille: from pushState to the new name painted in the sidebar.
        const start = await withMaille.evaluate(() => {
          const at = performance.timeOrigin + performance.now();
          (window as unknown as { spaNavigate: (p: string) => void }).spaNavigate('/in/bruno-carr%C3%A9/');
          return at;
        });
        const at = (await nameShownAt(withMaille, 'Bruno Carré', start)) - start;
        shown.push(at);
        added.push(at - own.at(-1)!);
        const back = await withMaille.evaluate(() => {
          const t = performance.timeOrigin + performance.now();
          (window as unknown as { spaNavigate: (p: string) => void }).spaNavigate('/in/alice-bernard/');
          return t;
        });
        await nameShownAt(withMaille, 'Alice Bernard', back);
      }
      record('addedPushStateOwn', 'pushState: the page\'s own render of the new profile (no extension)', 'ms', own);
      record('addedPushStateShown', 'pushState: new name in the sidebar, from the pushState', 'ms', shown);
      record('addedPushState', 'pushState: Maille\'s added time (name shown − page\'s own render)', 'ms', added);
    }
  } finally {
    await ext.close();
    await plain.close();
  }
});

test('pages that are not profiles: load overhead, and the content script’s main-thread time', async () => {
  test.skip(!wanted('nonProfileOverhead', 'nonProfileScript', 'nonProfileIdleScript'));
  test.setTimeout(420_000);
  // Three browsers on the same pages in turn: Maille, an extension whose content scripts are
  // empty (same matches and run_at: the floor of injecting anything), and no extension.
  const empty = emptyContentScriptExtension();
  const ext = await launchExtension();
  const floor = await launchExtension({ extension: empty });
  const plain = await launchWithoutExtension();
  try {
    const kinds = [['plain', plain.context], ['floor', floor.context], ['ext', ext.context]] as const;
    const loads = { ext: [] as number[], floor: [] as number[], plain: [] as number[] };
    const script = { ext: [] as number[], floor: [] as number[], plain: [] as number[] };
    const idle = { ext: [] as number[], floor: [] as number[], plain: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      for (const url of ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/company/lumen-robotics/']) {
        for (const [which, context] of kinds) {
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Performance.enable');
          await page.goto(url);
          loads[which].push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
          await page.waitForTimeout(300);
          const metric = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
          const afterLoad = await metric();
          script[which].push(afterLoad);
          // Then two idle seconds: a content script that only listens does nothing here.
          await page.waitForTimeout(2000);
          idle[which].push((await metric()) - afterLoad);
          await page.close();
        }
      }
    }
    const minus = (a: number[], b: number[]) => a.map((x, i) => x - b[i]!);
    record('nonProfileOverhead', 'feed and company pages: load with Maille ÷ with an empty content script (same matches, same run_at)', 'ratio', loads.ext.map((x, i) => x / loads.floor[i]!), ratioOf(loads.ext, loads.floor));
    record('nonProfileVsPage', 'feed and company pages: load with Maille ÷ the page alone (not budgeted)', 'ratio', loads.ext.map((x, i) => x / loads.plain[i]!), ratioOf(loads.ext, loads.plain));
    record('nonProfileLoadFloor', 'feed and company pages: load with the empty content script', 'ms', loads.floor);
    record('nonProfileLoadOwn', 'feed and company pages: their own load (no extension)', 'ms', loads.plain);
    record('nonProfileScript', 'feed and company pages: Maille’s own main-thread script time (with Maille − with the empty script)', 'ms', minus(script.ext, script.floor));
    record('nonProfileIdleScript', 'feed and company pages: script time over 2 idle seconds, with Maille − with the empty script', 'ms', minus(idle.ext, idle.floor));
    console.log('medians', median(loads.ext), median(loads.floor), median(loads.plain));
  } finally {
    await ext.close();
    await floor.close();
    await plain.close();
    empty.remove();
  }
});
