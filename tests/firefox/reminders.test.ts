import { describe, expect, it } from 'vitest';
import { toLocalDay } from '../../core/local-day';
import { clickButton, clickText, justMet, openExtensionPage, sidebarFrame, waitForText, useFirefox } from './support/firefox';

/** Reminders in Firefox: the popup's due list, Done, and a notification (Firefox has no buttons on them). */
describe('reminders in Firefox', () => {
  const firefox = useFirefox();

  it('met yesterday (Just met someone): a notification, the popup lists them under Today, Done clears it', async () => {
    const site = await firefox().newPage();
    await site.goto('https://www.linkedin.com/in/claire-fontaine-4a5b6c/');
    const sidebar = await sidebarFrame(site);
    await waitForText(sidebar, 'is not in Maille yet.');

    // Whatever the hour the tests run at: no quiet hours, so a notification is due at once.
    const settings = await openExtensionPage(firefox(), sidebar, 'options.html');
    await waitForText(settings, 'Quiet hours');
    await settings.evaluate(() => [...document.querySelectorAll('label')].find((l) => l.textContent?.includes('Quiet hours'))!.querySelector('input')!.click());
    await clickButton(settings, 'Save');
    await waitForText(settings, 'Settings saved.');

    const popup = await openExtensionPage(firefox(), sidebar, 'popup.html');
    await waitForText(popup, 'Nobody to get back to');
    // Headless Firefox has no alert service: a notification is created and closed at once. That it
    // was created is seen in the events every extension page hears.
    await popup.evaluate(() => {
      const w = window as unknown as { notified: string[]; browser: { notifications: { onShown?: { addListener(f: (id: string) => void): void }; onClosed: { addListener(f: (id: string) => void): void } } } };
      w.notified = [];
      w.browser.notifications.onShown?.addListener((id) => w.notified.push(id));
      w.browser.notifications.onClosed.addListener((id) => w.notified.push(id));
    });
    await justMet(popup, 'Inès Caron', 'Salon des Entrepreneurs', toLocalDay(Date.now() - 86_400_000));
    await waitForText(popup, 'Met at Salon des Entrepreneurs yesterday — follow up');

    const end = Date.now() + 30_000;
    let ids: string[] = [];
    while (Date.now() < end && !ids.some((id) => id.startsWith('follow-up:'))) {
      ids = await popup.evaluate(() => (window as unknown as { notified: string[] }).notified);
      await new Promise((done) => setTimeout(done, 300));
    }
    expect(ids.some((id) => id.startsWith('follow-up:')), `notifications seen: ${ids.join(', ')}`).toBe(true);

    await clickText(popup, 'li button', 'Done');
    await clickText(popup, 'button', 'Email', '[role=group]');
    await waitForText(popup, 'Nobody to get back to');
  });
});
