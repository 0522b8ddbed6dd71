import { toLocalDay } from '../../core/local-day';
import { PopupPage } from './pages/extension-pages';
import { ProfilePage } from './pages/profile-page';
import { expect, test } from './support/fixtures';

test.use({ uiLocale: 'de-DE' });

test('with the browser in German: the sidebar, the follow-up drafted with Sie, the popup and the dashboard speak German', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, 'https://www.xing.com/profile/Claire_Fontaine');
  const sidebar = await profile.region();
  await expect(sidebar.getByText('Claire Fontaine ist noch nicht in Maille.')).toBeVisible();
  await sidebar.getByText(/^Wo wir uns kennengelernt haben/).click();
  await sidebar.getByLabel('Veranstaltung', { exact: true }).fill('Mobile Monday Lyon');
  await sidebar.getByLabel('Datum', { exact: true }).fill(toLocalDay(Date.now() - 86_400_000));
  await sidebar.getByLabel('Worüber wir gesprochen haben', { exact: true }).fill('Cobots in kleinen Werkstätten');
  await sidebar.getByRole('button', { name: 'Zu Maille hinzufügen' }).click();
  const notes = sidebar.getByRole('textbox', { name: 'Notizen' });
  await notes.fill('Sucht Kontakt zu einem Robotiklabor in Grenoble.');
  await expect(sidebar.getByRole('status').filter({ hasText: /^Gespeichert$/ })).toBeVisible();
  await expect(sidebar.getByText('Kennengelernt bei Mobile Monday Lyon gestern – nachfassen')).toBeVisible();
  await expect(sidebar.getByRole('button', { name: /Maille ausblenden/ })).toBeVisible();

  // German is written with "Sie" unless the user says otherwise.
  await sidebar.getByRole('button', { name: 'Nachfass-Nachricht entwerfen' }).click();
  const draft = sidebar.getByRole('region', { name: 'Nachricht an Claire Fontaine' });
  await expect(draft.getByLabel('Betreff')).toHaveValue('Im Nachgang zu unserem Treffen – Mobile Monday Lyon');
  const body = await draft.getByLabel('Nachricht', { exact: true }).inputValue();
  expect(body).toContain('Guten Tag Claire Fontaine,');
  expect(body).toContain('vielen Dank für das Gespräch gestern bei Mobile Monday Lyon.');
  expect(body).toContain('Besonders der Austausch über Cobots in kleinen Werkstätten hat mich gefreut.');
  expect(body).toContain('Mit freundlichen Grüßen');

  const popup = await PopupPage.open(ext.context, ext.extensionId);
  const today = popup.page.getByRole('region', { name: 'Heute' });
  await expect(today.getByRole('listitem')).toContainText('Kennengelernt bei Mobile Monday Lyon gestern – nachfassen');
  await expect(today.getByRole('button', { name: 'Erledigt' })).toBeVisible();

  const dashboard = await ext.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#contacts`);
  await expect(dashboard.getByRole('heading', { name: /^Kontakte/ })).toBeVisible();
  await expect(dashboard.getByRole('columnheader', { name: 'Nächste Fälligkeit' })).toBeVisible();
  // Dates as German writes them, in the table's short form: "27. Nov. 2026".
  await expect(dashboard.getByRole('row', { name: /Claire Fontaine/ })).toContainText(/\d{1,2}\. (Jan\.|Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.|Nov\.|Dez\.) \d{4}/);
  await dashboard.getByRole('link', { name: 'Einstellungen' }).click();
  const language = dashboard.getByRole('region', { name: 'Einstellungen' }).getByRole('combobox', { name: 'Sprache' });
  await expect(language).toHaveValue('auto');
  await expect(language.getByRole('option', { name: 'Deutsch' })).toHaveCount(1);
});
