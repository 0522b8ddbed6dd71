import { useEffect, useId, useState, type FormEvent } from 'react';
import { DEFAULT_TEMPLATES, DRAFT_KINDS, templateId, type DraftKind } from '@/core/draft-templates';
import { draftFor, type DraftExtras } from '@/core/drafts';
import { systemTimeZone, toLocalDay } from '@/core/local-day';
import { LANGUAGES, REGISTERS, type Contact, type Language, type MetInfo, type Register } from '@/core/records';
import { TEMPLATE_FIELDS, type Template } from '@/core/templates';
import { useNow } from '@/components/shared/use-now';
import { t, type MessageKey } from '@/i18n';
import { settingsItem, type Settings } from '@/messaging/settings';

const KIND_LABELS: Record<DraftKind, MessageKey> = {
  followUp: 'templateFollowUp',
  congratulate: 'templateCongratulate',
  newYear: 'templateNewYear',
  lunchInvite: 'templateLunchInvite',
  news: 'templateNews',
  introAsk: 'templateIntroAsk',
  introduction: 'templateIntroduction',
};
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français', de: 'Deutsch' };
const REGISTER_LABELS: Record<Register, MessageKey> = { informal: 'registerInformal', formal: 'registerFormalShort' };
const SAMPLE_PARTS = ['eventName', 'place', 'date', 'topic'] as const;
const SAMPLE_LABELS: Record<(typeof SAMPLE_PARTS)[number], MessageKey> = { eventName: 'event', place: 'place', date: 'date', topic: 'topic' };

/** The person the preview writes to: met yesterday, with the details the user ticks. */
function sampleContact(parts: ReadonlySet<string>, language: Language, register: Register, now: number): Contact {
  const met: MetInfo = {
    eventName: parts.has('eventName') ? 'Mobile Monday Lyon' : undefined,
    place: parts.has('place') ? 'La Cordée' : undefined,
    date: parts.has('date') ? toLocalDay(now - 86_400_000) : undefined,
    topic: parts.has('topic') ? t('templateSampleTopic') : undefined,
  };
  return {
    id: 'sample', name: 'Claire Fontaine', nameKey: 'claire fontaine', emails: ['claire@example.org'], tags: [], notes: '', profiles: [], profileKeys: [],
    cadenceDays: null, createdAt: now, updatedAt: now, met, language, register,
    headline: 'Head of Partnerships at Axiome', title: 'Head of Partnerships', company: 'Axiome', dueJob: { title: 'Head of Partnerships', company: 'Axiome' },
  };
}

/** The rest of what a draft may say: another person to introduce, some news, a last exchange. */
function sampleExtras(now: number): DraftExtras {
  const other: Contact = {
    id: 'other', name: 'Marc Lefebvre', nameKey: 'marc lefebvre', emails: [], tags: [], notes: '', profiles: [], profileKeys: [],
    cadenceDays: null, createdAt: now, updatedAt: now, headline: 'CTO at Brume Analytics',
  };
  return { other, news: t('templateSampleNews'), lastInteraction: { kind: 'lunch', at: now - 40 * 86_400_000 } };
}

/**
 * The draft templates, editable, with a live preview: choose the message, its language and
 * register; the preview shows a sample person with the details ticked, and which fields the
 * template used, lacked, or does not know.
 */
export function TemplatesSection() {
  const id = useId();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [kind, setKind] = useState<DraftKind>('followUp');
  const [language, setLanguage] = useState<Language>('en');
  const [register, setRegister] = useState<Register>('informal');
  const [edited, setEdited] = useState<Template | null>(null);
  const [parts, setParts] = useState<Set<string>>(new Set(SAMPLE_PARTS));
  const [status, setStatus] = useState<MessageKey | null>(null);
  const now = useNow();

  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
  }, []);
  if (!settings) return <p role="status">{t('loading')}</p>;

  const key = templateId(kind, language, register);
  const stored = settings.templates[key];
  const template = edited ?? stored ?? DEFAULT_TEMPLATES[key];
  const choose = (set: () => void) => {
    set();
    setEdited(null);
    setStatus(null);
  };
  const preview = draftFor(kind, sampleContact(parts, language, register, now), {
    interfaceLanguage: language, myName: settings.myName || 'Anne Moreau', signature: settings.signature, templates: { [key]: template }, now, timeZone: systemTimeZone(),
  }, sampleExtras(now));

  const save = async (templates: Settings['templates'], done: MessageKey) => {
    const current = await settingsItem.getValue();
    const next = { ...current, templates };
    await settingsItem.setValue(next);
    setSettings(next);
    setEdited(null);
    setStatus(done);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save({ ...settings.templates, [key]: template }, 'templateSaved').catch(() => setStatus('settingsNotSaved'));
  };
  const reset = () => {
    const rest = Object.fromEntries(Object.entries(settings.templates).filter(([id]) => id !== key));
    void save(rest, 'templateReset').catch(() => setStatus('settingsNotSaved'));
  };

  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>{t('templatesTitle')}</h2>
      <p className="muted small">{t('templatesHelp')}</p>
      <div className="row">
        <label className="field">
          <span>{t('templateMessage')}</span>
          <select value={kind} onChange={(e) => choose(() => setKind(e.target.value as DraftKind))}>
            {DRAFT_KINDS.map((k) => <option key={k} value={k}>{t(KIND_LABELS[k])}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('writeIn')}</span>
          <select value={language} onChange={(e) => choose(() => setLanguage(e.target.value as Language))}>
            {LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('register')}</span>
          <select value={register} onChange={(e) => choose(() => setRegister(e.target.value as Register))}>
            {REGISTERS.map((r) => <option key={r} value={r}>{t(REGISTER_LABELS[r])}</option>)}
          </select>
        </label>
      </div>
      <form onSubmit={submit} aria-label={t('templatesTitle')}>
        <label className="field wide">
          <span>{t('draftSubject')}</span>
          <input value={template.subject} onChange={(e) => { setEdited({ ...template, subject: e.target.value }); setStatus(null); }} />
        </label>
        <label className="field wide">
          <span>{t('templateBody')}</span>
          <textarea rows={12} value={template.body} onChange={(e) => { setEdited({ ...template, body: e.target.value }); setStatus(null); }} />
        </label>
        <p className="small muted">{t('templateSyntax', { fields: TEMPLATE_FIELDS.map((f) => `{${f}}`).join(' ') })}</p>
        <div className="row">
          <button type="submit" className="primary">{t('save')}</button>
          <button type="button" disabled={!stored && !edited} onClick={reset}>{t('templateResetButton')}</button>
        </div>
        <p role="status">{status && t(status)}</p>
      </form>
      <section aria-label={t('templatePreview')} className="preview">
        <h3>{t('templatePreview')}</h3>
        <fieldset>
          <legend>{t('templateSampleHas')}</legend>
          {SAMPLE_PARTS.map((part) => (
            <label key={part} className="check">
              <input type="checkbox" checked={parts.has(part)} onChange={(e) => setParts((old) => {
                const next = new Set(old);
                if (e.target.checked) next.add(part);
                else next.delete(part);
                return next;
              })} />
              {t(SAMPLE_LABELS[part])}
            </label>
          ))}
        </fieldset>
        <p><strong>{t('draftSubject')}:</strong> <span className="preview-subject">{preview.subject}</span></p>
        <pre className="preview-body">{preview.body}</pre>
        <p className="small">{t('templateUsed', { fields: preview.used.join(', ') || '—' })}</p>
        {preview.missing.length > 0 && <p className="small muted">{t('templateMissing', { fields: preview.missing.join(', ') })}</p>}
        {preview.unknown.length > 0 && <p className="small error" role="alert">{t('templateUnknown', { fields: preview.unknown.map((f) => `{${f}}`).join(', ') })}</p>}
      </section>
    </section>
  );
}
