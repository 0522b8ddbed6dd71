import { useState, type FormEvent } from 'react';
import { checkCommand, type MetInput } from '@/core/commands';
import type { ProfileIdentity, ProfileRef } from '@/core/profile';
import { FieldError, fieldState, FormError } from '@/components/shared/FieldError';
import { localClock, useAction } from '@/components/shared/use-action';
import { t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';
import { MetFields } from './MetFields';

interface Props {
  profileRef: ProfileRef;
  /** What the page showed; absent when the page could not be read (the user types the name). */
  identity?: ProfileIdentity;
  nameGuess?: string;
}

/** "Add to Maille", with an optional where-we-met; asks for a name when the page gave none. */
export function AddContactForm({ profileRef, identity, nameGuess }: Props) {
  const [met, setMet] = useState<MetInput>({});
  const [name, setName] = useState(nameGuess ?? '');
  const [headline, setHeadline] = useState('');
  const [company, setCompany] = useState('');
  const { busy, refusal, refuse, run } = useAction();
  const manual = !identity;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const person = identity ?? { name, headline: headline.trim() || undefined, company: company.trim() || undefined };
    const input = {
      ...person,
      profile: profileRef,
      met: Object.values(met).some((v) => v?.trim()) ? met : undefined,
    };
    const checked = checkCommand('addContact', input, localClock());
    if (!checked.ok) return refuse(checked.refusal);
    void run(() => sendCommand('addContact', input));
  };

  const text = (field: 'name' | 'headline' | 'company', value: string, set: (value: string) => void) => (
    <div className="field">
      <label htmlFor={`add-${field}`}>{t(field)}</label>
      <input id={`add-${field}`} value={value} required={field === 'name'} onChange={(e) => { set(e.target.value); refuse(null); }} {...fieldState(refusal, field, `add-${field}`)} />
      <FieldError refusal={refusal} field={field} id={`add-${field}`} />
    </div>
  );

  return (
    <form className="card" onSubmit={submit} noValidate>
      {manual && (
        <>
          {text('name', name, setName)}
          {text('headline', headline, setHeadline)}
          {text('company', company, setCompany)}
        </>
      )}
      <details open={refusal?.code === 'invalid' && refusal.field.startsWith('met.')}>
        <summary>{t('whereWeMetOptional')}</summary>
        <MetFields value={met} onChange={setMet} today={localClock().today} refusal={refusal} />
      </details>
      <button className="primary" type="submit" disabled={busy}>{t('addToMaille')}</button>
      <FormError refusal={refusal} fields={['name', 'headline', 'company', 'met']} />
    </form>
  );
}
