import { LIMITS } from '@/core/limits';
import type { Contact } from '@/core/records';
import { LengthHint } from '@/components/shared/LengthHint';
import type { NotesStatus } from './notes-saver';
import { useNotesAutosave } from './use-notes-autosave';
import { t } from '@/i18n';
import { refusalText } from '@/i18n/refusal-text';

function statusText(status: NotesStatus): string | null {
  switch (status.kind) {
    case 'saving':
      return t('saving');
    case 'saved':
      return t('saved');
    case 'merged':
      return t('savedMerged');
    case 'retrying':
      return t('savingRetry');
    default:
      return null;
  }
}

/**
 * Notes, saved as the user types (see `useNotesAutosave`: nothing typed is lost, nothing
 * overwritten unseen). When another tab changed the same words, both versions show and the
 * person chooses.
 */
export function NotesField({ contact }: { contact: Contact }) {
  const { text, status, saver } = useNotesAutosave(contact);
  return (
    <div className="field">
      <label htmlFor="notes">{t('notes')}</label>
      <textarea
        id="notes"
        rows={6}
        dir="auto"
        value={text}
        placeholder={t('notesPlaceholder')}
        aria-invalid={status.kind === 'refused'}
        onChange={(e) => saver.type(e.target.value)}
        onBlur={() => void saver.save()}
      />
      <LengthHint length={text.length} max={LIMITS.notes} />
      <p className="small muted" role="status" aria-live="polite">{statusText(status)}</p>
      {status.kind === 'refused' && <p className="error" role="alert">{refusalText(status.refusal)}</p>}
      {status.kind === 'conflict' && (
        <div className="conflict" role="group" aria-labelledby="notes-conflict">
          <p id="notes-conflict" className="error" role="alert">{t('notesConflict')}</p>
          <label htmlFor="notes-theirs" className="label">{t('notesTheirs')}</label>
          <textarea id="notes-theirs" rows={4} dir="auto" readOnly value={status.theirs} />
          <div className="row">
            <button type="button" className="primary" onClick={() => saver.resolve('keepBoth')}>{t('keepBoth')}</button>
            <button type="button" onClick={() => saver.resolve('keepMine')}>{t('keepMine')}</button>
            <button type="button" onClick={() => saver.resolve('useTheirs')}>{t('useTheirs')}</button>
          </div>
        </div>
      )}
    </div>
  );
}
