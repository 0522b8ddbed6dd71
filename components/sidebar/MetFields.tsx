import { t } from '@/i18n';
import type { MetInput } from '@/storage/contacts';

interface Props {
  value: MetInput;
  onChange: (value: MetInput) => void;
}

/** Event, date, place and topic of a meeting: all optional. */
export function MetFields({ value, onChange }: Props) {
  const field = (name: keyof MetInput, label: string, type = 'text') => (
    <label className="field">
      <span>{label}</span>
      <input type={type} value={value[name] ?? ''} onChange={(e) => onChange({ ...value, [name]: e.target.value })} />
    </label>
  );
  return (
    <>
      {field('eventName', t('event'))}
      {field('date', t('date'), 'date')}
      {field('place', t('place'))}
      {field('topic', t('topic'))}
    </>
  );
}
