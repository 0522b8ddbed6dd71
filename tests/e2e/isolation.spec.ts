import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ProfilePage } from './pages/profile-page';
import { launchWithoutExtension } from './support/launch';

/**
 * The host page is somebody else's code. Here it is a nosy one of our own: a fixture profile
 * served without any content security policy (an attacker's page sets its own), with a script
 * that runs before anything else in the page's world and tries to read, forge and probe.
 */
const CLAIRE = 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/';
const FIXTURE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'linkedin', 'signed-in-2024.html'), 'utf8');
const SECRET = 'Zebra-7731 private';

/** Runs in the page's own world before its first script: it listens, hooks and keeps what it gets. */
function nosyScript(): void {
  const w = window as unknown as { nosy: { keys: string[]; roots: ShadowRoot[]; messages: unknown[] } };
  w.nosy = { keys: [], roots: [], messages: [] };
  for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput', 'paste', 'copy']) {
    addEventListener(type, (event) => w.nosy.keys.push(`${type}:${(event as KeyboardEvent).key ?? ''}`), true);
  }
  addEventListener('message', (event) => w.nosy.messages.push(event.data), true);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    const root = attach.call(this, init);
    w.nosy.roots.push(root);
    return root;
  };
}

async function openNosy(context: import('@playwright/test').BrowserContext): Promise<ProfilePage> {
  const page = await context.newPage();
  await page.route(CLAIRE, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: FIXTURE }));
  await page.addInitScript(nosyScript);
  await page.goto(CLAIRE);
  return new ProfilePage(page);
}

/** What the page's own script can find of Maille's text. */
function pageLooks(page: Page, secret: string) {
  return page.evaluate((secret) => {
    const w = window as unknown as { nosy: { keys: string[]; roots: ShadowRoot[]; messages: unknown[] } };
    const host = document.querySelector('maille-sidebar');
    const frames = Array.from({ length: window.frames.length }, (_, i) => {
      const frame = window.frames[i]!;
      const tries: string[] = [];
      for (const read of [() => frame.document.body.textContent, () => frame.location.href, () => (frame as unknown as { mailleFrameState: unknown }).mailleFrameState, () => frame.name]) {
        try {
          const value = read();
          tries.push(typeof value === 'string' ? value : JSON.stringify(value ?? null));
        } catch {
          tries.push('blocked');
        }
      }
      return tries;
    });
    return {
      inDom: new XMLSerializer().serializeToString(document).includes(secret) || (document.documentElement.textContent ?? '').includes(secret),
      hostShadow: host ? host.shadowRoot !== null : null,
      hostChildren: host?.childNodes.length ?? -1,
      roots: w.nosy.roots.length,
      frames,
      keys: w.nosy.keys,
      messages: JSON.stringify(w.nosy.messages),
      selection: document.getSelection()?.toString() ?? '',
      active: document.activeElement?.tagName,
    };
  }, secret);
}

async function storedNotes(worker: import('@playwright/test').Worker): Promise<{ count: number; notes: string[]; collapsed: unknown }> {
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('maille');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const contacts = await new Promise<{ notes: string }[]>((resolve) => {
      const request = db.transaction('contacts').objectStore('contacts').getAll();
      request.onsuccess = () => resolve(request.result as { notes: string }[]);
    });
    db.close();
    const stored = await chrome.storage.local.get(null);
    return { count: contacts.length, notes: contacts.map((c) => c.notes), collapsed: stored.sidebarCollapsed ?? null };
  });
}

test('a nosy page reads nothing of the notes, through the DOM, shadow roots, frames, keys or the selection', async ({ ext }) => {
  const profile = await openNosy(ext.context);
  await profile.addToMaille();
  const sidebar = await profile.region();
  const notes = sidebar.getByRole('textbox', { name: 'Notes' });
  await notes.click();
  await notes.pressSequentially(SECRET);
  await expect(sidebar.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await notes.press('Control+a'); // the notes selected in the sidebar

  const seen = await pageLooks(profile.page, 'Zebra-7731');
  expect(seen.inDom).toBe(false);
  expect(seen.hostShadow).toBe(false); // closed: host.shadowRoot is null
  expect(seen.hostChildren).toBe(0);
  expect(seen.roots).toBe(0); // the content script's attachShadow is not the page's
  // A frame inside a shadow tree is not among window.frames: the page has no handle on it at all
  // (were it there, its document would still be cross-origin: the probes would say 'blocked').
  expect(seen.frames).toEqual([]);
  expect(seen.keys).toEqual([]); // what is typed in the sidebar never reaches the page's listeners
  expect(seen.messages).toBe('[]'); // nor does anything of the frame's (no event.source to keep)
  expect(seen.selection).not.toContain('Zebra');
  expect(seen.active).toBe('MAILLE-SIDEBAR'); // the page knows where focus is, not what it holds
});

test('a nosy page forges messages at the sidebar and the content script, and probes for the extension: nothing changes, nothing answers', async ({ ext }) => {
  const profile = await openNosy(ext.context);
  await profile.addToMaille();
  await profile.writeNotes(SECRET);
  const before = await storedNotes(ext.worker);
  expect(before.count).toBe(1);

  const probes = await profile.page.evaluate(async (extensionId) => {
    const mallory = encodeURIComponent(JSON.stringify({ status: 'profile', ref: { site: 'linkedin', key: 'linkedin:mallory', url: 'https://www.linkedin.com/in/mallory/' }, identity: { name: 'Mallory Forger' } }));
    // Forged frame states, with every key a page could guess, to every frame and to the page itself.
    for (let i = 0; i < window.frames.length; i++) {
      for (const key of ['', 'undefined', '00000000-0000-0000-0000-000000000000', crypto.randomUUID()]) {
        window.frames[i]!.postMessage({ type: 'maille:frame-state', key, state: mallory }, '*');
      }
      window.frames[i]!.postMessage({ type: 'saveNotes', data: { notes: 'forged' } }, '*');
    }
    window.postMessage({ type: 'maille:frame-state', key: '', state: mallory }, '*');
    window.postMessage({ type: 'profileSeen', data: { site: 'linkedin', key: 'linkedin:mallory' } }, '*');
    dispatchEvent(new CustomEvent('maille:frame-state', { detail: mallory }));
    // The fold shortcut, forged (the user's own keys fold the sidebar; the page's must not).
    for (const target of [window, document, document.body]) target.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyM', key: 'M', altKey: true, shiftKey: true, bubbles: true }));
    // The extension's files, by their fixed address (the id is public on a store page): sidebar.html
    // is web-accessible only at a dynamic address, the rest not at all.
    const fetched: string[] = [];
    for (const file of ['sidebar.html', 'on-profiles.js', 'manifest.json', 'popup.html', 'options.html', 'icon/16.png', 'background.js']) {
      const url = `chrome-extension://${extensionId}/${file}`;
      try {
        await fetch(url);
        fetched.push(`fetched ${file}`);
      } catch {
        /* refused, as it should be */
      }
      const loaded = await new Promise<boolean>((resolve) => {
        const img = new Image();
        img.onload = () => resolve(true);
        img.onerror = () => resolve(false);
        img.src = url;
      });
      if (loaded) fetched.push(`loaded ${file}`);
    }
    return { fetched, frames: window.frames.length };
  }, ext.extensionId);
  expect(probes).toEqual({ fetched: [], frames: 0 });

  await profile.page.waitForTimeout(500);
  const sidebar = await profile.region();
  await expect(sidebar.getByRole('heading', { name: 'Claire Fontaine' })).toBeVisible();
  await expect(sidebar.getByText('Mallory Forger')).toHaveCount(0);
  await expect(sidebar.getByRole('textbox', { name: 'Notes' })).toHaveValue(SECRET);
  expect(await storedNotes(ext.worker)).toEqual(before);
  await expect.poll(() => profile.sidebarCount()).toEqual({ hosts: 1, frames: 1 });
});

test('the page removes the sidebar: it comes back with the person and the text typed just before; a page that keeps removing it is left alone', async ({ ext }) => {
  const profile = await openNosy(ext.context);
  await profile.addToMaille();
  const notes = (await profile.region()).getByRole('textbox', { name: 'Notes' });
  await notes.fill('Typed just before the page removed the sidebar');
  await profile.page.evaluate(() => document.querySelector('maille-sidebar')!.remove());

  await expect.poll(() => profile.sidebarCount()).toEqual({ hosts: 1, frames: 1 });
  const back = await profile.region();
  await expect(back.getByRole('heading', { name: 'Claire Fontaine' })).toBeVisible();
  await expect(back.getByRole('textbox', { name: 'Notes' })).toHaveValue('Typed just before the page removed the sidebar');

  // Restyled by the page: hidden, and nothing typed is lost meanwhile.
  await back.getByRole('textbox', { name: 'Notes' }).fill('Still here after being hidden');
  await profile.page.evaluate(() => document.querySelector<HTMLElement>('maille-sidebar')!.style.setProperty('display', 'none', 'important'));
  await expect(profile.page.locator('maille-sidebar')).toBeHidden();
  await profile.page.evaluate(() => document.querySelector<HTMLElement>('maille-sidebar')!.style.setProperty('display', 'block', 'important'));
  await expect((await profile.region()).getByRole('textbox', { name: 'Notes' })).toHaveValue('Still here after being hidden');

  // A page that fights: after a few returns, Maille stops coming back (no endless loop).
  for (let i = 0; i < 8; i++) {
    await profile.page.evaluate(() => document.querySelector('maille-sidebar')?.remove());
    await profile.page.waitForTimeout(150);
  }
  await expect.poll(() => profile.sidebarCount()).toEqual({ hosts: 0, frames: 0 });
});

test('the content script adds one element to the page and nothing else; nothing Maille shows is in its DOM', async ({ ext }) => {
  const snapshot = (page: Page) => page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    const hosts = copy.querySelectorAll('maille-sidebar');
    for (const host of hosts) host.remove();
    return { hosts: hosts.length, html: new XMLSerializer().serializeToString(copy), text: document.body.innerText };
  });
  const alone = await launchWithoutExtension();
  try {
    const page = await alone.context.newPage();
    await page.goto(CLAIRE);
    const without = await snapshot(page);
    const profile = await ProfilePage.open(ext.context, CLAIRE);
    await profile.addToMaille();
    await profile.writeNotes(SECRET);
    const withMaille = await snapshot(profile.page);
    expect(withMaille.hosts).toBe(1);
    expect(withMaille.html).toBe(without.html);
    expect(withMaille.text).toBe(without.text);
  } finally {
    await alone.close();
  }
});

// The policy lets the extension reach https hosts and this computer: the sync server is the
// person's choice (issue 22), so it cannot be named in the manifest. What else it still refuses is
// tested here; that nothing but the configured server is ever contacted, and only once sync is
// on, is what the request recorder checks at the end of every end-to-end test.
test("the extension's own pages and worker cannot reach a server but over https: plain http, beacons, sockets and foreign images are refused", async ({ ext }) => {
  const attempt = async (where: { evaluate: Page['evaluate'] }) => where.evaluate(async () => {
    const reached: string[] = [];
    try {
      await fetch('http://tracker.example/collect?x=1');
      reached.push('fetch');
    } catch {
      /* refused */
    }
    try {
      await new Promise<void>((resolve, reject) => {
        const socket = new WebSocket('ws://tracker.example/socket');
        socket.onopen = () => resolve();
        socket.onerror = () => reject(new Error('refused'));
      });
      reached.push('websocket');
    } catch {
      /* refused */
    }
    if (typeof navigator.sendBeacon === 'function') {
      try {
        navigator.sendBeacon('http://tracker.example/beacon', 'x');
      } catch {
        /* refused */
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    if (typeof Image !== 'undefined') {
      const loaded = await new Promise<boolean>((resolve) => {
        const img = new Image();
        img.onload = () => resolve(true);
        img.onerror = () => resolve(false);
        img.src = 'https://tracker.example/pixel.png';
      });
      if (loaded) reached.push('image');
    }
    return reached;
  });
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  expect(await attempt(popup)).toEqual([]);
  expect(await attempt(ext.worker)).toEqual([]);
  // Refused by the extension's own policy, before the network: the recorder saw nothing either.
  expect(ext.offSite.urls).toEqual([]);
});
