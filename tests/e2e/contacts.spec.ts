import { changeSettings, dashboardWithImportedConnections, sendProtocolMessage } from './pages/extension-pages';
import { expect, test } from './support/fixtures';

// The whole network at a glance: imported, then found as you type, filtered, changed in bulk.
test('the contacts table: search as you type, a filter, a tag added to the selection', async ({ ext }) => {
  const dashboard = await dashboardWithImportedConnections(ext.context, ext.extensionId);

  await dashboard.getByRole('link', { name: 'Contacts' }).click();
  // One colour under the whole page, below a short table too.
  expect(await dashboard.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(await dashboard.evaluate(() => getComputedStyle(document.body).backgroundColor));
  const section = dashboard.getByRole('region', { name: /^Contacts/ });
  const table = section.getByRole('table', { name: 'Contacts' });
  await expect(table.getByRole('row')).toHaveCount(6); // the header and five people
  await section.getByLabel('Search').fill('lumen');
  await expect(section.getByText('2 shown')).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Claire Fontaine' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Paul Girard' })).toBeVisible();
  await section.getByLabel('Search').fill('jose');
  await expect(table.getByRole('row').filter({ hasText: 'José García 🚀' })).toBeVisible();
  await section.getByLabel('Search').fill('');

  await section.getByLabel('Site').selectOption('linkedin');
  await expect(section.getByText('4 shown')).toBeVisible();
  await section.getByRole('checkbox', { name: 'Select everyone shown' }).check();
  const bulk = section.getByRole('group', { name: '4 selected' });
  await bulk.getByRole('textbox', { name: 'Tag' }).fill('linkedin-import');
  await bulk.getByRole('button', { name: 'Add the tag' }).click();
  await expect(section.getByText('4 contacts changed.')).toBeVisible();
  await section.getByLabel('Site').selectOption('');
  await section.getByLabel('Tags').selectOption('linkedin-import');
  await expect(section.getByText('4 shown')).toBeVisible();

  // Sorting on a column.
  await table.getByRole('button', { name: 'Name' }).click();
  await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('row').nth(1)).toContainText('Claire Fontaine');
  await table.getByRole('button', { name: 'Name' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText('Nadia Benali');

  // The dates fit their narrow columns ("29 Sept 2025"), none cut short with an ellipsis: a
  // call last September, and so, every year, a reminder this September (the longest month name).
  const [claire] = (await sendProtocolMessage(dashboard, 'findContacts', { query: 'Claire' }) as { value: { id: string }[] }).value;
  const year = new Date().getFullYear();
  await sendProtocolMessage(dashboard, 'logInteraction', { contactId: claire!.id, kind: 'call', at: new Date(year - 1, 8, 29, 12).getTime() });
  await table.getByRole('link', { name: 'Claire Fontaine' }).click();
  await dashboard.getByRole('combobox', { name: 'Keep in touch' }).selectOption({ label: 'Every year' });
  await dashboard.getByRole('link', { name: '← All contacts' }).click();
  await expect(table.getByRole('row').filter({ hasText: 'Claire Fontaine' })).toContainText(`29 Sept ${year - 1}29 Sept ${year}`);
  const dates = await table.locator('.col-lastContact[role=cell], .col-nextDue[role=cell]').evaluateAll((cells) =>
    cells.filter((c) => /\d{4}/.test(c.textContent ?? '')).map((c) => ({ text: c.textContent, cut: c.scrollWidth > c.clientWidth })),
  );
  expect(dates.length).toBe(2);
  expect(dates.filter((d) => d.cut)).toEqual([]);

  // Lists take two lines before they are cut: her three sites, and her tags.
  for (const ref of [
    { site: 'viadeo', key: 'viadeo:0021xk8mz9q2vbd', url: 'https://www.viadeo.com/p/0021xk8mz9q2vbd' },
    { site: 'xing', key: 'xing:claire_fontaine', url: 'https://www.xing.com/profile/Claire_Fontaine' },
  ]) {
    const linked = (await sendProtocolMessage(dashboard, 'linkProfile', { contactId: claire!.id, ref, identity: {} })) as { ok: boolean };
    expect(linked.ok).toBe(true);
  }
  const row = table.getByRole('row').filter({ hasText: 'Claire Fontaine' });
  await expect(row).toContainText('LinkedIn, Viadeo, XING');
  const lists = await row.locator('.col-sites, .col-tags').evaluateAll((cells) => cells.map((c) => ({ text: c.textContent, cut: c.scrollWidth > c.clientWidth || c.scrollHeight > c.clientHeight })));
  expect(lists.filter((l) => l.cut)).toEqual([]);
});

test('new reminder rules in Settings show at once in an open contacts table (no reload)', async ({ ext }) => {
  const dashboard = await dashboardWithImportedConnections(ext.context, ext.extensionId);
  await dashboard.getByRole('link', { name: 'Contacts' }).click();
  const table = dashboard.getByRole('table', { name: 'Contacts' });
  // Claire, every month, last called 40 days ago: due since 10 days.
  const [claire] = (await sendProtocolMessage(dashboard, 'findContacts', { query: 'Claire' }) as { value: { id: string }[] }).value;
  const today = new Date();
  const lastCall = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 40, 12).getTime();
  await sendProtocolMessage(dashboard, 'logInteraction', { contactId: claire!.id, kind: 'call', at: lastCall });
  await table.getByRole('link', { name: 'Claire Fontaine' }).click();
  await dashboard.getByRole('combobox', { name: 'Keep in touch' }).selectOption({ label: 'Every month' });
  await dashboard.getByRole('link', { name: '← All contacts' }).click();
  const row = table.getByRole('row').filter({ hasText: 'Claire Fontaine' });
  await expect(row).toContainText('due');

  // Nobody reached in the last 60 days on any list: she shows again 60 days after that call.
  await changeSettings(ext.context, ext.extensionId, (settings) => settings.getByLabel('Minimum gap between two contacts (days)').fill('60'));
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 20);
  await expect(row).toContainText(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(day));
  await expect(row).toContainText('in touch');
});
