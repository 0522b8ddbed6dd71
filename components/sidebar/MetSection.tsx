import { useState, type FormEvent } from 'react';
import { fromLocalDay } from '@/core/dates';
import type { Contact } from '@/core/records';
import { formatDay, t } from '@/i18n';
import { sendMessage } from '@/messaging/protocol';
import type { MetInput } from '@/storage/contacts';
import { MetFields } from './MetFields';
import { useAction } from '@/hooks/use-action';

function summary(contact: Contact): string | null {
  const met = contact.met;
  if (!met) return null;
  const day = met.date ? fromLocalDay(met.date) : undefined;
  return [met.eventName, met.place, day !== undefined ? formatDay(day) : undefined].filter(Boolean).join(' · ') || null;
}

/** Where we met: shown as a line, edited in place. */
export function MetSection({ contact }: { contact: Contact }) {
  const [draft, setDraft] = useState<MetInput>(() => ({
    eventName: contact.met?.eventName,
    date: contact.met?.date,
    place: contact.met?.place,
    topic: contact.met?.topic,
  }));
  const { busy, error, run } = useAction();
  const line = summary(contact);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => sendMessage('updateContact', { id: contact.id, patch: { met: draft } }));
  };

  return (
    <details className="card" open={!contact.met}>
      <summary>
        {t('whereWeMet')}
        {line && <span className="muted small"> — {line}</span>}
      </summary>
      {contact.met?.topic && <p className="small">{contact.met.topic}</p>}
      <form onSubmit={submit} aria-label={t('whereWeMet')}>
        <MetFields value={draft} onChange={setDraft} />
        <button type="submit" disabled={busy}>{t('save')}</button>
        {error && <p className="error" role="alert">{error}</p>}
      </form>
    </details>
  );
}
