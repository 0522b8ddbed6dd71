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
  test.setTimeout(480_000);
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
      // What was typed is stored — waited for as a state, as long as a busy machine needs: text
      // that was lost never arrives, and the try counts as lost after 15 s.
      const goal = expected + words;
      let stored = await storedNotes(ext.worker);
      try {
        await expect.poll(async () => (stored = await storedNotes(ext.worker)), { timeout: 15_000 }).toBe(goal);
      } catch {
        /* lost: counted below */
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

test('two tabs typing at once: edits in different places merge, additions at one place are both kept, the same words asks, nothing is lost', async ({ ext }) => {
  const one = await ProfilePage.open(ext.context, CLAIRE);
  await one.addToMaille();
  await one.writeNotes('Met in Lyon.\nLikes cobots.');
  const two = await ProfilePage.open(ext.context, CLAIRE);
  const notesOne = (await one.region()).getByRole('textbox', { name: 'Notes' });
  const notesTwo = (await two.region()).getByRole('textbox', { name: 'Notes' });
  await expect(notesTwo).toHaveValue('Met in Lyon.\nLikes cobots.');

  // Both type within the autosave pause: tab one on the first line, tab two at the end.
  await notesOne.press('Control+Home');
  await notesOne.press('End');
  await notesOne.pressSequentially(' In May.');
  await notesTwo.press('Control+End');
  await notesTwo.pressSequentially(' And drones.');
  const merged = 'Met in Lyon. In May.\nLikes cobots. And drones.';
  await expect.poll(() => storedNotes(ext.worker)).toBe(merged);
  await expect(notesOne).toHaveValue(merged);
  await expect(notesTwo).toHaveValue(merged);

  // Both add to the end at once: both kept, in the same order whichever saved first; nobody is asked.
  await notesOne.press('Control+End');
  await notesOne.pressSequentially(' Send the deck.');
  await notesTwo.press('Control+End');
  await notesTwo.pressSequentially(' Call in June.');
  const appended = `${merged} Call in June. Send the deck.`;
  await expect.poll(() => storedNotes(ext.worker)).toBe(appended);
  await expect(notesOne).toHaveValue(appended);
  await expect(notesTwo).toHaveValue(appended);
  const sidebarOne = await one.region();
  const sidebarTwo = await two.region();
  const keepBoth = [sidebarOne, sidebarTwo].map((sidebar) => sidebar.getByRole('button', { name: 'Keep both' }));
  expect((await keepBoth[0]!.count()) + (await keepBoth[1]!.count())).toBe(0);

  // The same words changed differently at once: whichever tab saved second is asked, with both versions.
  // Both sent together: one after the other, on a busy machine tab one's save could reach tab two
  // before its edit (a plain edit then, nobody asked: seen once in a run beside the benchmark).
  await Promise.all([notesOne.fill(appended.replace('cobots', 'robots')), notesTwo.fill(appended.replace('cobots', 'drones'))]);
  await expect.poll(async () => (await keepBoth[0]!.count()) + (await keepBoth[1]!.count())).toBe(1);
  const asked = (await keepBoth[0]!.count()) ? keepBoth[0]! : keepBoth[1]!;
  await expect(asked.locator('xpath=ancestor::*[@role="group"]').getByRole('textbox', { name: 'The other version' })).toBeVisible();
  await asked.click();
  await expect.poll(() => storedNotes(ext.worker)).toContain('Likes robots.');
  await expect.poll(() => storedNotes(ext.worker)).toContain('Likes drones.');
  const final = await storedNotes(ext.worker);
  await expect(notesOne).toHaveValue(final);
  await expect(notesTwo).toHaveValue(final);
});

test('the worker stopping again and again while typing: the text is saved, in the user\'s words meanwhile', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, CLAIRE);
  await profile.addToMaille();
  const sidebar = await profile.region();
  const notes = sidebar.getByRole('textbox', { name: 'Notes' });
  const cdp = await ext.context.newCDPSession(profile.page);
  const stopWorker = async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(ext.extensionId));
    if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId }).catch(() => undefined);
  };
  const seen = new Set<string>();
  const watch = setInterval(() => void sidebar.locator('p[role=status], [role=alert]').allTextContents().then((texts) => texts.forEach((t) => seen.add(t))).catch(() => undefined), 50);
  let typed = '';
  for (let i = 0; i < 3; i++) {
    const words = `${i ? ' ' : ''}part-${i}`;
    await notes.pressSequentially(words);
    typed += words;
    // Stop the worker over and over, through the pause and while the save is in flight.
    for (const until = Date.now() + 1_200; Date.now() < until; ) {
      await stopWorker();
      await profile.page.waitForTimeout(60);
    }
  }
  await expect(sidebar.getByText('Saved', { exact: true })).toBeVisible({ timeout: 40_000 });
  clearInterval(watch);
  await expect(notes).toHaveValue(typed);
  const again = await ProfilePage.open(ext.context, CLAIRE);
  await expect((await again.region()).getByRole('textbox', { name: 'Notes' })).toHaveValue(typed);
  // Never a browser's internal message on screen.
  expect([...seen].filter((text) => /listener|channel|establish|Extension context/i.test(text))).toEqual([]);
});
