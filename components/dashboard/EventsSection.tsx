import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { checkCommand } from '@/core/commands';
import { fromLocalDay } from '@/core/local-day';
import { FieldError, fieldState, FormError } from '@/components/shared/FieldError';
import { localClock, useAction } from '@/components/shared/use-action';
import { formatDay, t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';
import { listEvents, peopleCounts } from '@/storage/events';

/** Every event, newest first, with how many people were met there; and a new one. */
export function EventsSection() {
  const id = useId();
  const events = useLiveQuery(() => listEvents(), []);
  const counts = useLiveQuery(() => (events ? peopleCounts(events.map((e) => e.id)) : undefined), [events]);
  const [fields, setFields] = useState({ name: '', series: '', date: '', place: '' });
  const { busy, refusal, refuse, run } = useAction();

  const add = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkCommand('addEvent', fields, localClock());
    if (!checked.ok) return refuse(checked.refusal);
    void run(() => sendCommand('addEvent', fields)).then((outcome) => {
      if (outcome?.ok) location.hash = `#event/${encodeURIComponent(outcome.value.id)}`;
    });
  };
  const input = (name: keyof typeof fields, label: Parameters<typeof t>[0], type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{t(label)}</label>
      <input id={`${id}-${name}`} type={type} value={fields[name]} required={name === 'name'}
        onChange={(e) => { setFields({ ...fields, [name]: e.target.value }); refuse(null); }} {...fieldState(refusal, name, `${id}-${name}`)} />
      <FieldError refusal={refusal} field={name} id={`${id}-${name}`} />
    </div>
  );

  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>{t('eventsTitle')}</h2>
      {!events ? (
        <p role="status">{t('loading')}</p>
      ) : events.length === 0 ? (
        <p className="muted">{t('eventsEmpty')}</p>
      ) : (
        <ul className="event-list">
          {events.map((event) => {
            const day = event.date ? fromLocalDay(event.date) : undefined;
            return (
              <li key={event.id}>
                <a href={`#event/${encodeURIComponent(event.id)}`}><bdi>{event.name}</bdi></a>
                <span className="muted small">
                  {day !== undefined && ` · ${formatDay(day)}`}
                  {event.series && ` · ${event.series}`}
                  {counts && ` · ${t('peopleMetCount', { count: counts.get(event.id) ?? 0 })}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <details>
        <summary>{t('eventAdd')}</summary>
        <form onSubmit={add} noValidate aria-label={t('eventAdd')}>
          {input('name', 'eventName')}
          {input('series', 'eventSeries')}
          {input('date', 'date', 'date')}
          {input('place', 'place')}
          <button type="submit" className="primary" disabled={busy}>{t('eventAdd')}</button>
          <FormError refusal={refusal} fields={['name', 'series', 'date', 'place']} />
        </form>
      </details>
    </section>
  );
}
