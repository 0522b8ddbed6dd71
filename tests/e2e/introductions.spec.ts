import { ProfilePage } from './pages/profile-page';
import { expect, test } from './support/fixtures';

// Habit 3: create synergies. "Introduce A to B" with a double opt-in, on both people's timelines.
const CLAIRE = 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/';
const MARC = 'https://www.linkedin.com/in/marc-lefebvre/';

async function addWithEmail(profile: ProfilePage, email: string) {
  await profile.addToMaille();
  const sidebar = await profile.region();
  await sidebar.getByText('Writing to them', { exact: true }).click();
  await sidebar.getByRole('textbox', { name: 'Email' }).fill(email);
  await sidebar.getByRole('form', { name: 'Email' }).getByRole('button', { name: 'Save' }).click();
  await expect(sidebar.getByRole('textbox', { name: 'Email' })).toHaveValue(email);
}

test('an introduction: proposed, each asked alone, both say yes, introduced to both — on both timelines', async ({ ext }) => {
  const marc = await ProfilePage.open(ext.context, MARC);
  await addWithEmail(marc, 'marc@brume.example');
  const claire = await ProfilePage.open(ext.context, CLAIRE);
  await addWithEmail(claire, 'claire@lumen.example');
  const sidebar = await claire.region();

  await sidebar.locator('summary', { hasText: 'Introduce to…' }).click();
  const form = sidebar.getByRole('form', { name: 'Introduce to…' });
  await form.getByRole('combobox').fill('brume'); // his company
  await form.getByRole('option', { name: /Marc Lefebvre/ }).click();
  await form.getByLabel('Why they should meet (optional)').fill('Cobots and data platforms');
  await form.getByRole('button', { name: 'Record the introduction' }).click();
  await expect(sidebar.getByText(/Claire Fontaine ↔ Marc Lefebvre — proposed/)).toBeVisible();

  // Each asked alone, in a message of their own.
  for (const [name, other] of [['Claire Fontaine', 'Marc Lefebvre'], ['Marc Lefebvre', 'Claire Fontaine']]) {
    await sidebar.getByRole('button', { name: `Ask ${name}` }).click();
    const ask = sidebar.getByRole('region', { name: `Message to ${name}` });
    await expect(ask.getByLabel('Subject')).toHaveValue(`Would you like to meet ${other}?`);
    const mailto = new URL((await ask.getByRole('link', { name: 'Open in email app' }).getAttribute('href'))!);
    expect(decodeURIComponent(mailto.pathname).split(',')).toHaveLength(1);
    await ask.getByRole('button', { name: 'Mark as sent' }).click();
    await expect(ask).toHaveCount(0);
  }
  await expect(sidebar.getByText(/— asked/)).toBeVisible();
  await expect(sidebar.getByRole('button', { name: 'Draft the introduction (to both)' })).toHaveCount(0);
  await sidebar.getByRole('button', { name: 'Claire Fontaine said yes' }).click();
  await sidebar.getByRole('button', { name: 'Marc Lefebvre said yes' }).click();

  // The one message with two recipients.
  await sidebar.getByRole('button', { name: 'Draft the introduction (to both)' }).click();
  const intro = sidebar.getByRole('region', { name: 'Message to Claire Fontaine' });
  const mailto = new URL((await intro.getByRole('link', { name: 'Open in email app' }).getAttribute('href'))!);
  expect(decodeURIComponent(mailto.pathname).split(',')).toEqual(['claire@lumen.example', 'marc@brume.example']);
  await expect(intro.getByLabel('Message')).toHaveValue(/^Hi Claire and Marc,/);
  await intro.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(sidebar.getByText(/Claire Fontaine ↔ Marc Lefebvre — introduced/)).toBeVisible();
  await expect(sidebar.getByRole('list').filter({ hasText: 'Introduction' }).getByText('Introduction: Claire ↔ Marc')).toBeVisible();

  // On his side too.
  await marc.page.reload();
  const his = await marc.region();
  await expect(his.getByText(/Claire Fontaine ↔ Marc Lefebvre — introduced/)).toBeVisible();
  await expect(his.getByRole('list').filter({ hasText: 'Introduction' }).getByText('Would you like to meet Claire Fontaine?')).toBeVisible();

  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#introductions`);
  await expect(dashboard.getByRole('region', { name: 'introduced' })).toContainText('Claire Fontaine ↔ Marc Lefebvre');
});
