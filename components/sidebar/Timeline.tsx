import type { Contact, Interaction } from '@/core/records';
import { formatDay, t } from '@/i18n';

/** Last contact and the interaction log, newest first. */
export function Timeline({ contact, interactions }: { contact: Contact; interactions: Interaction[] }) {
  return (
    <section aria-labelledby="timeline-title">
      <p className="small">
        <strong>{t('lastContact')}:</strong> {contact.lastContactAt ? formatDay(contact.lastContactAt) : t('lastContactNever')}
      </p>
      <h3 id="timeline-title">{t('timeline')}</h3>
      {interactions.length === 0 ? (
        <p className="muted small">{t('timelineEmpty')}</p>
      ) : (
        <ol className="timeline">
          {interactions.map((i) => (
            <li key={i.id}>
              <span className="kind">{t(`kind_${i.kind}`)}</span> <time dateTime={new Date(i.at).toISOString()}>{formatDay(i.at)}</time>
              {i.summary && <p>{i.summary}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
