import { useState, type FormEvent } from 'react';
import type { ProfileIdentity, ProfileRef } from '@/core/profile';
import { t } from '@/i18n';
import { sendMessage } from '@/messaging/protocol';
import type { MetInput } from '@/storage/contacts';
import { MetFields } from './MetFields';
import { useAction } from '@/hooks/use-action';

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
  const [nameError, setNameError] = useState(false);
  const { busy, error, run } = useAction();
  const manual = !identity;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const person = identity ?? { name: name.trim(), headline: headline.trim() || undefined, company: company.trim() || undefined };
    if (!person.name) {
      setNameError(true);
      return;
    }
    void run(() =>
      sendMessage('addContact', {
        ...person,
        profile: { site: profileRef.site, key: profileRef.key, url: profileRef.url },
        met: Object.values(met).some((v) => v?.trim()) ? met : undefined,
      }),
    );
  };

  return (
    <form className="card" onSubmit={submit} noValidate>
      {manual && (
        <>
          <label className="field">
            <span>{t('name')}</span>
            <input value={name} required aria-invalid={nameError} aria-describedby={nameError ? 'name-error' : undefined} onChange={(e) => { setName(e.target.value); setNameError(false); }} />
          </label>
          {nameError && <p id="name-error" className="error" role="alert">{t('nameRequired')}</p>}
          <label className="field"><span>{t('headline')}</span><input value={headline} onChange={(e) => setHeadline(e.target.value)} /></label>
          <label className="field"><span>{t('company')}</span><input value={company} onChange={(e) => setCompany(e.target.value)} /></label>
        </>
      )}
      <details>
        <summary>{t('whereWeMetOptional')}</summary>
        <MetFields value={met} onChange={setMet} />
      </details>
      <button className="primary" type="submit" disabled={busy}>{t('addToMaille')}</button>
      {error && <p className="error" role="alert">{error}</p>}
    </form>
  );
}
