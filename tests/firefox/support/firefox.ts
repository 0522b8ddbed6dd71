import { resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { fixtureResponse } from '../../e2e/support/fixture-routes';

/**
 * Debian's Firefox ESR with the built Firefox extension, driven by puppeteer-core over WebDriver
 * BiDi (Playwright's own Firefox is a patched build that cannot be downloaded here). The fixture
 * pages answer at the sites' real URLs, as in the Chromium suite.
 */
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '..', '.output', 'firefox-mv2');

export interface LaunchedFirefox {
  browser: Browser;
  /** A new tab whose requests the fixture server answers. */
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

export async function launchFirefox(): Promise<LaunchedFirefox> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  await browser.installExtension(EXTENSION_DIR);
  return {
    browser,
    newPage: async () => {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (!/^https?:/.test(request.url())) return void request.continue();
        const answer = fixtureResponse(request.url());
        void (answer ? request.respond(answer) : request.abort());
      });
      return page;
    },
    close: () => browser.close(),
  };
}

/** One Firefox for the tests of the describe block it is called in: `firefox()` inside them. */
export function useFirefox(): () => LaunchedFirefox {
  let launched: LaunchedFirefox | undefined;
  beforeAll(async () => {
    launched = await launchFirefox();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return () => launched!;
}

/** Asks `find` every 200 ms until it finds something; after `timeout`, fails saying `missing()`. */
async function poll<T>(find: () => Promise<T | undefined>, missing: () => string, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(missing());
}

/** The first of `candidates` whose own location holds `part`. */
async function byLocation<T extends Page | Frame>(candidates: readonly T[], part: string): Promise<T | undefined> {
  for (const candidate of candidates) {
    if ((await candidate.evaluate(() => location.href).catch(() => '')).includes(part)) return candidate;
  }
  return undefined;
}

/**
 * Maille's sidebar frame in the page. Firefox lists it among the page's frames with the URL
 * about:blank over BiDi, but evaluating in it reaches the sidebar's document: it is found by its
 * own location.
 */
export function sidebarFrame(page: Page): Promise<Frame> {
  return poll(() => byLocation(page.frames(), '/sidebar.html'), () => 'the Maille sidebar frame never appeared');
}

/** Waits until the page's or frame's text holds `text` (a string or a pattern), and returns that text. */
export async function waitForText(where: Page | Frame, text: string | RegExp): Promise<string> {
  let seen = '';
  return poll(async () => {
    seen = await where.evaluate(() => document.body?.textContent ?? '').catch(() => '');
    return (typeof text === 'string' ? seen.includes(text) : text.test(seen)) ? seen : undefined;
  }, () => `never saw ${String(text)}; the page showed:\n${seen.slice(0, 600)}`);
}

/** Clicks the button whose text is `name`, inside the frame or page. */
export async function clickButton(where: Page | Frame, name: string): Promise<void> {
  await clickText(where, 'button', name);
}

/**
 * Opens one of the extension's pages (`popup.html`, `options.html`) in a tab, from an extension
 * frame: a test page cannot navigate to moz-extension:// over BiDi. Puppeteer lists the new tab
 * as about:blank; its own location says which it is.
 */
export async function openExtensionPage(firefox: LaunchedFirefox, from: Frame, file: string): Promise<Page> {
  await from.evaluate((file) => void window.open((globalThis as unknown as { browser: { runtime: { getURL(path: string): string } } }).browser.runtime.getURL(file), '_blank'), file);
  return poll(async () => byLocation(await firefox.browser.pages(), `/${file}`), () => `${file} never opened`);
}

/** Clicks the first element matching `selector` whose text is `name` (and, with `within`, inside it). */
export async function clickText(where: Page | Frame, selector: string, name: string, within?: string): Promise<void> {
  const clicked = await where.evaluate((selector, name, within) => {
    const root = within ? document.querySelector(within) : document;
    const element = [...(root?.querySelectorAll<HTMLElement>(selector) ?? [])].find((e) => e.textContent?.trim() === name);
    element?.click();
    return Boolean(element);
  }, selector, name, within ?? '');
  if (!clicked) throw new Error(`no ${selector} "${name}"`);
}
