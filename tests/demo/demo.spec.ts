import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { ProfilePage } from '../e2e/pages/profile-page';
import { launchExtension } from '../e2e/support/launch';

const SHOTS = resolve(import.meta.dirname, '..', '..', 'demo-screenshots');
const headless = !process.env.DISPLAY;

test('Maille on LinkedIn, Viadeo and XING profiles', async () => {
  mkdirSync(SHOTS, { recursive: true });
  const ext = await launchExtension({ headless });
  const shot = (page: ProfilePage, name: string) => page.page.screenshot({ path: join(SHOTS, name) });
  try {
    // Sample data, entered as a person would: people met at events, notes, a lunch.
    const marc = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/marc-lefebvre/');
    await marc.addToMaille({ event: 'Mobile Monday Lyon', date: '2026-11-23', place: 'La Cordée', topic: 'Data platforms for SMEs' });
    await marc.writeNotes('CTO, hiring two data engineers. Send him the Lyon Data meetup link.');
    await marc.page.close();

    const claire = await ProfilePage.open(ext.context, 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/');
    await expect((await claire.region()).getByRole('button', { name: 'Add to Maille' })).toBeVisible();
    await shot(claire, '01-linkedin-unknown-person.png');
    await claire.addToMaille({ event: 'Mobile Monday Lyon', date: '2026-11-23', place: 'La Cordée', topic: 'Cobots for small workshops' });
    await claire.writeNotes('Head of Partnerships at Lumen Robotics. Wants an intro to a robotics lab in Grenoble — ask Marc.');
    const sidebar = await claire.region();
    await sidebar.getByLabel('Kind').selectOption('lunch');
    await sidebar.getByLabel('Summary (optional)').fill('Lunch at Les Halles: cobots, Grenoble labs');
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
  console.log(`Screenshots saved in ${SHOTS}`);
});
