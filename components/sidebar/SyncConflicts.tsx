import { useEffect, useState } from 'react';
import type { Contact } from '@/core/records';
import { cadenceLabel } from '@/components/shared/CadenceOptions';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/i18n';
import { fieldLabel } from '@/i18n/refusal-text';
import { sendCommand } from '@/messaging/send-command';
import { readStored, removeStored, watchStored, writeStored } from '@/messaging/stored';
import { SYNC_CONFLICTS } from '@/messaging/stored-keys';

type Held = NonNullable<typeof SYNC_CONFLICTS.fallback>;

/** Fields a person can set back to the other computer's value here; the others come from the profile or merge by themselves. */
const CHOOSABLE = new Set(['name', 'cadenceDays', 'met', 'language', 'register']);

/** A field's value in words. */
function shown(field: string, value: unknown): string {
  if (field === 'cadenceDays') return cadenceLabel(value as number | null);
  if (value == null || value === '') return '—';
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).filter((v) => typeof v === 'string' && v).join(', ') || '—';
  return String(value as string | number);
}

/**
 * What two computers set differently while apart (issue 22): sync kept one value, the same on
 * both; here the person sees both and may take the other. Nothing was dropped: notes keep both
 * texts, one after the other.
 */
export function SyncConflicts({ contact }: { contact: Contact }) {
  const [held, setHeld] = useState<Held | null>(null);
  const { busy, error, run } = useAction();
  useEffect(() => {
    void readStored(SYNC_CONFLICTS, contact.id).then(setHeld);
    return watchStored(SYNC_CONFLICTS, setHeld, contact.id);
  }, [contact.id]);
  if (!held?.fields.length) return null;

  const settle = async (field: string) => {
    const fields = held.fields.filter((f) => f.field !== field);
    if (fields.length) await writeStored(SYNC_CONFLICTS, { ...held, fields }, contact.id);
    else await removeStored(SYNC_CONFLICTS, contact.id);
    setHeld(fields.length ? { ...held, fields } : null);
  };
  const take = (field: string, value: unknown) =>
    void run(() => sendCommand('updateContact', { id: contact.id, patch: { [field]: value }, base: { [field]: (contact as unknown as Record<string, unknown>)[field] } })).then(
      (outcome) => {
        if (outcome?.ok) return settle(field);
      },
    );

  return (
    <div className="card sync-conflicts" role="group" aria-labelledby="sync-conflicts-title">
      <h3 id="sync-conflicts-title">{t('syncConflictTitle')}</h3>
      {held.fields.map(({ field, values }) => {
        const current = (contact as unknown as Record<string, unknown>)[field];
        const other = JSON.stringify(values[0]) === JSON.stringify(current) ? values[1] : values[0];
        return (
          <div key={field}>
            <p>{field === 'notes' ? t('syncConflictNotes') : t('syncConflictField', { field: fieldLabel(field), kept: shown(field, current), other: shown(field, other) })}</p>
            {CHOOSABLE.has(field) && (
              <button type="button" disabled={busy} onClick={() => take(field, other)}>{t('syncConflictUse', { value: shown(field, other) })}</button>
            )}{' '}
            <button type="button" disabled={busy} onClick={() => void settle(field)}>{t('syncConflictKeep')}</button>
          </div>
        );
      })}
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
