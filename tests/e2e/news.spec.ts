import { expect, type Page } from '@playwright/test';
import { sendProtocolMessage } from './pages/extension-pages';
import { test } from './support/fixtures';

// Habit 4: your news, told to each person one at a time — never a mass mailing.
async function addPerson(page: Page, name: string, email: string): Promise<string> {
  const outcome = (await sendProtocolMessage(page, 'addContact', { name, emails: [email], tags: ['Lyon'] })) as { ok: true; value: { id: string } };
  return outcome.value.id;
}

test('news to three people: three drafts, one recipient each, walked one at a time, left and resumed; the pace guard leaves one out', async ({ ext }) => {
  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#news`);
  for (const [name, email] of [['Claire Fontaine', 'claire@lumen.example'], ['Marc Lefebvre', 'marc@brume.example'], ['Nadia Benali', 'nadia@cnrs.example']]) {
    await addPerson(dashboard, name!, email!);
  }
  const sophie = await addPerson(dashboard, 'Sophie Martin', 'sophie@atelier.example');
  await sendProtocolMessage(dashboard, 'logInteraction', { contactId: sophie, kind: 'call', at: Date.now() - 60_000 });

  const news = dashboard.getByRole('region', { name: 'News' });
  await news.getByLabel('Your news', { exact: true }).fill('I am moving to Lyon in March to open our new office.');
  await news.getByLabel('Add the people tagged').selectOption('Lyon');
  await expect(news.getByRole('list', { name: 'People to tell' }).getByRole('listitem')).toHaveCount(4);
  await news.getByRole('button', { name: 'Tell them one at a time (4)' }).click();

  const walk = dashboard.getByRole('region', { name: 'Telling your news, one person at a time' });
  await expect(walk.getByRole('region', { name: 'Left out for now' })).toContainText('Sophie Martin — reached within the minimum gap');
  await expect(walk.getByText('0 of 3 done')).toBeVisible();

  const told: string[] = [];
  for (let i = 0; i < 3; i++) {
    const next = walk.getByRole('region', { name: 'Next person' });
    const name = (await next.getByRole('heading').textContent())!.replace(/^To /, '');
    const draft = next.getByRole('region', { name: `Message to ${name}` });
    await expect(draft.getByLabel('Message')).toHaveValue(new RegExp(`^Hi ${name.split(' ')[0]},\\n\\nI wanted to tell you personally:\\n\\nI am moving to Lyon in March`));
    const mailto = new URL((await draft.getByRole('link', { name: 'Open in email app' }).getAttribute('href'))!);
    expect(decodeURIComponent(mailto.pathname).split(',')).toHaveLength(1);
    await draft.getByRole('button', { name: 'Mark as sent' }).click();
    told.push(name);
    await expect(walk.getByText(`${i + 1} of 3 done`)).toBeVisible();
    if (i === 0) {
      // Leave the walk halfway, then resume it from the News section.
      await dashboard.getByRole('link', { name: '← News' }).click();
      await news.getByRole('region', { name: 'Walks to finish' }).getByRole('link', { name: 'Resume' }).click();
    }
  }
  expect(new Set(told)).toEqual(new Set(['Claire Fontaine', 'Marc Lefebvre', 'Nadia Benali']));
  await expect(walk.getByText('Everyone has heard your news.')).toBeVisible();
});
