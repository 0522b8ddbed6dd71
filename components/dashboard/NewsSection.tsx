import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { checkCommand } from '@/core/commands';
import { walkProgress } from '@/core/news';
import type { Contact, NewsItem } from '@/core/records';
import { ContactPicker } from '@/components/shared/ContactPicker';
import { FieldError, fieldState, FormError } from '@/components/shared/FieldError';
import { localClock, useAction } from '@/components/shared/use-action';
import { t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';
import { db } from '@/storage/db';
import { listEvents, peopleMetAt } from '@/storage/events';
import { listNews } from '@/storage/news';

/**
 * Your news, written once, told to each person one at a time (never a mass mailing): choose
 * the people by tag, by event or one by one, then walk through them. Walks left halfway wait here.
 */
export function NewsSection() {
  const id = useId();
  const data = useLiveQuery(async () => ({
    news: await listNews(),
    tags: (await db.contacts.orderBy('tags').uniqueKeys()) as string[],
    events: await listEvents(),
  }), []);
  const [text, setText] = useState('');
  const [people, setPeople] = useState<Contact[]>([]);
  const { busy, refusal, refuse, run } = useAction();

  const add = (found: Contact[]) => setPeople((current) => [...current, ...found.filter((c) => !current.some((p) => p.id === c.id))]);
  const start = (e: FormEvent) => {
    e.preventDefault();
    const input = { text, contactIds: people.map((p) => p.id) };
    const checked = checkCommand('createNews', input, localClock());
    if (!checked.ok) return refuse(checked.refusal);
    void run(() => sendCommand('createNews', input)).then((outcome) => {
      if (outcome?.ok) location.hash = `#news/${encodeURIComponent(outcome.value.id)}`;
    });
  };

  if (!data) return <p role="status">{t('loading')}</p>;
  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>{t('newsTitle')}</h2>
      <p className="muted small">{t('newsHelp')}</p>
      <UnfinishedWalks news={data.news} />
      <form onSubmit={start} noValidate aria-label={t('newsWrite')}>
        <h3>{t('newsWrite')}</h3>
        <div className="field wide">
          <label htmlFor={`${id}-text`}>{t('newsText')}</label>
          <textarea id={`${id}-text`} rows={3} value={text} onChange={(e) => { setText(e.target.value); refuse(null); }} {...fieldState(refusal, 'text', `${id}-text`)} />
          <FieldError refusal={refusal} field="text" id={`${id}-text`} />
        </div>
        <div className="row">
          <label className="field">
            <span>{t('newsAddTag')}</span>
            <select value="" onChange={(e) => { const tag = e.target.value; if (tag) void db.contacts.where('tags').equals(tag).toArray().then(add); }}>
              <option value="">—</option>
              {data.tags.map((tag) => <option key={tag} value={tag}>{tag}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t('newsAddEvent')}</span>
            <select value="" onChange={(e) => { const event = e.target.value; if (event) void peopleMetAt(event).then(add); }}>
              <option value="">—</option>
              {data.events.map((event) => <option key={event.id} value={event.id}>{event.name}</option>)}
            </select>
          </label>
        </div>
        <div className="field">
          <label htmlFor={`${id}-one`}>{t('newsAddOne')}</label>
          <ContactPicker id={`${id}-one`} exclude={people.map((p) => p.id)} onPick={(c) => add([c])} />
        </div>
        <ul className="people" aria-label={t('newsChosen')}>
          {people.map((person) => (
            <li key={person.id}>
              <bdi>{person.name}</bdi>{' '}
              <button type="button" className="link" onClick={() => setPeople(people.filter((p) => p.id !== person.id))}>{t('remove')}</button>
            </li>
          ))}
        </ul>
        <FieldError refusal={refusal} field="contactIds" id={`${id}-people`} />
        <button type="submit" className="primary" disabled={busy}>{t('newsStart', { count: people.length })}</button>
        <FormError refusal={refusal} fields={['text', 'contactIds']} />
      </form>
    </section>
  );
}

/** Walks left halfway, each with how far it got and a link to go on. */
function UnfinishedWalks({ news }: { news: readonly NewsItem[] }) {
  const unfinished = news.filter((n) => n.recipients.some((r) => r.state === 'pending'));
  if (unfinished.length === 0) return null;
  return (
    <section aria-label={t('newsInProgress')}>
      <h3>{t('newsInProgress')}</h3>
      <ul className="people">
        {unfinished.map((n) => {
          const { done, total } = walkProgress(n.recipients);
          return (
            <li key={n.id}>
              <span dir="auto">{n.text.length > 80 ? `${n.text.slice(0, 80)}…` : n.text}</span>{' '}
              <span className="muted small">{t('newsProgress', { done, total })}</span>{' '}
              <a href={`#news/${encodeURIComponent(n.id)}`}>{t('newsResume')}</a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
