import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { weekStart } from '@/core/local-day';
import { ContactDraft } from '@/components/shared/DueActions';
import { formatDay, t } from '@/i18n';
import { lunchIdeas } from '@/storage/due';
import { lunchesSince } from '@/storage/interactions';

interface Props {
  now: number;
  timeZone: string;
  /** Lunches a week the user aims for; 0: no goal shown. */
  goal: number;
}

/**
 * Habit 5, over lunch: the people with a cadence not seen in person for the longest, each with an
 * invitation to draft; and the week's lunches against the goal, when there is one.
 */
export function LunchIdeas({ now, timeZone, goal }: Props) {
  const ideas = useLiveQuery(() => lunchIdeas(now), [now]);
  const lunches = useLiveQuery(() => (goal > 0 ? lunchesSince(weekStart(now, timeZone)) : Promise.resolve(0)), [goal, now, timeZone]);
  const [inviting, setInviting] = useState<string | null>(null);
  return (
    <section className="lunch-ideas" aria-labelledby="lunch-ideas-title">
      <h2 id="lunch-ideas-title" className="visually-hidden">{t('lunchIdeas')}</h2>
      {goal > 0 && lunches !== undefined && (
        <p className="small">
          <label htmlFor="lunch-goal">{t('lunchGoalProgress', { count: lunches, goal })}</label>{' '}
          <progress id="lunch-goal" max={goal} value={Math.min(lunches, goal)} />
        </p>
      )}
      {ideas && ideas.length === 0 && <p className="small muted">{t('lunchIdeasEmpty')}</p>}
      <ul className="due-list">
        {ideas?.map((person) => (
          <li key={person.id} className="due-item">
            <div className="due-text">
              <bdi className="due-name">{person.name}</bdi>
              <span className="due-reason">
                {person.lastInPersonAt ? t('lastSeenInPerson', { date: formatDay(person.lastInPersonAt, timeZone) }) : t('neverSeenInPerson')}
              </span>
            </div>
            <div className="due-more">
              <button type="button" aria-expanded={inviting === person.id} onClick={() => setInviting((open) => (open === person.id ? null : person.id))}>
                {t('draftLunchInvite')}
              </button>
              {inviting === person.id && <ContactDraft contact={person} kind="lunchInvite" onSent={() => setInviting(null)} />}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
