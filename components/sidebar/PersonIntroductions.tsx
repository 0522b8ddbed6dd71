import { useId, useState, type FormEvent } from 'react';
import type { Contact } from '@/core/records';
import { ContactPicker } from '@/components/shared/ContactPicker';
import { IntroductionFlow } from '@/components/shared/IntroductionFlow';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/i18n';
import type { IntroductionView } from '@/messaging/protocol';
import { sendCommand } from '@/messaging/send-command';

/** This person's introductions (both sides see them), and "Introduce to…" someone else. */
export function PersonIntroductions({ contact, introductions }: { contact: Contact; introductions: IntroductionView[] }) {
  const id = useId();
  const [other, setOther] = useState<Contact | null>(null);
  const [note, setNote] = useState('');
  const { busy, error, run } = useAction();
  const propose = (e: FormEvent) => {
    e.preventDefault();
    if (!other) return;
    void run(() => sendCommand('proposeIntroduction', { aId: contact.id, bId: other.id, note })).then((outcome) => {
      if (outcome?.ok) {
        setOther(null);
        setNote('');
      }
    });
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('introductions')}</h3>
      {introductions.map(({ introduction, other: them }) => (
        <IntroductionFlow key={introduction.id} introduction={introduction}
          a={introduction.aId === contact.id ? contact : them} b={introduction.aId === contact.id ? them : contact} />
      ))}
      <details className="card">
        <summary>{t('introduceTo')}</summary>
        <form onSubmit={propose} aria-label={t('introduceTo')}>
          <label className="field" htmlFor={`${id}-who`}>
            <span>{t('introduceTo')}</span>
          </label>
          {other ? (
            <p className="row"><bdi>{other.name}</bdi> <button type="button" className="link" onClick={() => setOther(null)}>{t('cancel')}</button></p>
          ) : (
            <ContactPicker id={`${id}-who`} exclude={[contact.id]} onPick={setOther} />
          )}
          <label className="field">
            <span>{t('introduceWhy')}</span>
            <input value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <button type="submit" className="primary" disabled={busy || !other}>{t('introducePropose')}</button>
          {error && <p className="error" role="alert">{error}</p>}
        </form>
      </details>
    </section>
  );
}
