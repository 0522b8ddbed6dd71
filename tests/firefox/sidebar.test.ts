import { describe, expect, it } from 'vitest';
import { clickButton, sidebarFrame, waitForText, useFirefox } from './support/firefox';

/** The sidebar in a real Firefox (ESR, Manifest V2 build, background as an event page). */
describe('Maille in Firefox', () => {
  const firefox = useFirefox();

  it.each([
    ['LinkedIn', 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/', 'Claire Fontaine'],
    ['Viadeo', 'https://www.viadeo.com/p/0021xk8mz9q2vbd', 'Jean Dupont'],
    ['XING', 'https://www.xing.com/profile/Jonas_Weber2', 'Jonas Weber'],
    // The real world's shapes (issue 20): a sub-page whose address says nothing of the name, a
    // public page with escaped JSON-LD after its articles, a 2009 "LinkedIn: Name" title.
    ['LinkedIn sub-page', 'https://www.linkedin.com/in/jd1984/details/skills/', 'Jane Doe'],
    ['LinkedIn public page', 'https://fr.linkedin.com/in/ar-4821', 'Amélie Rousseau'],
    ['LinkedIn 2009', 'https://www.linkedin.com/in/hbastide', 'Henri Bastide'],
  ])('the sidebar shows the person on a %s profile', async (_site, url, name) => {
    const page = await firefox().newPage();
    await page.goto(url);
    const text = await waitForText(await sidebarFrame(page), `${name} is not in Maille yet.`);
    expect(text).toContain(name);
    await page.close();
  });

  it('add the person, write a note, log a contact: all there after a reload', async () => {
    const page = await firefox().newPage();
    await page.goto('https://www.linkedin.com/in/marc-lefebvre/');
    let sidebar = await sidebarFrame(page);
    await waitForText(sidebar, 'is not in Maille yet.');
    await clickButton(sidebar, 'Add to Maille');
    await waitForText(sidebar, 'Notes');
    await sidebar.type('textarea', 'Met in Firefox: wants the Lyon Data meetup link.');
    await waitForText(sidebar, 'Saved');
    await clickButton(sidebar, 'Log contact');
    await waitForText(sidebar, 'Contact logged.');

    await page.reload();
    sidebar = await sidebarFrame(page);
    await waitForText(sidebar, 'Last contact:');
    expect(await sidebar.$eval('textarea', (notes) => (notes as HTMLTextAreaElement).value)).toBe('Met in Firefox: wants the Lyon Data meetup link.');
    expect(await waitForText(sidebar, 'Timeline')).not.toMatch(/Last contact:\s*Never/);
    await page.close();
  });

  it('a pushState navigation from one profile to another shows the new person', async () => {
    const page = await firefox().newPage();
    await page.goto('https://www.linkedin.com/in/alice-bernard');
    const sidebar = await sidebarFrame(page);
    await waitForText(sidebar, 'Alice Bernard is not in Maille yet.');
    // The fixture app navigates in page, by history.pushState, as LinkedIn does.
    await page.evaluate(() => document.querySelector<HTMLAnchorElement>('a[href*="bruno"]')!.click());
    await waitForText(await sidebarFrame(page), /Bruno Carr[ée] is not in Maille yet\./);
    expect(page.url()).toContain('bruno');
  });
});
