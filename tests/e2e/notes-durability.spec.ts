import type { Page, Worker } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ProfilePage } from './pages/profile-page';

const CLAIRE = 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/';

/** The notes stored for the one contact, read from the extension's own IndexedDB. */
function storedNotes(from: Worker | Page): Promise<string> {
  return (from as Worker).evaluate(() => new Promise<string>((resolve, reject) => {
    const open = indexedDB.open('maille');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('contacts').objectStore('contacts').getAll();
      all.onsuccess = () => resolve((all.result as { notes: string }[])[0]?.notes ?? '');
    };
  }));
}

test('text typed right before the tab closes is kept (10 tries at 0, 100 and 300 ms)', async ({ ext }) => {
  test.setTimeout(240_000);
  const first = await ProfilePage.open(ext.context, CLAIRE);
  await first.addToMaille();
  await first.page.close();

  const kept: Record<number, number> = { 0: 0, 100: 0, 300: 0 };
  let expected = '';
  for (const delay of [300, 100, 0]) {
    for (let i = 0; i < 10; i++) {
      const profile = await ProfilePage.open(ext.context, CLAIRE);
      const notes = (await profile.region()).getByRole('textbox', { name: 'Notes' });
      await expect(notes).toHaveValue(expected);
      await notes.press('Control+End');
      const words = `${expected ? ' ' : ''}try-${delay}-${i}`;
      await notes.pressSequentially(words);
      if (delay) await profile.page.waitForTimeout(delay);
      await profile.page.close();
      // What was typed is stored (a second is plenty for the background to finish).
      const goal = expected + words;
      const deadline = Date.now() + 3_000;
      let stored = await storedNotes(ext.worker);
      while (stored !== goal && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        stored = await storedNotes(ext.worker);
      }
      if (stored === goal) kept[delay]!++;
      else console.log(`lost at ${delay} ms: ${JSON.stringify(stored)} instead of ${JSON.stringify(goal)}`);
      expected = stored;
    }
  }
  console.log(`notes kept after closing the tab: 0 ms ${kept[0]}/10, 100 ms ${kept[100]}/10, 300 ms ${kept[300]}/10`);
  expect(kept[300]).toBe(10);
  expect(kept[100]).toBe(10);
  expect(kept[0]).toBeGreaterThanOrEqual(8);

  const again = await ProfilePage.open(ext.context, CLAIRE);
  await expect((await again.region()).getByRole('textbox', { name: 'Notes' })).toHaveValue(expected);
});
