import { ProfilePage } from './pages/profile-page';
import { expect, test } from './support/fixtures';
import { SidePanel } from './support/side-panel';

const CLAIRE = 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/';

// The browser's own side panel, chosen per site: the site's page then holds nothing of Maille.
test('side-panel mode: the LinkedIn page holds no Maille element, the panel follows the active tab, the same sidebar works there', async ({ ext }) => {
  const settings = await ext.context.newPage();
  await settings.goto(`chrome-extension://${ext.extensionId}/options.html#settings`);
  const display = settings.getByRole('region', { name: 'Where Maille shows' });
  await display.getByLabel('LinkedIn').selectOption({ label: 'In the browser’s side panel' });

  const profile = await ProfilePage.open(ext.context, CLAIRE);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  // The popup opens the panel and closes (here, its tab): the profile is the active tab again.
  await popup.getByRole('button', { name: 'Side panel' }).click();
  const panel = await SidePanel.attach(ext.context, profile.page, ext.extensionId);
  await expect.poll(() => panel.text()).toContain('Claire Fontaine is not in Maille yet.');

  // The content script has read the page (the panel shows what it read), and added nothing to it.
  expect(await profile.sidebarCount()).toEqual({ hosts: 0, frames: 0 });
  expect(await profile.page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => /^maille/i.test(el.tagName) || el.shadowRoot).length)).toBe(0);

  // The sidebar's own parts, in the panel: add her, write a note.
  await panel.clickButton('Add to Maille');
  await expect.poll(() => panel.evaluate<boolean>('!!document.querySelector("textarea")')).toBe(true);
  await panel.typeInto('textarea', 'Met in the side panel');
  await expect.poll(() => panel.text()).toContain('Saved');

  // Another tab, not a profile: the panel shows the follow-ups; back on the profile, the person.
  await settings.bringToFront();
  await expect.poll(() => panel.text()).toContain('Nobody to get back to');
  await profile.page.bringToFront();
  await expect.poll(() => panel.evaluate<string>('document.querySelector("textarea")?.value ?? ""')).toBe('Met in the side panel');

  // XING stays in the page; moving LinkedIn back to the page shows the sidebar in the open tab.
  const xing = await ProfilePage.open(ext.context, 'https://www.xing.com/profile/Claire_Fontaine');
  await expect((await xing.region()).getByRole('heading', { name: 'Claire Fontaine' })).toBeVisible();
  // (the panel does not repeat what the page shows)
  await expect.poll(() => panel.text()).toContain('Nobody to get back to');
  await settings.bringToFront();
  await display.getByLabel('LinkedIn').selectOption({ label: 'In the page, beside the profile' });
  await profile.page.bringToFront();
  await expect((await profile.region()).getByRole('textbox', { name: 'Notes' })).toHaveValue('Met in the side panel');
  await expect.poll(() => panel.text()).toContain('Nobody to get back to');
});
