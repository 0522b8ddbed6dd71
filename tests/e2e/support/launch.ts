import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { routeFixtures, type OffSiteRequests } from './fixture-routes';

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface LaunchOptions {
  locale?: string;
  headless?: boolean;
  /** Extra Chromium switches (the benchmark's precise memory figures). */
  args?: string[];
  /** The system settings the pages see (prefers-color-scheme, prefers-reduced-motion). */
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** A browser profile to open again (kept on close: the test removes it); a new one by default. */
  userDataDir?: string;
  /**
   * Host access granted ahead, as if the person had allowed it when asked (the sync server's
   * origin): Chromium's permission prompt is browser UI no automation can answer (playwright#32755),
   * so a copy of the build lists it as granted and `permissions.request` answers yes without asking.
   * The Firefox suite answers the real prompt (tests/firefox/).
   */
  grantedOrigins?: string[];
  /**
   * A copy of the build made by `extensionWith`, used as it is and kept on close: a profile opened
   * again must find the same extension, and Chromium names an unpacked extension by its folder.
   */
  extension?: { dir: string };
}

/** The build, or a copy of it with `origins` granted at install. */
export function extensionWith(origins: string[] | undefined): { dir: string; remove: () => void } {
  if (!origins?.length) return { dir: EXTENSION_DIR, remove: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'maille-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: origins }));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function launchChromium(options: LaunchOptions, extensionArgs: string[]): Promise<{ context: BrowserContext; userDataDir: string; offSite: OffSiteRequests }> {
  const locale = options.locale ?? 'en-US';
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'maille-e2e-'));
  if (!options.userDataDir) {
    mkdirSync(join(userDataDir, 'Default'), { recursive: true });
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 1, block_third_party_cookies: true } }));
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    locale,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${locale}`,
      ...(options.args ?? []),
      ...extensionArgs,
    ],
  });
  const offSite = await routeFixtures(context);
  return { context, userDataDir, offSite };
}

/** The same browser and fixture pages without Maille: the benchmark's baseline. */
export async function launchWithoutExtension(options: LaunchOptions = {}): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const { context, userDataDir } = await launchChromium(options, []);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface LaunchedExtension {
  context: BrowserContext;
  /** The background service worker. */
  worker: Worker;
  /** Requests made to anything but the three sites and their photo hosts (none, we check). */
  offSite: OffSiteRequests;
  extensionId: string;
  close: () => Promise<void>;
}

/**
 * Debian's Chromium with the built extension, a fresh profile that blocks third-party cookies
 * (Chromium's default here, and the case where a framed extension page gets no IndexedDB), and
 * the fixture pages served at the sites' real URLs.
 */
export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extension = options.extension ? { dir: options.extension.dir, remove: () => undefined } : extensionWith(options.grantedOrigins);
  const { context, userDataDir, offSite } = await launchChromium(options, [`--disable-extensions-except=${extension.dir}`, `--load-extension=${extension.dir}`]);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    offSite,
    extensionId,
    close: async () => {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
      extension.remove();
    },
  };
}
