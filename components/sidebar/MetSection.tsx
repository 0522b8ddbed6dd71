import { useState, type FormEvent } from 'react';
import { checkCommand, type MetInput } from '@/core/commands';
import { fromLocalDay } from '@/core/local-day';
import type { Contact } from '@/core/records';
import { FormError } from '@/components/shared/FieldError';
import { localClock, useAction } from '@/components/shared/use-action';
import { formatDay, t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';
import { MetFields } from './MetFields';

function summary(contact: Contact): string | null {
  const met = contact.met;
  if (!met) return null;
  const day = met.date ? fromLocalDay(met.date) : undefined;
  return [met.eventName, met.place, day !== undefined ? formatDay(day) : undefined].filter(Boolean).join(' · ') || null;
}

function asInput(contact: Contact): MetInput {
  return { eventName: contact.met?.eventName, date: contact.met?.date, place: contact.met?.place, topic: contact.met?.topic };
}

/** Where we met: shown as a line, edited in place. */
export function MetSection({ contact }: { contact: Contact }) {
  // What the form started from: sent as the base, so a change made elsewhere meanwhile is not overwritten.
  const [base, setBase] = useState<MetInput>(() => asInput(contact));
  const [draft, setDraft] = useState<MetInput>(base);
  const { busy, refusal, refuse, run } = useAction();
  const line = summary(contact);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { id: contact.id, patch: { met: draft }, base: { met: base } };
    const checked = checkCommand('updateContact', input, localClock());
    if (!checked.ok) return refuse(checked.refusal);
    void run(() => sendCommand('updateContact', input)).then((outcome) => {
      if (outcome?.ok) setBase(asInput(outcome.value));
      // Changed elsewhere meanwhile: the line above shows it; saving again keeps this form's version.
      else if (outcome?.refusal.code === 'conflict') setBase(asInput(outcome.refusal.current));
    });
  };

  return (
    <details className="card" open={!contact.met}>
      <summary>
        {t('whereWeMet')}
        {line && <span className="muted small"> — <bdi>{line}</bdi></span>}
      </summary>
      {contact.met?.topic && <p className="small" dir="auto">{contact.met.topic}</p>}
      <form onSubmit={submit} aria-label={t('whereWeMet')} noValidate>
        <MetFields value={draft} onChange={setDraft} today={localClock().today} refusal={refusal} />
        <button type="submit" disabled={busy}>{t('save')}</button>
        <FormError refusal={refusal} fields={['met']} />
      </form>
    </details>
  );
}
