import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { introductionSuggestions } from '@/core/introductions';
import { INTRODUCTION_STATUSES, type Contact } from '@/core/records';
import { IntroductionFlow } from '@/components/shared/IntroductionFlow';
import { useAction } from '@/components/shared/use-action';
import { t, type MessageKey } from '@/i18n';
import { tRich } from '@/i18n/rich';
import { sendCommand } from '@/messaging/send-command';
import { db } from '@/storage/db';
import { listIntroductions } from '@/storage/introductions';

const GROUP_TITLES: Record<(typeof INTRODUCTION_STATUSES)[number], MessageKey> = {
  proposed: 'introStatusProposed',
  asked: 'introStatusAsked',
  introduced: 'introStatusIntroduced',
  declined: 'introStatusDeclined',
};

/** Every introduction by status, each with its next step; and pairs who could meet. */
export function IntroductionsSection() {
  const id = useId();
  const data = useLiveQuery(async () => {
    const introductions = await listIntroductions();
    const ids = [...new Set(introductions.flatMap((i) => [i.aId, i.bId]))];
    const people = new Map((await db.contacts.bulkGet(ids)).filter((c): c is Contact => !!c).map((c) => [c.id, c]));
    // People with at least one tag, through the multi-entry tags index.
    const tagged = await db.contacts.where('tags').above('').distinct().toArray();
    return { introductions, people, suggestions: introductionSuggestions(tagged, introductions) };
  }, []);
  const { busy, error, run } = useAction();

  if (!data) return <p role="status">{t('loading')}</p>;
  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>{t('introductions')}</h2>
      {data.introductions.length === 0 && <p className="muted">{t('introductionsNone')}</p>}
      {INTRODUCTION_STATUSES.map((status) => {
        const group = data.introductions.filter((i) => i.status === status);
        if (group.length === 0) return null;
        return (
          <section key={status} aria-label={t(GROUP_TITLES[status])}>
            <h3>{t(GROUP_TITLES[status])} <span className="muted">{group.length}</span></h3>
            {group.map((introduction) => {
              const a = data.people.get(introduction.aId);
              const b = data.people.get(introduction.bId);
              return a && b ? <IntroductionFlow key={introduction.id} introduction={introduction} a={a} b={b} /> : null;
            })}
          </section>
        );
      })}
      <h3>{t('introSuggestions')}</h3>
      {data.suggestions.length === 0 ? (
        <p className="muted small">{t('introSuggestionsNone')}</p>
      ) : (
        <ul className="people">
          {data.suggestions.map(({ a, b, tags }) => (
            <li key={`${a.id}|${b.id}`}>
              <button type="button" disabled={busy} onClick={() => void run(() => sendCommand('proposeIntroduction', { aId: a.id, bId: b.id, note: tags.join(', ') }))}>
                {tRich('introPropose', { a: <bdi>{a.name}</bdi>, b: <bdi>{b.name}</bdi> })}
              </button>
              <span className="muted small"> {t('introSharedTags', { tags: tags.join(', ') })}</span>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}
