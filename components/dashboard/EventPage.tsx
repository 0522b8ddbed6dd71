import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { checkCommand } from '@/core/commands';
import { isUpcoming } from '@/core/events';
import { fromLocalDay, systemTimeZone, toLocalDay } from '@/core/local-day';
import type { Contact, EventRecord } from '@/core/records';
import { isDueNow } from '@/core/reminders';
import { DraftPanel } from '@/components/shared/DraftPanel';
import { SyncConflicts } from '@/components/shared/SyncConflicts';
import { FieldError, fieldState, FormError } from '@/components/shared/FieldError';
import { localClock, useAction } from '@/components/shared/use-action';
import { useDraftContext } from '@/components/shared/use-draft-context';
import { useNow } from '@/components/shared/use-now';
import { formatDay, t } from '@/i18n';
import { describeDue } from '@/i18n/due-text';
import { tRich } from '@/i18n/rich';
import { sendCommand } from '@/messaging/send-command';
import { db } from '@/storage/db';
import { peopleMetAt, peopleOfEarlierEditions } from '@/storage/events';

/** Fields of an event set on two computers apart that the person may set back here (its notes keep both texts). */
const CHOOSABLE = new Set(['name', 'series', 'date', 'place']);

/** Where a person met at the event stands with their follow-up, in words. */
function followUpState(contact: Contact, now: number): string {
  if (contact.dueReason === 'follow-up') {
    return isDueNow(contact, now) ? describeDue(contact, now, systemTimeZone()) : t('followUpTomorrow');
  }
  return contact.lastContactAt !== undefined ? t('followedUpOn', { date: formatDay(contact.lastContactAt) }) : t('followUpNone');
}

/** The people met at the event, each with their follow-up; one draft open at a time, to one person. */
function PeopleMet({ people }: { people: Contact[] }) {
  const now = useNow();
  const context = useDraftContext();
  const [drafting, setDrafting] = useState<string | null>(null);
  if (people.length === 0) return <p className="muted">{t('eventNobody')}</p>;
  return (
    <ul className="people">
      {people.map((person) => (
        <li key={person.id}>
          <div className="person-line">
            <bdi className="person-name">{person.name}</bdi>
            {person.company && <span className="muted small"> · <bdi>{person.company}</bdi></span>}
            <span className="small"> — {followUpState(person, now)}</span>
          </div>
          {person.dueReason === 'follow-up' && (
            <button type="button" aria-expanded={drafting === person.id} onClick={() => setDrafting((open) => (open === person.id ? null : person.id))}>
              {t('draftFollowUp')}
            </button>
          )}
          {drafting === person.id && context && <DraftPanel contact={person} kind="followUp" context={context} onSent={() => setDrafting(null)} />}
        </li>
      ))}
    </ul>
  );
}

/** The event's own fields, editable (its name is copied to the people met there). */
function EventForm({ event }: { event: EventRecord }) {
  const id = useId();
  const [fields, setFields] = useState({ name: event.name, series: event.series ?? '', date: event.date ?? '', place: event.place ?? '', notes: event.notes ?? '' });
  const [saved, setSaved] = useState(false);
  const { busy, refusal, refuse, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = { id: event.id, patch: fields };
    const checked = checkCommand('updateEvent', input, localClock());
    if (!checked.ok) return refuse(checked.refusal);
    void run(() => sendCommand('updateEvent', input)).then((outcome) => setSaved(!!outcome?.ok));
  };
  const field = (name: keyof typeof fields, label: Parameters<typeof t>[0], type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{t(label)}</label>
      {name === 'notes' ? (
        <textarea id={`${id}-${name}`} rows={3} value={fields.notes} onChange={(e) => { setFields({ ...fields, notes: e.target.value }); setSaved(false); }} />
      ) : (
        <input id={`${id}-${name}`} type={type} value={fields[name]} onChange={(e) => { setFields({ ...fields, [name]: e.target.value }); setSaved(false); refuse(null); }}
          {...fieldState(refusal, `patch.${name}`, `${id}-${name}`)} />
      )}
      <FieldError refusal={refusal} field={`patch.${name}`} id={`${id}-${name}`} />
    </div>
  );
  return (
    <details>
      <summary>{t('eventEdit')}</summary>
      <form onSubmit={submit} noValidate aria-label={t('eventEdit')}>
        {field('name', 'eventName')}
        {field('series', 'eventSeries')}
        {field('date', 'date', 'date')}
        {field('place', 'place')}
        {field('notes', 'notes')}
        <button type="submit" className="primary" disabled={busy}>{t('save')}</button>
        <p role="status">{saved && t('eventSaved')}</p>
        <FormError refusal={refusal} fields={['patch']} />
      </form>
    </details>
  );
}

/**
 * One event: who was met there and where each stands with their follow-up ("Draft follow-up":
 * one message per person, never one to several); for an edition still to come, the people met at
 * the series' earlier editions — "you may see them again".
 */
export function EventPage({ id }: { id: string }) {
  const event = useLiveQuery(async () => (await db.events.get(id)) ?? null, [id]);
  const people = useLiveQuery(() => peopleMetAt(id), [id]);
  const today = toLocalDay(useNow());
  const upcoming = !!event && isUpcoming(event, today);
  const earlier = useLiveQuery(
    () => (event?.series && event.date && upcoming ? peopleOfEarlierEditions(event.series, event.date) : Promise.resolve([])),
    [event?.series, event?.date, upcoming],
  );

  if (event === undefined) return <p role="status">{t('loading')}</p>;
  if (event === null) {
    return (
      <section className="card" role="alert">
        <p>{t('eventNotFound')}</p>
        <a href="#events">{t('eventsBack')}</a>
      </section>
    );
  }
  const day = event.date ? fromLocalDay(event.date) : undefined;
  return (
    <section aria-labelledby="event-title" className="card">
      <p><a href="#events">{t('eventsBack')}</a></p>
      <h2 id="event-title"><bdi>{event.name}</bdi></h2>
      <p className="muted">{[day !== undefined ? formatDay(day) : undefined, event.place, event.series].filter(Boolean).join(' · ')}</p>
      {event.notes && <p className="event-notes" dir="auto">{event.notes}</p>}
      <SyncConflicts id={event.id} record={event} choosable={CHOOSABLE} take={(field, value) => sendCommand('updateEvent', { id: event.id, patch: { [field]: value ?? '' } })} />
      <EventForm key={event.id} event={event} />
      <h3>{t('eventPeopleMet')}</h3>
      {people ? <PeopleMet people={people} /> : <p role="status">{t('loading')}</p>}
      {upcoming && event.series && (
        <>
          <h3>{t('eventSeeAgain')}</h3>
          {earlier && earlier.length > 0 ? (
            <ul className="people">
              {earlier.flatMap(({ event: edition, people: met }) =>
                met.map((person) => (
                  <li key={`${edition.id}:${person.id}`}>
                    <bdi className="person-name">{person.name}</bdi>
                    <span className="muted small"> — {tRich('metAtEdition', { event: <bdi>{edition.name}</bdi> })}</span>
                  </li>
                )),
              )}
            </ul>
          ) : (
            <p className="muted">{t('eventSeeAgainNobody')}</p>
          )}
        </>
      )}
    </section>
  );
}
