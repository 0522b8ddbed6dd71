import { useState, type FormEvent } from 'react';
import { fromLocalDay, toLocalDay } from '@/core/dates';
import { INTERACTION_KINDS, type InteractionKind } from '@/core/records';
import { t } from '@/i18n';
import { sendMessage } from '@/messaging/protocol';
import { useAction } from '@/hooks/use-action';

/** "Log contact": what kind, when (today unless said otherwise), and an optional summary. */
export function LogContactForm({ contactId }: { contactId: string }) {
  const [kind, setKind] = useState<InteractionKind>('message');
  const [today] = useState(() => toLocalDay(Date.now()));
  const [day, setDay] = useState(today);
  const [summary, setSummary] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, run } = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Today's contact is logged at the current time; another day at its noon.
    const at = day === today ? Date.now() : fromLocalDay(day);
    if (at === undefined) return;
    void run(() => sendMessage('logInteraction', { contactId, kind, at, summary })).then((ok) => {
      if (!ok) return;
      setSummary('');
      setDone(true);
    });
  };

  return (
    <form className="card" onSubmit={submit} aria-label={t('logContact')}>
      <div className="row">
        <label className="field grow">
          <span>{t('kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as InteractionKind)}>
            {INTERACTION_KINDS.map((k) => <option key={k} value={k}>{t(`kind_${k}`)}</option>)}
          </select>
        </label>
        <label className="field grow">
          <span>{t('date')}</span>
          <input type="date" value={day} required max={today} onChange={(e) => setDay(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span>{t('summary')}</span>
        <input value={summary} onChange={(e) => { setSummary(e.target.value); setDone(false); }} />
      </label>
      <button className="primary" type="submit" disabled={busy}>{t('logContact')}</button>
      <p className="small muted" role="status">{done && t('logged')}</p>
      {error && <p className="error" role="alert">{error}</p>}
    </form>
  );
}
