import { useState, type FormEvent } from 'react';
import { checkCommand } from '@/core/commands';
import { EARLIEST_DAY } from '@/core/local-day';
import { LIMITS } from '@/core/limits';
import { EventPicker } from '@/components/shared/EventPicker';
import { FieldError, fieldState, FormError } from '@/components/shared/FieldError';
import { LengthHint } from '@/components/shared/LengthHint';
import { localClock, useAction } from '@/components/shared/use-action';
import { t, type MessageKey } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';
import { tRich } from '@/i18n/rich';

interface Fields {
  name: string;
  email: string;
  event: string;
  topic: string;
  date: string;
}

/** Each input, the label it shows and the command field its refusals name. */
const INPUTS: readonly { name: keyof Fields; label: MessageKey; field: string; type?: string; max?: number }[] = [
  { name: 'name', label: 'name', field: 'name' },
  { name: 'email', label: 'email', field: 'emails', type: 'email' },
  { name: 'event', label: 'event', field: 'met.eventName' },
  { name: 'topic', label: 'topic', field: 'met.topic', max: LIMITS.topic },
  { name: 'date', label: 'date', field: 'met.date', type: 'date' },
];

/**
 * "Just met someone": the business cards of an evening, before their profiles are known. Only
 * the name is required; the follow-up comes due the next day.
 */
export function JustMetForm() {
  const [today] = useState(() => localClock().today);
  const empty: Fields = { name: '', email: '', event: '', topic: '', date: today };
  const [fields, setFields] = useState<Fields>(empty);
  const [added, setAdded] = useState<string | null>(null);
  const { busy, refusal, refuse, run } = useAction();

  const set = (name: keyof Fields) => (e: { target: { value: string } }) => {
    setFields((f) => ({ ...f, [name]: e.target.value }));
    refuse(null);
    setAdded(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const email = fields.email.trim();
    const input = { name: fields.name, emails: email ? [email] : [], met: { eventName: fields.event, topic: fields.topic, date: fields.date || today } };
    const checked = checkCommand('addContact', input, localClock());
    if (!checked.ok) return refuse(checked.refusal);
    void run(() => sendCommand('addContact', input)).then((outcome) => {
      if (!outcome?.ok) return;
      setAdded(outcome.value.name);
      setFields(empty);
    });
  };

  return (
    <details className="just-met">
      <summary>{t('justMet')}</summary>
      <form onSubmit={submit} noValidate aria-label={t('justMet')}>
        {INPUTS.map(({ name, label, field, type, max }) => (
          <div className="field" key={name}>
            <label htmlFor={`just-met-${name}`}>{t(label)}</label>
            {name === 'event' ? (
              <EventPicker
                id="just-met-event"
                value={fields.event}
                onChange={(event) => set('event')({ target: { value: event } })}
                // The cards of an evening share its event, and its day when it is past.
                onPick={(event) => setFields((f) => ({ ...f, event: event.name, date: event.date && event.date <= today ? event.date : f.date }))}
                inputProps={fieldState(refusal, field, 'just-met-event')}
              />
            ) : (
              <input
                id={`just-met-${name}`}
                type={type ?? 'text'}
                value={fields[name]}
                required={name === 'name'}
                {...(type === 'date' ? { min: EARLIEST_DAY, max: today } : {})}
                onChange={set(name)}
                {...fieldState(refusal, field, `just-met-${name}`)}
              />
            )}
            {max && <LengthHint length={fields[name].length} max={max} />}
            <FieldError refusal={refusal} field={field} id={`just-met-${name}`} />
          </div>
        ))}
        <button className="primary" type="submit" disabled={busy}>{t('addToMaille')}</button>
        <p role="status" className="small muted">{added && tRich('justMetAdded', { name: <bdi>{added}</bdi> })}</p>
        <FormError refusal={refusal} fields={INPUTS.map((input) => input.field)} />
      </form>
    </details>
  );
}
