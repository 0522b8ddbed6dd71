import { useState, type FormEvent } from 'react';
import { checkCommand } from '@/core/commands';
import { checkPastDay, EARLIEST_DAY, fromLocalDay } from '@/core/local-day';
import { LIMITS } from '@/core/limits';
import { IN_PERSON_KINDS, INTERACTION_KINDS, type InteractionKind } from '@/core/records';
import { FieldError, fieldState, FormError } from '@/components/shared/FieldError';
import { LengthHint } from '@/components/shared/LengthHint';
import { localClock, useAction } from '@/components/shared/use-action';
import { t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';

/** "Log contact": what kind, when (today unless said otherwise), and an optional summary. */
export function LogContactForm({ contactId }: { contactId: string }) {
  const [kind, setKind] = useState<InteractionKind>('message');
  const [today] = useState(() => localClock().today);
  const [day, setDay] = useState(today);
  const [summary, setSummary] = useState('');
  const [nextStep, setNextStep] = useState('');
  // After seeing someone (a lunch, a meeting): what was discussed, and what comes next.
  const inPerson = IN_PERSON_KINDS.has(kind);
  const [done, setDone] = useState(false);
  const { busy, refusal, refuse, run } = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clock = localClock();
    const problem = checkPastDay(day, clock.today);
    if (problem) return refuse({ code: 'invalid', field: 'at', rule: problem });
    // Today's contact is logged at the current time; another day at its noon.
    const input = { contactId, kind, at: day === clock.today ? clock.now : fromLocalDay(day)!, summary, ...(inPerson && nextStep.trim() ? { nextStep } : {}) };
    const checked = checkCommand('logInteraction', input, clock);
    if (!checked.ok) return refuse(checked.refusal);
    void run(() => sendCommand('logInteraction', input)).then((outcome) => {
      if (!outcome?.ok) return;
      setSummary('');
      setNextStep('');
      setDone(true);
    });
  };

  return (
    <form className="card" onSubmit={submit} aria-label={t('logContact')} noValidate>
      <div className="row">
        <label className="field grow">
          <span>{t('kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as InteractionKind)}>
            {INTERACTION_KINDS.map((k) => <option key={k} value={k}>{t(`kind_${k}`)}</option>)}
          </select>
        </label>
        <label className="field grow">
          <span>{t('date')}</span>
          <input type="date" value={day} required min={EARLIEST_DAY} max={today} onChange={(e) => { setDay(e.target.value); refuse(null); }} {...fieldState(refusal, 'at', 'log-at')} />
        </label>
      </div>
      <FieldError refusal={refusal} field="at" id="log-at" />
      <label className="field">
        <span>{t(inPerson ? 'discussed' : 'summary')}</span>
        <input value={summary} onChange={(e) => { setSummary(e.target.value); setDone(false); }} {...fieldState(refusal, 'summary', 'log-summary')} />
      </label>
      <LengthHint length={summary.length} max={LIMITS.summary} />
      <FieldError refusal={refusal} field="summary" id="log-summary" />
      {inPerson && (
        <>
          <label className="field">
            <span>{t('nextStep')}</span>
            <input value={nextStep} onChange={(e) => setNextStep(e.target.value)} {...fieldState(refusal, 'nextStep', 'log-next-step')} />
          </label>
          <LengthHint length={nextStep.length} max={LIMITS.summary} />
          <FieldError refusal={refusal} field="nextStep" id="log-next-step" />
        </>
      )}
      <button className="primary" type="submit" disabled={busy}>{t('logContact')}</button>
      <p className="small muted" role="status">{done && t('logged')}</p>
      <FormError refusal={refusal} fields={['at', 'summary', 'nextStep']} />
    </form>
  );
}
