import { useEffect, useState, type FormEvent } from 'react';
import { t } from '@/i18n';
import { settingsItem, type Settings } from '@/messaging/settings';
import { ReminderSettings } from './ReminderSettings';
import { WriterSettings } from './WriterSettings';

/** Reminder and language settings, saved to browser.storage (the background follows them). */
export function SettingsSection() {
  const [draft, setDraft] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void settingsItem.getValue().then(setDraft);
  }, []);

  if (!draft) return <p role="status">{t('loading')}</p>;
  const change = (patch: Partial<Settings>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!Number.isInteger(draft.minGapDays) || draft.minGapDays < 0 || draft.minGapDays > 365) return setError(t('minGapInvalid'));
    if (!Number.isInteger(draft.lunchGoalPerWeek) || draft.lunchGoalPerWeek < 0 || draft.lunchGoalPerWeek > 14) return setError(t('lunchGoalInvalid'));
    setBusy(true);
    // Settings live in extension storage, written by this page directly (the background watches them).
    // Only this form's fields: the templates are saved by their own section, maybe since this loaded.
    void settingsItem
      .getValue()
      .then((current) => settingsItem.setValue({ ...draft, templates: current.templates }))
      .then(() => setSaved(true), () => setError(t('settingsNotSaved')))
      .finally(() => setBusy(false));
  };

  return (
    <section aria-labelledby="settings-title" className="card">
      <h2 id="settings-title">{t('settingsTitle')}</h2>
      <form onSubmit={submit}>
        <ReminderSettings draft={draft} change={change} />
        <WriterSettings draft={draft} change={change} />
        <button type="submit" className="primary" disabled={busy}>{t('save')}</button>
        <p role="status">{saved && t('settingsSaved')}</p>
        {error && <p className="error" role="alert">{error}</p>}
      </form>
    </section>
  );
}
