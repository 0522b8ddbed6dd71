import type { Worker } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ProfilePage } from './pages/profile-page';

/** The one contact's stored name, read from the extension's IndexedDB by the background. */
function storedName(worker: Worker): Promise<string> {
  return worker.evaluate(() => new Promise<string>((resolve) => {
    const open = indexedDB.open('maille');
    open.onsuccess = () => {
      const all = open.result.transaction('contacts').objectStore('contacts').getAll();
      all.onsuccess = () => resolve((all.result as { name: string }[])[0]!.name);
    };
  }));
}

test('a name with a right-to-left override is stored and shown without it, isolated from the sentence', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/yusuf-ozturk/');
  const frame = await profile.sidebar();
  const sidebar = frame.getByRole('region', { name: 'Maille' });
  await expect(sidebar.getByRole('heading', { name: 'Yusuf lanoitanretni Öztürk' })).toBeVisible();
  await expect(sidebar.getByText('Trader at Bosphorus Capital')).toBeVisible();
  const sentence = sidebar.locator('p', { hasText: 'is not in Maille yet.' });
  await expect(sentence).toHaveText('Yusuf lanoitanretni Öztürk is not in Maille yet.');
  // The name sits in its own <bdi>: however it is written, it cannot reorder the words after it.
  expect(await sentence.locator('bdi').textContent()).toBe('Yusuf lanoitanretni Öztürk');
  expect(await frame.evaluate(() => /[\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f]/.test(document.body.textContent ?? ''))).toBe(false);

  await profile.addToMaille();
  const stored = await storedName(ext.worker);
  expect(stored).toBe('Yusuf lanoitanretni Öztürk');
});

test('an emoji-first name keeps its emoji whole, in the name and as the avatar letter', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/ada-lovelace/');
  const frame = await profile.sidebar();
  const sidebar = frame.getByRole('region', { name: 'Maille' });
  // The zero-width space inside "Lovelace" is gone, not turned into a space; the emoji's joiner stays.
  await expect(sidebar.getByRole('heading', { name: '👩🏽\u200d💻 Ada Lovelace' })).toBeVisible();
  expect(await frame.locator('.photo.placeholder').textContent()).toBe('👩🏽\u200d💻');
});

test('a 100,000-character name is capped and wraps: the sidebar keeps its width', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/zed-w/');
  const frame = await profile.sidebar();
  const heading = frame.getByRole('region', { name: 'Maille' }).getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(/^Zed W+…$/);
  expect(((await heading.textContent()) ?? '').length).toBeLessThanOrEqual(200);
  const widths = await frame.evaluate(() => ({ content: document.documentElement.scrollWidth, frame: document.documentElement.clientWidth }));
  expect(widths.content).toBeLessThanOrEqual(widths.frame);
  await profile.addToMaille();
  expect((await storedName(ext.worker)).length).toBeLessThanOrEqual(200);
});

test('a headline of script, bidi override, zero-width characters and 100,000 characters: shown as capped text, stored capped and clean, nothing runs, the sidebar keeps its width', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/hostile-fields/');
  const frame = await profile.sidebar();
  const sidebar = frame.getByRole('region', { name: 'Maille' });
  await expect(sidebar.getByRole('heading', { name: 'Hostile Fields' })).toBeVisible();
  const headline = sidebar.getByText(/^<script>window\.__pwned=3<\/script> H+/);
  await expect(headline).toBeVisible();
  expect(((await headline.textContent()) ?? '').length).toBeLessThanOrEqual(200);
  await profile.addToMaille();
  const stored = await ext.worker.evaluate(() => new Promise<{ headline?: string; location?: string }>((resolve) => {
    const open = indexedDB.open('maille');
    open.onsuccess = () => {
      const all = open.result.transaction('contacts').objectStore('contacts').getAll();
      all.onsuccess = () => resolve((all.result as { headline?: string; location?: string }[])[0]!);
    };
  }));
  expect(stored.headline!.length).toBeLessThanOrEqual(200);
  expect(`${stored.headline}${stored.location}`).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b]/);
  expect(await frame.locator('img[src="x"], script:not([src])').count()).toBe(0);
  for (const world of [frame, profile.page]) expect(await world.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  const widths = await frame.evaluate(() => ({ content: document.documentElement.scrollWidth, frame: document.documentElement.clientWidth }));
  expect(widths.content).toBeLessThanOrEqual(widths.frame);
});
