import { useState } from 'react';
import { templateId, type DraftKind } from '@/core/draft-templates';
import { draftFor, type DraftExtras } from '@/core/drafts';
import { systemTimeZone, toLocalDay } from '@/core/local-day';
import type { Contact, Language, MetInfo, Register } from '@/core/records';
import type { Template } from '@/core/templates';
import { useNow } from '@/components/shared/use-now';
import { t, type MessageKey } from '@/i18n';
import type { Settings } from '@/messaging/settings';

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

interface Props {
  kind: DraftKind;
  language: Language;
  register: Register;
  template: Template;
  settings: Settings;
}

/**
 * The template as a sample person would receive it, with the details the user ticks, and which
 * fields the template used, lacked, or does not know.
 */
export function TemplatePreview({ kind, language, register, template, settings }: Props) {
  const now = useNow();
  const [parts, setParts] = useState<Set<string>>(new Set(SAMPLE_PARTS));
  const preview = draftFor(kind, sampleContact(parts, language, register, now), {
    interfaceLanguage: language, myName: settings.myName || 'Anne Moreau', signature: settings.signature, templates: { [templateId(kind, language, register)]: template }, now, timeZone: systemTimeZone(),
  }, sampleExtras(now));
  const tick = (part: string, on: boolean) => setParts((old) => {
    const next = new Set(old);
    if (on) next.add(part);
    else next.delete(part);
    return next;
  });

  return (
    <section aria-label={t('templatePreview')} className="preview">
      <h3>{t('templatePreview')}</h3>
      <fieldset>
        <legend>{t('templateSampleHas')}</legend>
        {SAMPLE_PARTS.map((part) => (
          <label key={part} className="check">
            <input type="checkbox" checked={parts.has(part)} onChange={(e) => tick(part, e.target.checked)} />
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
  );
}
