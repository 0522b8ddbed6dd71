import { resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type JSHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { fixtureResponse } from '../../e2e/support/fixture-routes';
import { everythingStoredInPage } from '../../support/everything-stored';

/**
 * Debian's Firefox ESR with the built Firefox extension, driven by puppeteer-core over WebDriver
 * BiDi (Playwright's own Firefox is a patched build that cannot be downloaded here). The fixture
 * pages answer at the sites' real URLs, as in the Chromium suite.
 */
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '..', '.output', 'firefox-mv2');
/**
 * Firefox suspends an idle event page after 30 s; here after 1 s, so that every test of the suite
 * runs across suspensions and wake-ups of Maille's background, as a long session would.
 */
const BACKGROUND_IDLE_MS = 1_000;

/** The extension API an extension page of Maille sees (Firefox, Manifest V2), as far as the tests use it. */
type ExtensionGlobal = {
  browser: {
    runtime: { getURL(path: string): string; sendMessage(message: unknown): Promise<{ res?: unknown; err?: { message: string } }> };
    browserAction: { getBadgeText(details: object): Promise<string> };
    extension: { getViews(filter?: { type: string }): Window[] };
    sidebarAction: { isOpen(details: { windowId: number }): Promise<boolean> };
    windows: { getAll(): Promise<{ id?: number; type?: string }[]> };
  };
};

export interface LaunchedFirefox {
  browser: Browser;
  /** A new tab whose requests the fixture server answers. */
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

export async function launchFirefox(): Promise<LaunchedFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'extensions.background.idle.timeout': BACKGROUND_IDLE_MS,
      // An optional permission asked for (the sync server's origin, when sync is turned on) is
      // granted as a person allowing it would: the prompt is browser UI that BiDi cannot reach.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
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

/**
 * Asks `find` every 200 ms until it finds something; after `timeout` (generous: a busy machine
 * makes the wait longer, never the test red), fails saying `missing()`.
 */
async function poll<T>(find: () => Promise<T | undefined>, missing: () => string, timeout = 30_000): Promise<T> {
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
 * as about:blank; its own location says which it is. In a window of its own, the tabs of the
 * first window stay as they are (the side panel follows the active one).
 */
export async function openExtensionPage(firefox: LaunchedFirefox, from: Frame, file: string, where: 'tab' | 'window' = 'tab'): Promise<Page> {
  await from.evaluate(
    (file, features) => void window.open((globalThis as unknown as ExtensionGlobal).browser.runtime.getURL(file), '_blank', features),
    file,
    where === 'window' ? 'popup,width=900,height=700' : '',
  );
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

/**
 * Firefox's sidebar (`sidebar_action`) with Maille's panel in it. WebDriver BiDi does not reach
 * the browser's own sidebar, but an extension page of the same add-on does: `extension.getViews`
 * hands it the panel's window. `via` is such a page (not the framed sidebar, which has no
 * `extension.getViews`).
 */
export class FirefoxSidebar {
  constructor(private readonly via: Page) {}

  /** The panel's document (a handle the functions below run against); throws if it is not open. */
  private async document(): Promise<JSHandle<{ document: Document }>> {
    // Wrapped: a node of another browsing context cannot travel over BiDi as a handle of its own.
    return this.via.evaluateHandle(() => {
      const views = (globalThis as unknown as ExtensionGlobal).browser.extension.getViews({ type: 'sidebar' });
      if (!views[0]) throw new Error('Maille is not open in the Firefox sidebar');
      return { document: views[0].document };
    });
  }

  /** Whether Maille's panel is the one open in the sidebar of the browser's (normal) window. */
  isOpen(): Promise<boolean> {
    return this.via.evaluate(async () => {
      const { windows, sidebarAction } = (globalThis as unknown as ExtensionGlobal).browser;
      const window = (await windows.getAll()).find((w) => w.type === 'normal');
      return window?.id !== undefined && sidebarAction.isOpen({ windowId: window.id });
    });
  }

  /** The panel's text; empty while it is not open. */
  text(): Promise<string> {
    return this.document().then((panel) => panel.evaluate(({ document }) => document.body?.textContent ?? '')).catch(() => '');
  }

  /** Waits until the panel's text holds `text`. */
  waitForText(text: string): Promise<string> {
    let seen = '';
    return poll(async () => {
      seen = await this.text();
      return seen.includes(text) ? seen : undefined;
    }, () => `the Firefox sidebar never showed ${text}; it showed:\n${seen.slice(0, 600)}`);
  }

  async clickButton(name: string): Promise<void> {
    const clicked = await (await this.document()).evaluate(({ document }, name) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
      button?.click();
      return Boolean(button);
    }, name);
    if (!clicked) throw new Error(`no button "${name}" in the Firefox sidebar`);
  }

  /** Sets the value of the field `selector` as typing would (React hears the input event). */
  async fill(selector: string, value: string): Promise<void> {
    await (await this.document()).evaluate(({ document }, selector, value) => {
      const field = document.querySelector<HTMLTextAreaElement | HTMLInputElement>(selector);
      if (!field) throw new Error(`no ${selector} in the Firefox sidebar`);
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')!.set!.call(field, value);
      field.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('input', { bubbles: true }));
    }, selector, value);
  }

  /** The value of the field `selector`; empty while the panel is not open. */
  value(selector: string): Promise<string> {
    return this.document().then((panel) => panel.evaluate(({ document }, selector) => document.querySelector<HTMLTextAreaElement>(selector)?.value ?? '', selector)).catch(() => '');
  }
}

/** Sends one command of Maille's typed protocol from an extension page, as its pages do; throws on a refusal. */
export async function sendCommand<T>(page: Page, type: string, data: unknown): Promise<T> {
  const answer = await page.evaluate(
    (type, data) => (globalThis as unknown as ExtensionGlobal).browser.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }),
    type,
    data,
  );
  if (answer.err) throw new Error(answer.err.message);
  const outcome = answer.res as { ok: true; value: T } | { ok: false; refusal: unknown };
  if (!outcome.ok) throw new Error(`${type} refused: ${JSON.stringify(outcome.refusal)}`);
  return outcome.value;
}

/** Everything the extension stores, as one text (tests/support/everything-stored.ts). */
export function everythingStored(page: Page): Promise<string> {
  return page.evaluate(everythingStoredInPage);
}

/** The toolbar badge's text, read from an extension page. */
export function badgeText(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as ExtensionGlobal).browser.browserAction.getBadgeText({}));
}

/** Whether Maille's background page is loaded now (an event page Firefox has suspended is not among the views). */
export function backgroundLoaded(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as unknown as ExtensionGlobal).browser.extension.getViews().some((view) => view.location.pathname.endsWith('_generated_background_page.html')));
}

/** The popup's "Just met someone": a person met at `event` on `day` (YYYY-MM-DD), added to Maille. */
export async function justMet(popup: Page, name: string, event: string, day: string): Promise<void> {
  await popup.evaluate(() => document.querySelector<HTMLElement>('details.just-met summary')!.click());
  await popup.type('#just-met-name', name);
  await popup.type('#just-met-event', event);
  // A date input's value, set as a person's picking would (React listens to the input event).
  await popup.evaluate((day) => {
    const input = document.querySelector<HTMLInputElement>('#just-met-date')!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, day);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, day);
  await clickText(popup, 'form button', 'Add to Maille');
}
