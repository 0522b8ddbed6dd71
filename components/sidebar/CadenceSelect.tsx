import type { Contact } from '@/core/records';
import { CadenceOptions } from '@/components/shared/CadenceOptions';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';

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
        <CadenceOptions current={contact.cadenceDays} />
      </select>
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
