import { useState, type FormEvent } from 'react';
import { checkCommand } from '@/core/commands';
import { addressing } from '@/core/drafts';
import { LANGUAGES, REGISTERS, type Contact, type Language, type Register } from '@/core/records';
import { FieldError, fieldState, FormError } from '@/components/shared/FieldError';
import { localClock, useAction } from '@/components/shared/use-action';
import { getLanguage, LANGUAGE_NAMES, t, type MessageKey } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';

const REGISTER_LABELS: Record<Language, Record<Register, MessageKey>> = {
  en: { informal: 'registerFirstName', formal: 'registerFormal' },
  fr: { informal: 'registerTu', formal: 'registerVous' },
  de: { informal: 'registerDu', formal: 'registerSie' },
};

/**
 * How to write to them: their email addresses, the language and the register of the drafts. One
 * save at a time (`useAction` drops a second one): the selects wait while an address is saved,
 * rather than take a choice and lose it.
 */
export function WritingTo({ contact }: { contact: Contact }) {
  const [emails, setEmails] = useState(contact.emails.join(', '));
  const [base, setBase] = useState(contact.emails);
  const { busy, refusal, refuse, run } = useAction();
  const { language, register } = addressing(contact, getLanguage());

  const update = (patch: { emails?: string[]; language?: Language | null; register?: Register | null }, baseOf: Record<string, unknown>) => {
    const input = { id: contact.id, patch, base: baseOf };
    const checked = checkCommand('updateContact', input, localClock());
    if (!checked.ok) return Promise.resolve(refuse(checked.refusal));
    return run(() => sendCommand('updateContact', input)).then((outcome) => {
      if (outcome?.ok) {
        setBase(outcome.value.emails);
        setEmails(outcome.value.emails.join(', '));
      }
    });
  };

  const saveEmails = (event: FormEvent) => {
    event.preventDefault();
    const list = emails.split(/[\s,;]+/).filter(Boolean);
    void update({ emails: list }, { emails: base });
  };

  return (
    <details className="card writing-to">
      <summary>{t('writingTo')}</summary>
      <form onSubmit={saveEmails} noValidate aria-label={t('email')}>
        <div className="field">
          <label htmlFor="contact-emails">{t('email')}</label>
          <div className="row">
            <input id="contact-emails" type="text" inputMode="email" value={emails} onChange={(e) => { setEmails(e.target.value); refuse(null); }} {...fieldState(refusal, 'emails', 'contact-emails')} />
            <button type="submit" disabled={busy}>{t('save')}</button>
          </div>
          <FieldError refusal={refusal} field="emails" id="contact-emails" />
        </div>
      </form>
      <div className="row">
        <label className="field grow">
          <span>{t('writeIn')}</span>
          <select value={contact.language ?? 'auto'} disabled={busy} onChange={(e) => void update({ language: e.target.value === 'auto' ? null : (e.target.value as Language) }, { language: contact.language ?? null })}>
            <option value="auto">{t('writeInInterface', { language: LANGUAGE_NAMES[getLanguage()] })}</option>
            {LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>)}
          </select>
        </label>
        <label className="field grow">
          <span>{t('register')}</span>
          <select value={register} disabled={busy} onChange={(e) => void update({ register: e.target.value as Register }, { register: contact.register ?? null })}>
            {REGISTERS.map((r) => <option key={r} value={r}>{t(REGISTER_LABELS[language][r])}</option>)}
          </select>
        </label>
      </div>
      <FormError refusal={refusal} fields={['emails']} />
    </details>
  );
}
