import { useState } from 'react';
import { fromLocalDay } from '@/core/local-day';
import type { Contact, Interaction } from '@/core/records';
import { useAction } from '@/components/shared/use-action';
import { formatDay, t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';

/** Last contact and the interaction log, newest first; a deletion can be undone. */
export function Timeline({ contact, interactions }: { contact: Contact; interactions: Interaction[] }) {
  const [deleted, setDeleted] = useState<Interaction | null>(null);
  const { busy, error, run } = useAction();
  const label = (i: Interaction) => ({ kind: t(`kind_${i.kind}`), date: formatDay(i.at) });

  const remove = (interaction: Interaction) =>
    void run(() => sendCommand('deleteInteraction', { id: interaction.id })).then((outcome) => outcome?.ok && setDeleted(interaction));
  const undo = (interaction: Interaction) =>
    void run(() => sendCommand('logInteraction', { contactId: interaction.contactId, kind: interaction.kind, at: interaction.at, summary: interaction.summary, nextStep: interaction.nextStep })).then(
      (outcome) => outcome?.ok && setDeleted(null),
    );

  return (
    <section aria-labelledby="timeline-title">
      <p className="small">
        <strong>{t('lastContact')}:</strong> {contact.lastContactAt ? formatDay(contact.lastContactAt) : t('lastContactNever')}
      </p>
      {contact.connectedOn && fromLocalDay(contact.connectedOn) !== undefined && (
        <p className="small muted">{t('connectedOn', { date: formatDay(fromLocalDay(contact.connectedOn)!) })}</p>
      )}
      <h3 id="timeline-title">{t('timeline')}</h3>
      {deleted && (
        <p className="small undo" role="status">
          {t('interactionDeleted', label(deleted))}{' '}
          <button type="button" className="link" disabled={busy} onClick={() => undo(deleted)}>{t('undo')}</button>
        </p>
      )}
      {interactions.length === 0 ? (
        <p className="muted small">{t('timelineEmpty')}</p>
      ) : (
        <ol className="timeline">
          {interactions.map((i) => (
            <li key={i.id}>
              <span className="kind">{t(`kind_${i.kind}`)}</span> <time dateTime={new Date(i.at).toISOString()}>{formatDay(i.at)}</time>
              <button type="button" className="icon small-icon" aria-label={t('deleteInteraction', label(i))} title={t('deleteInteraction', label(i))} disabled={busy} onClick={() => remove(i)}>
                ×
              </button>
              {i.summary && <p dir="auto">{i.summary}</p>}
              {i.nextStep && <p className="small" dir="auto"><strong>{t('nextStepShort')}</strong> {i.nextStep}</p>}
            </li>
          ))}
        </ol>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}
