import { useId } from 'react';
import type { MetInput, Refusal } from '@/core/commands';
import { EARLIEST_DAY } from '@/core/local-day';
import { LIMITS } from '@/core/limits';
import { EventPicker } from '@/components/shared/EventPicker';
import { FieldError, fieldState } from '@/components/shared/FieldError';
import { LengthHint } from '@/components/shared/LengthHint';
import { t } from '@/i18n';

interface Props {
  value: MetInput;
  onChange: (value: MetInput) => void;
  /** Today, `YYYY-MM-DD`: a meeting is not in the future. */
  today: string;
  /** What the last check or the background refused, shown by its field. */
  refusal: Refusal | null;
}

const MAX: Record<Exclude<keyof MetInput, 'date'>, number> = { eventName: LIMITS.eventName, place: LIMITS.place, topic: LIMITS.topic };

/** Event, date, place and topic of a meeting: all optional. */
export function MetFields({ value, onChange, today, refusal }: Props) {
  const prefix = useId();
  const field = (name: keyof MetInput, label: string) => {
    const id = `${prefix}-${name}`;
    const text = value[name] ?? '';
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {name === 'date' ? (
          <input id={id} type="date" min={EARLIEST_DAY} max={today} value={text} onChange={(e) => onChange({ ...value, date: e.target.value })} {...fieldState(refusal, `met.${name}`, id)} />
        ) : name === 'eventName' ? (
          <EventPicker
            id={id}
            value={text}
            onChange={(eventName) => onChange({ ...value, eventName })}
            // An existing event brings its day (when past) and place to empty fields.
            onPick={(event) => onChange({
              ...value,
              eventName: event.name,
              date: value.date || (event.date && event.date <= today ? event.date : value.date),
              place: value.place || event.place,
            })}
            inputProps={fieldState(refusal, `met.${name}`, id)}
          />
        ) : (
          <input id={id} value={text} onChange={(e) => onChange({ ...value, [name]: e.target.value })} {...fieldState(refusal, `met.${name}`, id)} />
        )}
        {name !== 'date' && <LengthHint length={text.length} max={MAX[name]} />}
        <FieldError refusal={refusal} field={`met.${name}`} id={id} />
      </div>
    );
  };
  return (
    <>
      {field('eventName', t('event'))}
      {field('date', t('date'))}
      {field('place', t('place'))}
      {field('topic', t('topic'))}
    </>
  );
}
