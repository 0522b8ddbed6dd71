import { useEffect, useState, type FormEvent } from 'react';
import { CadenceOptions } from '@/components/shared/CadenceOptions';
import { t } from '@/i18n';
import { DEFAULT_SETTINGS, settingsItem, type LanguageSetting, type Settings, type TimeOfDay } from '@/messaging/settings';

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
  const quiet = draft.quietHours ?? DEFAULT_SETTINGS.quietHours!;

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
        <label className="field">
          <span>{t('defaultCadence')}</span>
          <select value={draft.defaultCadenceDays ?? 'none'} onChange={(e) => change({ defaultCadenceDays: e.target.value === 'none' ? null : Number(e.target.value) })}>
            <CadenceOptions current={draft.defaultCadenceDays} />
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={draft.notifications} onChange={(e) => change({ notifications: e.target.checked })} />
          {t('notificationsOn')}
        </label>
        <label className="field">
          <span>{t('digestTime')}</span>
          <input type="time" required value={draft.digestTime} onChange={(e) => change({ digestTime: e.target.value as TimeOfDay })} />
        </label>
        <fieldset>
          <legend>
            <label className="check">
              <input type="checkbox" checked={draft.quietHours !== null} onChange={(e) => change({ quietHours: e.target.checked ? quiet : null })} />
              {t('quietHours')}
            </label>
          </legend>
          <div className="row">
            <label className="field"><span>{t('quietFrom')}</span><input type="time" required disabled={!draft.quietHours} value={quiet.start} onChange={(e) => change({ quietHours: { ...quiet, start: e.target.value as TimeOfDay } })} /></label>
            <label className="field"><span>{t('quietTo')}</span><input type="time" required disabled={!draft.quietHours} value={quiet.end} onChange={(e) => change({ quietHours: { ...quiet, end: e.target.value as TimeOfDay } })} /></label>
          </div>
        </fieldset>
        <label className="field">
          <span>{t('minGap')}</span>
          <input type="number" min={0} max={365} step={1} required value={draft.minGapDays} onChange={(e) => change({ minGapDays: Number(e.target.value) })} />
        </label>
        <label className="check">
          <input type="checkbox" checked={draft.newYearWishes} onChange={(e) => change({ newYearWishes: e.target.checked })} />
          {t('newYearWishesSetting')}
        </label>
        <label className="field">
          <span>{t('lunchGoal')}</span>
          <input type="number" min={0} max={14} step={1} value={draft.lunchGoalPerWeek} onChange={(e) => change({ lunchGoalPerWeek: Number(e.target.value) })} />
        </label>
        <label className="field">
          <span>{t('myName')}</span>
          <input value={draft.myName} maxLength={200} onChange={(e) => change({ myName: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('signature')}</span>
          <textarea value={draft.signature} rows={3} maxLength={1000} onChange={(e) => change({ signature: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('language')}</span>
          <select value={draft.language} onChange={(e) => change({ language: e.target.value as LanguageSetting })}>
            <option value="auto">{t('languageAuto')}</option>
            <option value="en">English</option>
            <option value="fr">Français</option>
            <option value="de">Deutsch</option>
          </select>
        </label>
        <button type="submit" className="primary" disabled={busy}>{t('save')}</button>
        <p role="status">{saved && t('settingsSaved')}</p>
        {error && <p className="error" role="alert">{error}</p>}
      </form>
    </section>
  );
}
