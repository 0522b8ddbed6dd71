import { useEffect, useState } from 'react';
import type { Outcome } from '@/core/commands';
import { fromLocalDay } from '@/core/local-day';
import { cadenceLabel } from '@/components/shared/CadenceOptions';
import { useAction } from '@/components/shared/use-action';
import { formatDay, t } from '@/i18n';
import { fieldLabel } from '@/i18n/refusal-text';
import { readStored, removeStored, watchStored, writeStored } from '@/messaging/stored';
import { SYNC_CONFLICTS } from '@/messaging/stored-keys';

type Held = NonNullable<typeof SYNC_CONFLICTS.fallback>;

/** A field's value in words. */
function shown(field: string, value: unknown): string {
  if (field === 'cadenceDays') return cadenceLabel(value as number | null);
  if (field === 'date' && typeof value === 'string' && fromLocalDay(value) !== undefined) return formatDay(fromLocalDay(value)!);
  if (value == null || value === '') return '—';
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).filter((v) => typeof v === 'string' && v).join(', ') || '—';
  return String(value as string | number);
}

interface Props {
  /** The record's id: sync keeps its conflicts under it (`SYNC_CONFLICTS`). */
  id: string;
  /** The record as stored now: the value sync kept. */
  record: object;
  /** The fields the person may set to the other computer's value here; the others merge by themselves or come from a profile. */
  choosable: ReadonlySet<string>;
  /** Sets `field` to `value` (it was `kept`), through the record's own command. */
  take: (field: string, value: unknown, kept: unknown) => Promise<Outcome<unknown>>;
}

/**
 * What two computers set differently while apart (issue 22) in a person or an event: sync kept one
 * value, the same on both; here the person sees both and may take the other. Nothing was dropped:
 * notes keep both texts, one after the other.
 */
export function SyncConflicts({ id, record, choosable, take }: Props) {
  const [held, setHeld] = useState<Held | null>(null);
  const { busy, error, run } = useAction();
  useEffect(() => {
    void readStored(SYNC_CONFLICTS, id).then(setHeld);
    return watchStored(SYNC_CONFLICTS, setHeld, id);
  }, [id]);
  if (!held?.fields.length) return null;

  const settle = async (field: string) => {
    const fields = held.fields.filter((f) => f.field !== field);
    if (fields.length) await writeStored(SYNC_CONFLICTS, { ...held, fields }, id);
    else await removeStored(SYNC_CONFLICTS, id);
    setHeld(fields.length ? { ...held, fields } : null);
  };
  const current = (field: string) => (record as Record<string, unknown>)[field];
  const use = (field: string, value: unknown) =>
    void run(() => take(field, value, current(field))).then((outcome) => {
      if (outcome?.ok) return settle(field);
    });

  return (
    <div className="card sync-conflicts" role="group" aria-labelledby={`sync-conflicts-${id}`}>
      <h3 id={`sync-conflicts-${id}`}>{t('syncConflictTitle')}</h3>
      {held.fields.map(({ field, values }) => {
        const kept = current(field);
        const other = JSON.stringify(values[0]) === JSON.stringify(kept) ? values[1] : values[0];
        return (
          <div key={field}>
            <p>{field === 'notes' ? t('syncConflictNotes') : t('syncConflictField', { field: fieldLabel(field), kept: shown(field, kept), other: shown(field, other) })}</p>
            {choosable.has(field) && (
              <button type="button" disabled={busy} onClick={() => use(field, other)}>{t('syncConflictUse', { value: shown(field, other) })}</button>
            )}{' '}
            <button type="button" disabled={busy} onClick={() => void settle(field)}>{t('syncConflictKeep')}</button>
          </div>
        );
      })}
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
