import { useState, type FormEvent } from 'react';
import { toLocalDay } from '@/core/dates';
import { useAction } from '@/hooks/use-action';
import { t } from '@/i18n';
import { sendMessage } from '@/messaging/protocol';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

interface Fields {
  name: string;
  email: string;
  event: string;
  topic: string;
  date: string;
}

/**
 * "Just met someone": the business cards of an evening, before their profiles are known. Only
 * the name is required; the follow-up comes due the next day.
 */
export function JustMetForm() {
  const [today] = useState(() => toLocalDay(Date.now()));
  const empty: Fields = { name: '', email: '', event: '', topic: '', date: today };
  const [fields, setFields] = useState<Fields>(empty);
  const [problem, setProblem] = useState<'name' | 'email' | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const set = (name: keyof Fields) => (e: { target: { value: string } }) => {
    setFields((f) => ({ ...f, [name]: e.target.value }));
    setProblem(null);
    setAdded(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = fields.name.trim();
    const email = fields.email.trim();
    if (!name) return setProblem('name');
    if (email && !EMAIL.test(email)) return setProblem('email');
    void run(() =>
      sendMessage('addContact', {
        name,
        emails: email ? [email] : [],
        met: { eventName: fields.event, topic: fields.topic, date: fields.date || today },
      }),
    ).then((ok) => {
      if (!ok) return;
      setAdded(name);
      setFields(empty);
    });
  };

  return (
    <details className="just-met">
      <summary>{t('justMet')}</summary>
      <form onSubmit={submit} noValidate aria-label={t('justMet')}>
        <label className="field">
          <span>{t('name')}</span>
          <input value={fields.name} onChange={set('name')} required aria-invalid={problem === 'name'} />
        </label>
        {problem === 'name' && <p className="error" role="alert">{t('nameRequired')}</p>}
        <label className="field">
          <span>{t('email')}</span>
          <input type="email" value={fields.email} onChange={set('email')} aria-invalid={problem === 'email'} />
        </label>
        {problem === 'email' && <p className="error" role="alert">{t('invalidEmail')}</p>}
        <label className="field"><span>{t('event')}</span><input value={fields.event} onChange={set('event')} /></label>
        <label className="field"><span>{t('topic')}</span><input value={fields.topic} onChange={set('topic')} /></label>
        <label className="field"><span>{t('date')}</span><input type="date" value={fields.date} max={today} onChange={set('date')} /></label>
        <button className="primary" type="submit" disabled={busy}>{t('addToMaille')}</button>
        <p role="status" className="small muted">{added && t('justMetAdded', { name: added })}</p>
        {error && <p className="error" role="alert">{error}</p>}
      </form>
    </details>
  );
}
