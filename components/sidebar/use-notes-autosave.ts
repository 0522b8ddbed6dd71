import { useEffect, useState } from 'react';
import type { Contact } from '@/core/records';
import { NotesSaver, type NotesView } from './notes-saver';

/** A contact's notes as this page edits them: see {@link NotesSaver}. */
export function useNotesAutosave(contact: Contact) {
  const [view, setView] = useState<NotesView>({ text: contact.notes, status: { kind: 'idle' } });
  const [saver] = useState(() => new NotesSaver(contact.id, contact.notes, setView));

  useEffect(() => saver.storedChanged(contact.notes), [saver, contact.notes]);

  // Leaving this person (SPA navigation, the sidebar closing): save now. The draft covers a close.
  useEffect(() => {
    const flush = () => void saver.save();
    window.addEventListener('pagehide', flush);
    window.addEventListener('hashchange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('hashchange', flush);
      flush();
    };
  }, [saver]);

  return { ...view, saver };
}
