import { useLiveQuery } from 'dexie-react-hooks';
import { nextRecipient, walkProgress } from '@/core/news';
import { DraftPanel } from '@/components/shared/DraftPanel';
import { useAction } from '@/components/shared/use-action';
import { useDraftContext } from '@/components/shared/use-draft-context';
import { t } from '@/i18n';
import { tRich } from '@/i18n/rich';
import { sendCommand } from '@/messaging/send-command';
import { db } from '@/storage/db';
import { interactionsOf } from '@/storage/interactions';

/**
 * Telling your news one person at a time: the next one's draft (their name, language, register,
 * your last exchange), sent or skipped, then the next. Leave any time: the walk resumes here.
 */
export function NewsWalk({ id }: { id: string }) {
  const context = useDraftContext();
  const walk = useLiveQuery(async () => {
    const news = await db.news.get(id);
    if (!news) return null;
    const ids = news.recipients.map((r) => r.contactId);
    const people = new Map((await db.contacts.bulkGet(ids)).filter((c) => c !== undefined).map((c) => [c.id, c]));
    const next = nextRecipient(news.recipients.filter((r) => people.has(r.contactId)));
    const last = next ? (await interactionsOf(next.contactId, 1))[0] : undefined;
    return { news, people, next, last };
  }, [id]);
  const { busy, error, run } = useAction();

  if (walk === undefined || !context) return <p role="status">{t('loading')}</p>;
  if (walk === null) return <p role="alert">{t('newsNotFound')} <a href="#news">{t('newsBack')}</a></p>;
  const { news, people, next, last } = walk;
  const { done, total } = walkProgress(news.recipients);
  const person = next && people.get(next.contactId);
  const guarded = news.recipients.filter((r) => r.reason === 'paceGuard');
  const step = (state: 'sent' | 'skipped', summary = '') => sendCommand('newsStep', { id, contactId: next!.contactId, state, summary });

  return (
    <section aria-labelledby="news-walk-title" className="card">
      <p><a href="#news">{t('newsBack')}</a></p>
      <h2 id="news-walk-title">{t('newsWalkTitle')}</h2>
      <blockquote dir="auto">{news.text}</blockquote>
      <p role="status">{t('newsProgress', { done, total })}</p>
      {person ? (
        <section aria-label={t('newsNext')}>
          <h3>{tRich('newsTo', { name: <bdi>{person.name}</bdi> })}</h3>
          <DraftPanel key={person.id} contact={person} kind="news" context={context} extras={{ news: news.text, lastInteraction: last }}
            markSent={(subject) => step('sent', subject)} />
          <button type="button" disabled={busy} onClick={() => void run(() => step('skipped'))}>{t('newsSkip')}</button>
        </section>
      ) : (
        <p className="done">{t('newsDone')}</p>
      )}
      {guarded.length > 0 && (
        <section aria-label={t('newsLeftOut')}>
          <h3>{t('newsLeftOut')}</h3>
          <ul className="people">
            {guarded.map((r) => {
              const them = people.get(r.contactId);
              return them ? <li key={r.contactId}><bdi>{them.name}</bdi> — <span className="muted">{t('newsPaceGuard')}</span></li> : null;
            })}
          </ul>
        </section>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}
