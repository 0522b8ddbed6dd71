import { describe, expect, it } from 'vitest';
import { toLocalDay } from '../../core/local-day';
import { backgroundLoaded, badgeText, justMet, openExtensionPage, sendCommand, sidebarFrame, waitForText, useFirefox } from './support/firefox';

/**
 * Firefox runs Maille's background as an event page (`persistent: false`): suspended when idle,
 * loaded again by an event — Chrome's service worker's life, Firefox's way.
 */
describe('the background in Firefox, an event page', () => {
  const firefox = useFirefox();

  it('Firefox suspends it when idle; with no page of Maille open, a snoozed follow-up’s alarm wakes it and the badge comes', async () => {
    const profile = await firefox().newPage();
    await profile.goto('https://www.linkedin.com/in/claire-fontaine-4a5b6c/');
    const inPage = await sidebarFrame(profile);
    await waitForText(inPage, 'is not in Maille yet.');
    const popup = await openExtensionPage(firefox(), inPage, 'popup.html', 'window');
    await waitForText(popup, 'Nobody to get back to');
    await justMet(popup, 'Inès Caron', 'Salon des Entrepreneurs', toLocalDay(Date.now() - 86_400_000));
    await waitForText(popup, 'Met at Salon des Entrepreneurs yesterday — follow up');
    await expect.poll(() => badgeText(popup)).toBe('1');

    // Idle, it is suspended, even with pages open (theirs reconnect and load it again).
    await expect.poll(() => backgroundLoaded(popup), { timeout: 30_000, interval: 50 }).toBe(false);

    // Snoozed for a few seconds (the popup offers days): the "next" alarm is set for then.
    const [ines] = await sendCommand<{ id: string }[]>(popup, 'findContacts', { query: 'Inès' });
    const until = Date.now() + 6_000;
    await sendCommand(popup, 'snoozeContact', { id: ines!.id, until });
    await expect.poll(() => badgeText(popup)).toBe('');

    // No page of Maille open: nothing but the alarm can load the background in the meantime.
    await popup.close();
    await profile.close();
    await new Promise((done) => setTimeout(done, Math.max(0, until + 1_000 - Date.now())));

    // A profile of someone Maille does not know (reading it writes nothing), to open a page from.
    // Waking the background does not set the badge (only an alarm, a start or a write does), so the
    // badge turns to 1 only by the alarm — waited for as a state: on a busy machine it may fire late.
    const another = await firefox().newPage();
    await another.goto('https://www.linkedin.com/in/marc-lefebvre/');
    const settings = await openExtensionPage(firefox(), await sidebarFrame(another), 'options.html', 'window');
    await expect.poll(() => badgeText(settings), { timeout: 30_000 }).toBe('1');
  });
});
