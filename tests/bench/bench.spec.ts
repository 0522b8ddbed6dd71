import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { ProfilePage } from '../e2e/pages/profile-page';
import { EXTENSION_DIR, launchExtension } from '../e2e/support/launch';

const CONTACTS = 10_000;
const DUE = 500;
const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

test('popup, sidebar and content script with 10,000 contacts', async () => {
  const ext = await launchExtension();
  const results: [string, string][] = [];
  try {
    // The popup opens the database with its schema; then the worker seeds it (raw IndexedDB: a
    // benchmark fixture only).
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await page.getByRole('heading', { name: 'Nobody to get back to' }).waitFor();
    await ext.worker.evaluate(async ({ total, due }) => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('maille');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('contacts')) return reject(new Error('the database is not created yet'));
          const tx = open.result.transaction('contacts', 'readwrite');
          const store = tx.objectStore('contacts');
          const now = Date.now();
          for (let i = 0; i < total; i++) {
            const slug = `person-${i}`;
            store.put({
              id: `bench-${i}`, name: `Person ${i}`, nameKey: `person ${i}`, emails: [], tags: [], notes: '',
              profiles: [{ site: 'linkedin', key: `linkedin:${slug}`, url: `https://www.linkedin.com/in/${slug}/` }], profileKeys: [`linkedin:${slug}`],
              cadenceDays: 91, createdAt: now, updatedAt: now, lastContactAt: now - 100 * 86_400_000,
              ...(i % (total / due) === 0 ? { nextDueAt: now - (i % 5) * 86_400_000, dueReason: 'reconnect' } : {}),
            });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      });
    }, { total: CONTACTS, due: DUE });

    // Popup: from opening to the first due entry on screen.
    const opens: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = Date.now();
      await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      await page.getByRole('listitem').first().waitFor();
      opens.push(Date.now() - start);
    }
    results.push([`popup open, ${DUE} due of ${CONTACTS} (median of ${RUNS})`, `${median(opens)} ms`]);
    results.push(['popup list items in the DOM', String(await page.getByRole('listitem').count())]);

    // Scrolling the virtualized list: frame times while it scrolls 240 px a frame.
    const frames = await page.evaluate(() => new Promise<number[]>((resolve) => {
      const scroller = document.querySelector('.virtual-scroller')!;
      const times: number[] = [];
      let last = performance.now();
      const step = () => {
        const t = performance.now();
        times.push(t - last);
        last = t;
        scroller.scrollTop += 240;
        if (times.length < 150) requestAnimationFrame(step);
        else resolve(times.slice(5));
      };
      requestAnimationFrame(step);
    }));
    results.push(['popup scroll frame time, median / p95', `${median(frames).toFixed(1)} / ${p95(frames).toFixed(1)} ms`]);

    // Sidebar: from page load to the person's name in the sidebar (known contact among 10,000).
    const shows: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = Date.now();
      const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/');
      await (await profile.region()).getByRole('heading', { name: 'Claire Fontaine' }).waitFor();
      shows.push(Date.now() - start);
      await profile.page.close();
    }
    results.push([`sidebar shown on a profile (median of ${RUNS})`, `${median(shows)} ms`]);

    const script = join(EXTENSION_DIR, 'content-scripts', 'profile.js');
    results.push(['content script size', `${(statSync(script).size / 1024).toFixed(1)} kB`]);
  } finally {
    await ext.close();
  }
  console.log('\n| measure | value |\n|---|---|\n' + results.map(([k, v]) => `| ${k} | ${v} |`).join('\n'));
});
