import { expect, test } from './support/fixtures';
import { toLocalDay } from '../../core/local-day';
import { PopupPage } from './pages/extension-pages';
import { ProfilePage } from './pages/profile-page';
import { contentScriptWorld, sidebarHostTags } from './support/isolated-world';

const CLAIRE_LINKEDIN = 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/';

test('add a person from a LinkedIn profile, write a note, reload: the note is there', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, CLAIRE_LINKEDIN);
  const sidebar = await profile.region();
  await expect(sidebar.getByRole('heading', { name: 'Claire Fontaine' })).toBeVisible();
  await expect(sidebar.getByText('Head of Partnerships at Lumen Robotics')).toBeVisible();
  await expect(sidebar.getByText('Claire Fontaine is not in Maille yet.')).toBeVisible();

  await profile.addToMaille({ event: 'Mobile Monday Lyon', date: '2026-11-23', place: 'La Cordée', topic: 'Cobots for small workshops' });
  await profile.writeNotes('Wants an intro to a robotics lab in Grenoble.');

  await profile.page.reload();
  const after = await profile.region();
  await expect(after.getByRole('textbox', { name: 'Notes' })).toHaveValue('Wants an intro to a robotics lab in Grenoble.');
  await expect(after.getByText(/Mobile Monday Lyon · La Cordée/)).toBeVisible();

  // The data lives in the extension's own IndexedDB, and the visit was observed.
  const stored = await ext.worker.evaluate(() => new Promise<{ contacts: number; observations: number }>((resolve, reject) => {
    const open = indexedDB.open('maille');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['contacts', 'observations']);
      const contacts = tx.objectStore('contacts').count();
      const observations = tx.objectStore('observations').count();
      tx.oncomplete = () => resolve({ contacts: contacts.result, observations: observations.result });
    };
  }));
  expect(stored).toEqual({ contacts: 1, observations: 1 });
  expect(await profile.page.evaluate(() => indexedDB.databases())).toEqual([]);
});

test('log a contact: it appears in the timeline and as last contact', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/marc-lefebvre/');
  await profile.addToMaille();
  const sidebar = await profile.region();
  await expect(sidebar.getByText('No interaction logged yet.')).toBeVisible();
  await sidebar.getByLabel('Kind').selectOption('lunch');
  // A lunch asks what was discussed and the next step (habit 5): both on the timeline.
  await sidebar.getByLabel('What we discussed (optional)').fill('Talked about data platforms');
  await sidebar.getByLabel('Next step (optional)').fill('Send him the Lyon Data meetup link');
  await sidebar.getByRole('button', { name: 'Log contact' }).click();
  const timeline = sidebar.getByRole('list').filter({ hasText: 'Lunch' });
  await expect(timeline.getByText('Talked about data platforms')).toBeVisible();
  await expect(timeline.getByText('Next step: Send him the Lyon Data meetup link')).toBeVisible();
  await expect(sidebar.locator('p', { hasText: 'Last contact:' })).not.toContainText('Never');

  // A mistake: delete it, then think again and undo.
  await sidebar.getByRole('button', { name: /^Delete this Lunch of / }).click();
  await expect(sidebar.getByText('No interaction logged yet.')).toBeVisible();
  await expect(sidebar.locator('p', { hasText: 'Last contact:' })).toContainText('Never');
  await sidebar.getByRole('button', { name: 'Undo' }).click();
  await expect(timeline.getByText('Talked about data platforms')).toBeVisible();
  await expect(timeline.getByText('Next step: Send him the Lyon Data meetup link')).toBeVisible();
});

test('SPA navigation: pushState to a second profile shows them, the feed shows no sidebar', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/alice-bernard/');
  let sidebar = await profile.region();
  await expect(sidebar.getByRole('heading', { name: 'Alice Bernard' })).toBeVisible();
  await profile.addToMaille();
  await profile.writeNotes('Designer, met at Sud Web.');

  await profile.page.getByRole('link', { name: 'Bruno' }).click();
  await expect(profile.page).toHaveURL(/bruno-carr%C3%A9/);
  sidebar = await profile.region();
  await expect(sidebar.getByRole('heading', { name: 'Bruno Carré' })).toBeVisible();
  await expect(sidebar.getByText('Bruno Carré is not in Maille yet.')).toBeVisible();

  await profile.page.getByRole('link', { name: 'Alice' }).click();
  sidebar = await profile.region();
  await expect(sidebar.getByRole('textbox', { name: 'Notes' })).toHaveValue('Designer, met at Sud Web.');

  await profile.page.getByRole('link', { name: 'Home' }).click();
  await expect(profile.page).toHaveURL(/\/feed\/$/);
  await profile.expectNoSidebar();
});

test('a full load paints the page\'s own person at once, behind the frame, and the frame replaces it; the page sees none of it', async ({ ext }) => {
  const page = await ext.context.newPage();
  const world = await contentScriptWorld(page);
  await page.goto('https://www.linkedin.com/in/marc-lefebvre/');
  const profile = new ProfilePage(page);
  await expect((await profile.region()).getByRole('heading', { name: 'Marc Lefebvre' })).toBeVisible();
  // Painted by the content script before the frame's own paint…
  const firstLook = (await world('globalThis.mailleNameShown')) as { name: string; at: number } | undefined;
  expect(firstLook?.name).toBe('Marc Lefebvre');
  const frameMark = await (await profile.sidebar()).evaluate(() => performance.timeOrigin + performance.getEntriesByName('maille:name-shown')[0]!.startTime);
  expect(firstLook!.at).toBeLessThan(frameMark);
  // …and gone once the frame has loaded: the host holds the style, the frame and the tab.
  await expect.poll(() => sidebarHostTags(page)).toEqual(['style', 'iframe.panel', 'button.tab']);
  // The page itself reaches nothing of it, and finds no trace of Maille in its timeline.
  expect(await page.evaluate(() => ({
    shadow: document.querySelector('maille-sidebar')?.shadowRoot ?? null,
    marks: performance.getEntriesByType('mark').length,
    world: 'mailleNameShown' in window,
  }))).toEqual({ shadow: null, marks: 0, world: false });
});

test('a profile reached in-app from a page that is not one: the page reader is loaded then, once', async ({ ext }) => {
  // On a full load of a profile the manifest injects the reader with the page; here it cannot.
  const page = await ext.context.newPage();
  await page.goto('https://www.linkedin.com/mynetwork/');
  await page.waitForTimeout(300);
  const profile = new ProfilePage(page);
  await profile.expectNoSidebar();
  await page.getByRole('link', { name: 'Bruno' }).click();
  await expect((await profile.region()).getByRole('heading', { name: 'Bruno Carré' })).toBeVisible();
  await page.getByRole('link', { name: 'Alice' }).click();
  await expect((await profile.region()).getByRole('heading', { name: 'Alice Bernard' })).toBeVisible();
});

test('after ten SPA navigations there is exactly one sidebar', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/alice-bernard/');
  for (let i = 0; i < 10; i++) {
    await profile.page.getByRole('link', { name: i % 2 === 0 ? 'Bruno' : 'Alice' }).click();
    const name = i % 2 === 0 ? 'Bruno Carré' : 'Alice Bernard';
    await expect((await profile.region()).getByRole('heading', { name })).toBeVisible();
    expect(await profile.sidebarCount()).toEqual({ hosts: 1, frames: 1 });
  }
});

test('one person across sites: link the Viadeo and XING profiles, the same notes show', async ({ ext }) => {
  const linkedin = await ProfilePage.open(ext.context, CLAIRE_LINKEDIN);
  await linkedin.addToMaille();
  await linkedin.writeNotes('Prefers phone calls.');

  const viadeo = await ProfilePage.open(ext.context, 'https://fr.viadeo.com/fr/profile/claire.fontaine');
  let sidebar = await viadeo.region();
  await sidebar.getByRole('button', { name: /^Link to Claire Fontaine/ }).click();
  await expect(sidebar.getByRole('textbox', { name: 'Notes' })).toHaveValue('Prefers phone calls.');

  const xing = await ProfilePage.open(ext.context, 'https://www.xing.com/profile/Claire_Fontaine/cv');
  sidebar = await xing.region();
  await sidebar.getByRole('button', { name: /^Link to Claire Fontaine/ }).click();
  await expect(sidebar.getByRole('textbox', { name: 'Notes' })).toHaveValue('Prefers phone calls.');

  // A note written on XING shows on LinkedIn, live.
  await xing.writeNotes('Prefers phone calls. Moving to Munich in spring.');
  await expect((await linkedin.region()).getByRole('textbox', { name: 'Notes' })).toHaveValue('Prefers phone calls. Moving to Munich in spring.');
  await expect((await linkedin.region()).getByRole('link', { name: 'XING' })).toBeVisible();
});

test('a name holding HTML shows as text and runs nothing', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/eve-hacker/');
  const frame = await profile.sidebar();
  const sidebar = frame.getByRole('region', { name: 'Maille' });
  await expect(sidebar.getByRole('heading', { name: 'Eve <img src=x onerror="window.__pwned=1"> Hacker' })).toBeVisible();
  await profile.addToMaille();
  await expect(sidebar.getByRole('heading', { name: /^Eve <img/ })).toBeVisible();
  expect(await frame.locator('img[src="x"], script:not([src])').count()).toBe(0);
  expect(await frame.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await profile.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('every URL form of the three sites gets a sidebar with the right person', async ({ ext }) => {
  const page = await ProfilePage.open(ext.context, 'https://www.linkedin.com/feed/');
  for (const [url, name] of [
    ['https://www.linkedin.com/in/claire-fontaine-4a5b6c/', 'Claire Fontaine'],
    ['https://fr.linkedin.com/in/Claire-Fontaine-4a5b6c?originalSubdomain=fr', 'Claire Fontaine'],
    ['https://www.linkedin.com/in/claire-fontaine-4a5b6c/details/experience/', 'Claire Fontaine'],
    ['https://www.linkedin.com/in/claire-fontaine-4a5b6c/overlay/contact-info/', 'Claire Fontaine'],
    ['https://www.linkedin.com/in/claire-fontaine-4a5b6c/fr', 'Claire Fontaine'],
    ['https://www.linkedin.com/in/bruno-carr%C3%A9/', 'Bruno Carré'],
    ['https://www.linkedin.com/pub/krzysztof-marzec/a7/576/b50?trk=public_profile', 'Krzysztof Marzec'],
    ['https://www.linkedin.com/in/marc-lefebvre/', 'Marc Lefebvre'],
    ['https://www.linkedin.com/in/nadia-benali-b12/', 'Nadia Benali'],
    ['https://uk.linkedin.com/in/sophie-martin-87b2', 'Sophie Martin'],
    ['https://fr.viadeo.com/fr/profile/claire.fontaine', 'Claire Fontaine'],
    ['https://www.viadeo.com/p/0021xk8mz9q2vbd', 'Jean Dupont'],
    ['https://viadeo.journaldunet.com/p/luc-moreau-1234567', 'Luc Moreau'],
    ['https://www.xing.com/profile/Claire_Fontaine', 'Claire Fontaine'],
    ['https://www.xing.com/profile/Claire_Fontaine/cv?sc_o=da980', 'Claire Fontaine'],
    ['https://www.xing.com/profile/Jonas_Weber2', 'Jonas Weber'],
  ] as const) {
    await page.goto(url);
    const sidebar = await page.region();
    await expect(sidebar.getByRole('heading', { name, exact: true }), url).toBeVisible();
    await expect(sidebar.getByRole('button', { name: 'Add to Maille' }), url).toBeVisible();
  }
});

test('pages that are not profiles get no sidebar', async ({ ext }) => {
  const page = await ProfilePage.open(ext.context, 'https://www.linkedin.com/feed/');
  await page.page.waitForTimeout(500);
  await page.expectNoSidebar();
  for (const url of [
    'https://www.linkedin.com/company/lumen-robotics/',
    'https://www.linkedin.com/in/walled-person/',
    'https://www.linkedin.com/in/ACoAABcdEfGh/',
    'https://www.linkedin.com/authwall?trk=bf&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fclaire',
    'https://fr.viadeo.com/fr/',
    'https://www.xing.com/companies/nordwindgmbh',
  ]) {
    await page.goto(url);
    await page.page.waitForTimeout(700);
    await page.expectNoSidebar();
  }
});

test('an unreadable profile says so and lets the user add the person by hand', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/someone-unknown/');
  const sidebar = await profile.region();
  await expect(sidebar.getByRole('heading', { name: "Couldn't read this profile" })).toBeVisible({ timeout: 30_000 });
  const name = sidebar.getByRole('textbox', { name: 'Name' });
  await expect(name).toHaveValue('Someone Unknown');
  await name.fill('Samir Ounas');
  await sidebar.getByRole('button', { name: 'Add to Maille' }).click();
  await expect(sidebar.getByRole('heading', { name: 'Samir Ounas' })).toBeVisible();
  await expect(sidebar.getByRole('textbox', { name: 'Notes' })).toBeVisible();
});

test('a profile that renders late replaces "couldn\'t read" with the person', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/lucie-tardif/');
  const sidebar = await profile.region();
  // Maille gives up waiting after 4 s of its own clock; only then does the page render its person
  // (was a 5 s timer in the page, which a busy machine could run before Maille's).
  await expect(sidebar.getByRole('heading', { name: "Couldn't read this profile" })).toBeVisible({ timeout: 30_000 });
  await profile.page.evaluate(() => (window as unknown as { renderTopCard: () => void }).renderTopCard());
  await expect(sidebar.getByRole('heading', { name: 'Lucie Tardif' })).toBeVisible();
  await expect(sidebar.getByText('Photographer at Studio Tardif')).toBeVisible();
});

test('the sidebar folds to a tab and back with Alt+Shift+M', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, CLAIRE_LINKEDIN);
  const frame = await profile.sidebar();
  const sidebar = frame.getByRole('region', { name: 'Maille' });
  // The iframe element, reached through the closed shadow root by the browser's own protocol.
  const frameElement = await frame.frameElement();
  const frameWidth = async () => (await frameElement.boundingBox())?.width ?? 0;
  await expect(sidebar).toBeVisible();
  expect(await frameWidth()).toBeGreaterThan(300);

  await sidebar.getByRole('button', { name: /Hide Maille/ }).click();
  await expect.poll(frameWidth).toBe(0);

  // From the page: the shortcut unfolds it.
  await profile.page.locator('body').click({ position: { x: 10, y: 300 } });
  await profile.page.keyboard.press('Alt+Shift+KeyM');
  await expect.poll(frameWidth).toBeGreaterThan(300);

  // From inside the sidebar: the same shortcut folds it; the state holds across page loads.
  await sidebar.getByRole('textbox', { name: 'Notes' }).or(sidebar.getByRole('button', { name: 'Add to Maille' })).first().focus();
  await frame.page().keyboard.press('Alt+Shift+KeyM');
  await expect.poll(frameWidth).toBe(0);
  await profile.page.reload();
  const reloaded = await (await profile.sidebar()).frameElement();
  await expect.poll(async () => (await reloaded.boundingBox())?.width ?? 0).toBe(0);
});

test('the sidebar frame works with third-party cookies blocked (no IndexedDB in the frame)', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, CLAIRE_LINKEDIN);
  const frame = await profile.sidebar();
  const canOpen = await frame.evaluate(
    () => new Promise<boolean>((resolve) => {
      try {
        const request = indexedDB.open('probe');
        request.onsuccess = () => resolve(true);
        request.onerror = () => resolve(false);
      } catch {
        resolve(false);
      }
    }),
  );
  expect(canOpen, 'the test profile must block third-party cookies, as Chromium does by default here').toBe(false);
  await profile.addToMaille();
  await profile.writeNotes('Saved through the background.');
});

test('a photo that no longer loads (the sites\' photo addresses expire) shows the initial instead, in the sidebar and the popup', async ({ ext }) => {
  await ext.context.route(/^https:\/\/[^/]*licdn\.com\//, (route) => route.fulfill({ status: 403, body: '' }));
  const profile = await ProfilePage.open(ext.context, CLAIRE_LINKEDIN);
  await expect((await profile.region()).getByRole('heading', { name: 'Claire Fontaine' })).toBeVisible();
  const sidebar = await profile.sidebar();
  await expect(sidebar.locator('.person .photo')).toHaveText('C');
  await expect(sidebar.locator('img')).toHaveCount(0);

  await profile.addToMaille({ event: 'Mobile Monday Lyon', date: toLocalDay(Date.now() - 86_400_000) });
  const popup = await PopupPage.open(ext.context, ext.extensionId);
  await expect(popup.entry('Claire Fontaine').locator('.avatar')).toHaveText('C');
  await expect(popup.page.locator('img')).toHaveCount(0);
});
