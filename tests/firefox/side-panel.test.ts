import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { FirefoxSidebar, openExtensionPage, sidebarFrame, waitForText, useFirefox } from './support/firefox';

const CLAIRE = 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/';

/** Settings, "Where Maille shows": LinkedIn in the page or in the browser's side panel. */
function showLinkedInIn(settings: Page, where: 'page' | 'panel'): Promise<void> {
  return settings.evaluate((where) => {
    const select = [...document.querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent === 'LinkedIn')!.querySelector('select')!;
    select.value = where;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, where);
}

/**
 * The side-panel mode in Firefox: Maille's page in the browser's sidebar (`sidebar_action`,
 * Chrome's `side_panel`), opened from the popup, following the active tab.
 */
describe('the side panel in Firefox', () => {
  const firefox = useFirefox();

  it('LinkedIn in the sidebar: the page holds nothing of Maille, the sidebar shows the person and works, and follows the tab', async () => {
    const profile = await firefox().newPage();
    await profile.goto(CLAIRE);
    // Another tab of this window, opened now: new tabs open in the focused window, which will be
    // the settings' window later.
    const other = await firefox().newPage();
    await other.goto('https://www.linkedin.com/feed/');
    await profile.bringToFront();
    const inPage = await sidebarFrame(profile);
    await waitForText(inPage, 'Claire Fontaine is not in Maille yet.');

    // A person's click in the popup (a tab of this window) opens the panel: Firefox opens its
    // sidebar on user input only, in the active window. The popup then closes itself, and the
    // profile, still shown in the page, is the active tab again: the panel shows the follow-ups.
    const popup = await openExtensionPage(firefox(), inPage, 'popup.html');
    await (await popup.waitForSelector('button::-p-text(Side panel)'))!.click();
    await expect.poll(() => popup.isClosed() || popup.evaluate(() => false).catch(() => true), { timeout: 30_000 }).toBe(true);
    // The settings in a window of their own, so that the profile stays this window's active tab.
    const settings = await openExtensionPage(firefox(), inPage, 'options.html#settings', 'window');
    const panel = new FirefoxSidebar(settings);
    await panel.waitForText('Nobody to get back to');
    expect(await panel.isOpen()).toBe(true);

    // LinkedIn moved to the side panel, in the open tab at once: the person leaves the page for the panel.
    await waitForText(settings, 'Where Maille shows');
    await showLinkedInIn(settings, 'panel');
    await panel.waitForText('Claire Fontaine is not in Maille yet.');
    expect(await profile.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.shadowRoot || /^maille/i.test(e.tagName)).length)).toBe(0);

    // The sidebar's own parts, in the panel: add her, write a note.
    await panel.clickButton('Add to Maille');
    await panel.waitForText('Notes');
    await panel.fill('textarea', 'Met in the Firefox sidebar');
    await panel.waitForText('Saved');

    // Another tab, not a profile: the follow-ups; back on the profile: the person and her note.
    await other.bringToFront();
    await panel.waitForText('Nobody to get back to');
    await profile.bringToFront();
    await expect.poll(() => panel.value('textarea'), { timeout: 30_000 }).toBe('Met in the Firefox sidebar');

    // LinkedIn back in the page: the open profile shows the sidebar with her note, the panel the follow-ups.
    await showLinkedInIn(settings, 'page');
    const back = await sidebarFrame(profile);
    await waitForText(back, 'Notes');
    expect(await back.$eval('textarea', (notes) => (notes as HTMLTextAreaElement).value)).toBe('Met in the Firefox sidebar');
    await panel.waitForText('Nobody to get back to');
  });
});
