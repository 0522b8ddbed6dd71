import { useEffect, useId, useState, type FormEvent } from 'react';
import { DEFAULT_TEMPLATES, templateId } from '@/core/draft-templates';
import { TEMPLATE_FIELDS, type Template } from '@/core/templates';
import { t, type MessageKey } from '@/i18n';
import { settingsItem, type Settings } from '@/messaging/settings';
import { TemplateChooser, type TemplateChoice } from './TemplateChooser';
import { TemplatePreview } from './TemplatePreview';

/**
 * The draft templates, editable, with a live preview: choose the message, its language and
 * register; the preview shows a sample person with the details ticked, and which fields the
 * template used, lacked, or does not know.
 */
export function TemplatesSection() {
  const id = useId();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [choice, setChoice] = useState<TemplateChoice>({ kind: 'followUp', language: 'en', register: 'informal' });
  const [edited, setEdited] = useState<Template | null>(null);
  const [status, setStatus] = useState<MessageKey | null>(null);

  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
  }, []);
  if (!settings) return <p role="status">{t('loading')}</p>;

  const key = templateId(choice.kind, choice.language, choice.register);
  const stored = settings.templates[key];
  const template = edited ?? stored ?? DEFAULT_TEMPLATES[key];
  const choose = (patch: Partial<TemplateChoice>) => {
    setChoice({ ...choice, ...patch });
    setEdited(null);
    setStatus(null);
  };
  const edit = (patch: Partial<Template>) => {
    setEdited({ ...template, ...patch });
    setStatus(null);
  };
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
      <TemplateChooser choice={choice} onChoose={choose} />
      <form onSubmit={submit} aria-label={t('templatesTitle')}>
        <label className="field wide">
          <span>{t('draftSubject')}</span>
          <input value={template.subject} onChange={(e) => edit({ subject: e.target.value })} />
        </label>
        <label className="field wide">
          <span>{t('templateBody')}</span>
          <textarea rows={12} value={template.body} onChange={(e) => edit({ body: e.target.value })} />
        </label>
        <p className="small muted">{t('templateSyntax', { fields: TEMPLATE_FIELDS.map((f) => `{${f}}`).join(' ') })}</p>
        <div className="row">
          <button type="submit" className="primary">{t('save')}</button>
          <button type="button" disabled={!stored && !edited} onClick={reset}>{t('templateResetButton')}</button>
        </div>
        <p role="status">{status && t(status)}</p>
      </form>
      <TemplatePreview {...choice} template={template} settings={settings} />
    </section>
  );
}
