import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { toLocalDay } from '../../core/local-day';
import { backgroundState, changeSettings, PopupPage } from '../e2e/pages/extension-pages';
import { ProfilePage } from '../e2e/pages/profile-page';
import { launchExtension } from '../e2e/support/launch';
import { SidePanel } from '../e2e/support/side-panel';
import { DAY } from '../support/records';

const SHOTS = resolve(import.meta.dirname, '..', '..', 'demo-screenshots');
const headless = !process.env.DISPLAY;
const daysAgo = (n: number) => toLocalDay(Date.now() - n * DAY);

test('Maille on LinkedIn, Viadeo and XING profiles', async () => {
  mkdirSync(SHOTS, { recursive: true });
  const ext = await launchExtension({ headless });
  const shot = (page: ProfilePage, name: string) => page.page.screenshot({ path: join(SHOTS, name) });
  try {
    // Sample data, entered as a person would: who signs the drafts, people met at events, notes, a lunch.
    await changeSettings(ext.context, ext.extensionId, async (page) => {
      await page.getByLabel('Your name (signs the drafts)').fill('Anne Moreau');
      await page.getByLabel('Signature (lines under your name)').fill('Partnerships · Atelier Numérique');
    });
    const marc = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/marc-lefebvre/');
    await marc.addToMaille({ event: 'Mobile Monday Lyon', date: daysAgo(1), place: 'La Cordée', topic: 'Data platforms for SMEs' });
    await marc.writeNotes('CTO, hiring two data engineers. Send him the Lyon Data meetup link.');
    await marc.page.close();

    const claire = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/');
    await expect((await claire.region()).getByRole('button', { name: 'Add to Maille' })).toBeVisible();
    await shot(claire, '01-linkedin-unknown-person.png');
    await claire.addToMaille({ event: 'Mobile Monday Lyon', date: daysAgo(1), place: 'La Cordée', topic: 'Cobots for small workshops' });
    await claire.writeNotes('Head of Partnerships at Lumen Robotics. Wants an intro to a robotics lab in Grenoble — ask Marc.');
    const sidebar = await claire.region();
    await sidebar.getByLabel('Kind').selectOption('lunch');
    await sidebar.getByLabel('What we discussed (optional)').fill('Lunch at Les Halles: cobots, Grenoble labs');
    await sidebar.getByLabel('Next step (optional)').fill('Introduce her to Marc');
    await sidebar.getByRole('button', { name: 'Log contact' }).click();
    await expect(sidebar.getByText('Lunch at Les Halles: cobots, Grenoble labs')).toBeVisible();
    await sidebar.getByLabel('Add a tag').fill('robotics, Lyon');
    await sidebar.getByLabel('Add a tag').press('Enter');
    await expect(sidebar.getByRole('button', { name: 'Remove tag Lyon' })).toBeVisible();
    await (await claire.sidebar()).evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await shot(claire, '02-linkedin-known-contact.png');

    const viadeo = await ProfilePage.open(ext.context, 'https://fr.viadeo.com/fr/profile/claire.fontaine');
    await (await viadeo.region()).getByRole('button', { name: /^Link to Claire Fontaine/ }).click();
    await expect((await viadeo.region()).getByRole('textbox', { name: 'Notes' })).toBeVisible();
    await shot(viadeo, '03-viadeo-linked-contact.png');

    const xing = await ProfilePage.open(ext.context, 'https://www.xing.com/profile/Claire_Fontaine/cv');
    await (await xing.region()).getByRole('button', { name: /^Link to Claire Fontaine/ }).click();
    await expect((await xing.region()).getByRole('textbox', { name: 'Notes' })).toBeVisible();
    await shot(xing, '04-xing-linked-contact.png');

    const unreadable = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/someone-unknown/');
    await expect((await unreadable.region()).getByRole('heading', { name: "Couldn't read this profile" })).toBeVisible({ timeout: 15_000 });
    await shot(unreadable, '05-unreadable-profile.png');

    // Someone not contacted for months, on a three-month cadence: losing touch.
    const sophie = await ProfilePage.open(ext.context, 'https://fr.linkedin.com/in/sophie-martin-87b2');
    await sophie.addToMaille({ event: 'Web2day Nantes', date: daysAgo(200) });
    const sophieBar = await sophie.region();
    await sophieBar.getByLabel('Kind').selectOption('meeting');
    await sophieBar.getByRole('form', { name: 'Log contact' }).getByLabel('Date').fill(daysAgo(150));
    await sophieBar.getByRole('button', { name: 'Log contact' }).click();
    await expect(sophieBar.getByText('Contact logged.')).toBeVisible();
    await sophie.page.close();

    // Business cards from last night, entered in the popup's "Just met someone".
    const popup = await PopupPage.open(ext.context, ext.extensionId);
    await popup.page.getByText('Just met someone', { exact: true }).click();
    const form = popup.page.getByRole('form', { name: 'Just met someone' });
    for (const [name, event, date, email, topic] of [
      ['Inès Caron', 'Salon des Entrepreneurs', daysAgo(3), 'ines.caron@example.org', 'export financing'],
      ['Paul Girard', 'Lyon Data Meetup', daysAgo(0), '', ''],
    ]) {
      await form.getByLabel('Name').fill(name!);
      await form.getByLabel('Email').fill(email!);
      await form.getByLabel('What we talked about').fill(topic!);
      await form.getByLabel('Event').fill(event!);
      await form.getByLabel('Date').fill(date!);
      await form.getByRole('button', { name: 'Add to Maille' }).click();
      await expect(form.getByRole('status')).toContainText(name!);
    }
    await popup.page.getByText('Just met someone', { exact: true }).click();
    await expect(popup.group('Overdue').getByRole('listitem')).toHaveCount(2);
    await expect.poll(() => backgroundState.badge(ext.worker)).toBe('3');
    await popup.page.setViewportSize({ width: 380, height: 600 });
    // The header is sticky: from the top, a full-page picture shows it where it belongs.
    await popup.page.evaluate(() => window.scrollTo(0, 0));
    await popup.page.screenshot({ path: join(SHOTS, '08-popup-due-follow-ups.png'), fullPage: true });
    // Habit 1: the follow-up drafted for one person, from the popup.
    const ines = popup.entry('Inès Caron');
    await ines.getByRole('button', { name: 'Draft follow-up' }).click();
    await expect(ines.getByRole('region', { name: 'Message to Inès Caron' })).toBeVisible();
    await popup.page.setViewportSize({ width: 380, height: 760 });
    await ines.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await popup.page.evaluate(() => window.scrollBy(0, -48));
    await popup.page.screenshot({ path: join(SHOTS, '10-follow-up-draft.png') });
    await shotBadge(popup.page, await backgroundState.badge(ext.worker), join(SHOTS, '09-toolbar-badge.png'));

    // Habit 2: the event's page, who was met there and their follow-ups, one draft at a time.
    const dashboard = await ext.context.newPage();
    await dashboard.setViewportSize({ width: 1000, height: 820 });
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#events`);
    await dashboard.getByRole('link', { name: 'Mobile Monday Lyon' }).click();
    const eventPage = dashboard.getByRole('region', { name: 'Mobile Monday Lyon' });
    await expect(eventPage.getByRole('listitem')).toHaveCount(2);
    await eventPage.getByRole('listitem').filter({ hasText: 'Marc Lefebvre' }).getByRole('button', { name: 'Draft follow-up' }).click();
    await expect(eventPage.getByRole('region', { name: 'Message to Marc Lefebvre' })).toBeVisible();
    await dashboard.screenshot({ path: join(SHOTS, '11-event-page.png'), fullPage: true });

    // Habit 3: introduce Claire to Marc from her sidebar, and ask her first.
    const claireBar = await claire.region();
    await claireBar.locator('summary', { hasText: 'Introduce to…' }).click();
    const introduce = claireBar.getByRole('form', { name: 'Introduce to…' });
    await introduce.getByRole('combobox').fill('Marc');
    await introduce.getByRole('option', { name: /Marc Lefebvre/ }).click();
    await introduce.getByLabel('Why they should meet (optional)').fill('Her cobots need his data platform');
    await introduce.getByRole('button', { name: 'Record the introduction' }).click();
    await claireBar.getByRole('button', { name: 'Ask Claire Fontaine' }).click();
    const ask = claireBar.getByRole('region', { name: 'Message to Claire Fontaine' });
    await expect(ask).toBeVisible();
    await claireBar.getByRole('heading', { name: 'Introductions' }).scrollIntoViewIfNeeded();
    await shot(claire, '12-introduction.png');

    // Habit 4: your news, one person at a time.
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#news`);
    const news = dashboard.getByRole('region', { name: 'News' });
    await news.getByLabel('Your news', { exact: true }).fill('We are opening an office in Lyon in March: I will be around much more often.');
    await news.getByLabel('Add the people met at').selectOption({ label: 'Mobile Monday Lyon' });
    await news.getByRole('button', { name: 'Tell them one at a time (2)' }).click();
    await expect(dashboard.getByRole('region', { name: 'Next person' })).toBeVisible();
    await dashboard.screenshot({ path: join(SHOTS, '13-news-walk.png'), fullPage: true });

    // The whole network: the contacts table, and one contact's page.
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#contacts`);
    await expect(dashboard.getByRole('region', { name: /^Contacts/ }).getByRole('table').getByRole('row')).toHaveCount(6);
    await dashboard.setViewportSize({ width: 1280, height: 820 });
    await dashboard.screenshot({ path: join(SHOTS, '14-contacts-table.png') });
    await dashboard.getByRole('link', { name: 'Claire Fontaine' }).click();
    await expect(dashboard.getByRole('region', { name: 'Claire Fontaine' }).getByRole('textbox', { name: 'Notes' })).toBeVisible();
    await dashboard.screenshot({ path: join(SHOTS, '15-contact-page.png'), fullPage: true });

    // The network brought in: LinkedIn's export and a phone's vCards (one an old address book's,
    // with no charset: the guess is said), each with its summary.
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#data`);
    const data = dashboard.getByRole('region', { name: 'Data' });
    const imports = resolve(import.meta.dirname, '..', 'fixtures', 'imports');
    await data.getByLabel('Connections.csv').setInputFiles(join(imports, 'Connections.csv'));
    await data.getByLabel('vCard files (.vcf)').setInputFiles(['iphone-3.0.vcf', 'android-2.1.vcf', 'malformed.vcf', 'charsets/undeclared.vcf'].map((f) => join(imports, 'vcards', f)));
    const cardsSummary = data.getByRole('status').filter({ hasText: 'malformed.vcf' });
    await expect(cardsSummary).toBeVisible();
    await cardsSummary.scrollIntoViewIfNeeded();
    await dashboard.screenshot({ path: join(SHOTS, '16-import-summary.png') });

    // The network at a glance, after a year of keeping it up (sample history, logged as the sidebar logs it).
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#health`);
    await logSampleYear(dashboard);
    await expect(dashboard.getByText(/^\d+ contacts: /)).toBeVisible();
    await dashboard.screenshot({ path: join(SHOTS, '17-network-health.png'), fullPage: true });

    // The browser's own side panel, chosen for LinkedIn: the page then holds nothing of Maille.
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#settings`);
    await dashboard.getByRole('region', { name: 'Where Maille shows' }).getByLabel('LinkedIn').selectOption({ label: 'In the browser’s side panel' });
    const marcPage = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/marc-lefebvre');
    const opener = await ext.context.newPage();
    await opener.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await opener.getByRole('button', { name: 'Side panel' }).click();
    const panel = await SidePanel.attach(ext.context, marcPage.page, ext.extensionId);
    await expect.poll(() => panel.text()).toContain('Notes');
    writeFileSync(join(SHOTS, '18-side-panel.png'), await panel.screenshot());
    await dashboard.getByRole('region', { name: 'Where Maille shows' }).getByLabel('LinkedIn').selectOption({ label: 'In the page, beside the profile' });
    await marcPage.page.close();

    // Sync between one's computers, through one's own CouchDB server: the form, before it is on.
    const sync = dashboard.getByRole('region', { name: 'Sync between your computers' });
    await sync.getByLabel('Server address').fill('https://couch.example.org');
    await sync.getByLabel('User name').fill('anne');
    await sync.screenshot({ path: join(SHOTS, '21-settings-sync.png') });

    await (await claire.region()).getByRole('button', { name: /Hide Maille/ }).click();
    await claire.page.waitForTimeout(300);
    await shot(claire, '06-folded-to-a-tab.png');
  } finally {
    await ext.close();
  }

  const french = await launchExtension({ headless, locale: 'fr-FR' });
  try {
    const sophie = await ProfilePage.open(french.context, 'https://fr.linkedin.com/in/sophie-martin-87b2?originalSubdomain=fr');
    await expect((await sophie.region()).getByRole('button', { name: 'Ajouter à Maille' })).toBeVisible();
    await sophie.page.screenshot({ path: join(SHOTS, '07-linkedin-in-french.png') });
  } finally {
    await french.close();
  }

  // XING's users mostly read German: the sidebar on a XING profile and the popup, in German.
  const german = await launchExtension({ headless, locale: 'de-DE' });
  try {
    const claireDe = await ProfilePage.open(german.context, 'https://www.xing.com/profile/Claire_Fontaine');
    const sidebar = await claireDe.region();
    await sidebar.getByText(/^Wo wir uns kennengelernt haben/).click();
    await sidebar.getByLabel('Veranstaltung', { exact: true }).fill('Mobile Monday Lyon');
    await sidebar.getByLabel('Datum', { exact: true }).fill(toLocalDay(Date.now() - 86_400_000));
    await sidebar.getByRole('button', { name: 'Zu Maille hinzufügen' }).click();
    await sidebar.getByRole('textbox', { name: 'Notizen' }).fill('Sucht Kontakt zu einem Robotiklabor in Grenoble.');
    await expect(sidebar.getByRole('status').filter({ hasText: /^Gespeichert$/ })).toBeVisible();
    await claireDe.page.screenshot({ path: join(SHOTS, '19-xing-in-german.png') });
    const popup = await PopupPage.open(german.context, german.extensionId);
    await expect(popup.page.getByRole('listitem')).toHaveCount(1);
    await popup.page.screenshot({ path: join(SHOTS, '20-popup-in-german.png') });
  } finally {
    await german.close();
  }
  console.log(`Screenshots saved in ${SHOTS}`);
});

/**
 * A year of sample history for the health charts: from an extension page, the same
 * `logInteraction` command the sidebar sends, for the people already in Maille.
 */
async function logSampleYear(page: import('@playwright/test').Page): Promise<void> {
  await page.evaluate(async () => {
    const ids = await new Promise<string[]>((resolve, reject) => {
      const open = indexedDB.open('maille');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('contacts').objectStore('contacts').getAllKeys();
        all.onsuccess = () => resolve(all.result as string[]);
        all.onerror = () => reject(all.error);
      };
    });
    const kinds = ['email', 'message', 'call', 'lunch', 'meeting', 'email', 'event', 'message'];
    const day = 86_400_000;
    let n = 0;
    for (let week = 50; week >= 1; week--) {
      // A busier spring and autumn, a quiet August: what a real year looks like.
      const busy = [3, 4, 5, 9, 10].includes(new Date(Date.now() - week * 7 * day).getMonth()) ? 4 : week % 5 === 0 ? 0 : 2;
      for (let i = 0; i < busy; i++, n++) {
        const data = { contactId: ids[n % ids.length]!, kind: kinds[n % kinds.length], at: Date.now() - week * 7 * day + i * day };
        await chrome.runtime.sendMessage({ id: n, type: 'logInteraction', data, timestamp: Date.now() });
      }
    }
  });
}

/**
 * The toolbar badge as Chrome draws it, from the badge text the background really set (read with
 * chrome.action.getBadgeText): a headless browser has no toolbar to photograph.
 */
async function shotBadge(page: import('@playwright/test').Page, text: string, path: string): Promise<void> {
  const icon = readFileSync(resolve(import.meta.dirname, '..', '..', 'public', 'icon', '32.png')).toString('base64');
  await page.setViewportSize({ width: 260, height: 64 });
  await page.setContent(`<body style="margin:0;background:#dee1e6;font:12px system-ui;display:flex;align-items:center;gap:10px;height:64px;padding:0 14px">
    <div style="position:relative;width:32px;height:32px"><img src="data:image/png;base64,${icon}" width="32" height="32">
      <span style="position:absolute;right:-8px;bottom:-4px;background:#5b3cc4;color:#fff;border-radius:4px;padding:0 4px;font-weight:700;font-size:11px">${text}</span></div>
    <span>Toolbar badge: <b>${text}</b> due</span></body>`);
  await page.screenshot({ path });
}
