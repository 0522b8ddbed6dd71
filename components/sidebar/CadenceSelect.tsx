import { CADENCE_CHOICES, type Contact } from '@/core/records';
import { t, type MessageKey } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';
import { useAction } from '@/hooks/use-action';

const LABELS: Record<(typeof CADENCE_CHOICES)[number], MessageKey> = {
  30: 'cadenceMonths1',
  91: 'cadenceMonths3',
  182: 'cadenceMonths6',
  365: 'cadenceMonths12',
};

export function CadenceSelect({ contact }: { contact: Contact }) {
  const { error, run } = useAction();
  const value = contact.cadenceDays == null ? 'none' : String(contact.cadenceDays);
  return (
    <div className="field">
      <label htmlFor="cadence">{t('cadence')}</label>
      <select
        id="cadence"
        value={value}
        onChange={(e) => {
          const cadenceDays = e.target.value === 'none' ? null : Number(e.target.value);
          void run(() => sendCommand('updateContact', { id: contact.id, patch: { cadenceDays }, base: { cadenceDays: contact.cadenceDays } }));
        }}
      >
        <option value="none">{t('cadenceNone')}</option>
        {CADENCE_CHOICES.map((days) => <option key={days} value={days}>{t(LABELS[days])}</option>)}
        {contact.cadenceDays != null && !(CADENCE_CHOICES as readonly number[]).includes(contact.cadenceDays) && (
          <option value={contact.cadenceDays}>{t('cadenceDays', { days: contact.cadenceDays })}</option>
        )}
      </select>
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
