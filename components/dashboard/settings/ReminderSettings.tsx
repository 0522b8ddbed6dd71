import { CadenceOptions } from '@/components/shared/CadenceOptions';
import { t } from '@/i18n';
import { DEFAULT_SETTINGS, type Settings, type TimeOfDay } from '@/messaging/settings';

export interface SettingsFieldsProps {
  draft: Settings;
  change: (patch: Partial<Settings>) => void;
}

/** When Maille reminds: the default rhythm, notifications, the digest, quiet hours, the pace, the habits' goals. */
export function ReminderSettings({ draft, change }: SettingsFieldsProps) {
  const quiet = draft.quietHours ?? DEFAULT_SETTINGS.quietHours!;
  return (
    <>
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
    </>
  );
}
