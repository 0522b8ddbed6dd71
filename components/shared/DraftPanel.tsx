import { useId, useState } from 'react';
import type { Outcome } from '@/core/commands';
import { draftFor, introductionMailtoUrl, mailtoUrl, type DraftContext, type DraftExtras } from '@/core/drafts';
import type { DraftKind } from '@/core/draft-templates';
import type { Contact } from '@/core/records';
import { t } from '@/i18n';
import { tRich } from '@/i18n/rich';
import { sendCommand } from '@/messaging/send-command';
import { useAction } from './use-action';

interface Props {
  contact: Contact;
  kind: DraftKind;
  context: Omit<DraftContext, 'now'>;
  extras?: DraftExtras;
  /** The introduction only: both people it introduces, its two recipients. */
  alsoTo?: Contact;
  /** What "Mark as sent" does instead of logging an interaction (an introduction's step). */
  markSent?: (subject: string) => Promise<Outcome<unknown>>;
  /** After "Mark as sent" was logged. */
  onSent?: () => void;
}

/**
 * The mail app's link, when there is an address to write to (two for the introduction, `second`
 * null when the other has none). An address stored before the rules tightened (no dot, a comma)
 * gives no link rather than a broken page: the copy action still works.
 */
function mailLink(to: string | undefined, second: string | null | undefined, subject: string, body: string): string | undefined {
  if (!to || second === null) return undefined;
  try {
    return second === undefined ? mailtoUrl(to, subject, body) : introductionMailtoUrl(to, second, subject, body);
  } catch {
    return undefined;
  }
}

/**
 * A message to one person, drafted from a template in their language and register: edit it,
 * open it in the mail app (one recipient) or copy it for a message on a site, then mark it sent,
 * which logs the contact and clears the reminder.
 */
export function DraftPanel({ contact, kind, context, extras, alsoTo, markSent: markSentInstead, onSent }: Props) {
  const id = useId();
  const [initial] = useState(() => draftFor(kind, contact, { ...context, now: Date.now() }, extras));
  const [subject, setSubject] = useState(initial.subject);
  const [body, setBody] = useState(initial.body);
  const [copied, setCopied] = useState<'copied' | 'selectToCopy' | null>(null);
  const { busy, error, run } = useAction();
  const to = initial.to;
  const second = alsoTo?.emails[0];
  const href = mailLink(to, alsoTo ? second ?? null : undefined, subject, body);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(body);
      setCopied('copied');
    } catch {
      // A framed page may not reach the clipboard: the text is selected for Ctrl+C instead.
      (document.getElementById(`${id}-body`) as HTMLTextAreaElement | null)?.select();
      setCopied('selectToCopy');
    }
  };

  const markSent = () =>
    void run(() => markSentInstead?.(subject) ?? sendCommand('logInteraction', { contactId: contact.id, kind: to ? 'email' : 'message', at: Date.now(), summary: subject })).then((outcome) => {
      if (outcome?.ok) onSent?.();
    });

  return (
    <section className="draft" aria-label={t('draftTitle', { name: contact.name })}>
      <p className="small muted">
        {alsoTo
          ? href ? tRich('draftToBoth', { a: <bdi>{to}</bdi>, b: <bdi>{second}</bdi> }) : t('draftNoEmailBoth')
          : to ? tRich('draftTo', { email: <bdi>{to}</bdi> }) : t('draftNoEmail')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-subject`}>{t('draftSubject')}</label>
        <input id={`${id}-subject`} value={subject} onChange={(e) => setSubject(e.target.value)} dir="auto" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('draftBody')}</label>
        <textarea id={`${id}-body`} value={body} onChange={(e) => { setBody(e.target.value); setCopied(null); }} rows={10} dir="auto" />
      </div>
      <div className="draft-actions">
        {href && <a className="button-link" href={href} target="_blank" rel="noreferrer noopener">{t('draftOpenEmail')}</a>}
        <button type="button" onClick={() => void copy()}>{t('draftCopy')}</button>
        <button type="button" className="draft-sent" disabled={busy} onClick={markSent}>{t('draftMarkSent')}</button>
      </div>
      <p className="small muted" role="status">{copied && t(copied === 'copied' ? 'draftCopied' : 'draftSelectToCopy')}</p>
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}
