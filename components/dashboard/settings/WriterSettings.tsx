import { LANGUAGES } from '@/core/records';
import { LANGUAGE_NAMES, t } from '@/i18n';
import type { LanguageSetting } from '@/messaging/settings';
import type { SettingsFieldsProps } from './ReminderSettings';

/** Who writes the drafts (name, signature), and the language of Maille's pages. */
export function WriterSettings({ draft, change }: SettingsFieldsProps) {
  return (
    <>
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
          {LANGUAGES.map((language) => <option key={language} value={language}>{LANGUAGE_NAMES[language]}</option>)}
        </select>
      </label>
    </>
  );
}
