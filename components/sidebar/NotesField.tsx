import { useCallback, useEffect, useRef, useState } from 'react';
import type { Contact } from '@/core/records';
import { t } from '@/i18n';
import { sendMessage } from '@/messaging/protocol';

const AUTOSAVE_MS = 600;

type SaveState = { status: 'idle' | 'dirty' | 'saving' | 'saved' } | { status: 'failed'; message: string };

/**
 * Notes, saved as the user types (after a pause), on leaving the field and when the sidebar
 * goes away. A change arriving from elsewhere replaces the text only when nothing is unsaved.
 */
export function NotesField({ contact }: { contact: Contact }) {
  const [text, setText] = useState(contact.notes);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const contactId = contact.id;

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const notes = pending.current;
    if (notes === null) return;
    pending.current = null;
    setSave({ status: 'saving' });
    try {
      await sendMessage('updateContact', { id: contactId, patch: { notes } });
      setSave(pending.current === null ? { status: 'saved' } : { status: 'dirty' });
    } catch (error) {
      pending.current ??= notes;
      setSave({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [contactId]);

  // Someone else's change (another tab, another site of the same person).
  useEffect(() => {
    if (pending.current === null) setText(contact.notes);
  }, [contact.notes]);

  // Save what is pending when the sidebar closes or moves to another person.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    window.addEventListener('hashchange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('hashchange', onHide);
      void flush();
    };
  }, [flush]);

  const onChange = (value: string) => {
    setText(value);
    pending.current = value;
    setSave({ status: 'dirty' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
  };

  return (
    <div className="field">
      <label htmlFor="notes">{t('notes')}</label>
      <textarea id="notes" rows={6} value={text} placeholder={t('notesPlaceholder')} onChange={(e) => onChange(e.target.value)} onBlur={() => void flush()} />
      <p className="small muted" role="status" aria-live="polite">
        {save.status === 'saving' && t('saving')}
        {save.status === 'saved' && t('saved')}
        {save.status === 'failed' && <span className="error">{t('saveFailed', { message: save.message })}</span>}
      </p>
    </div>
  );
}
