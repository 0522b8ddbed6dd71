/**
 * The write-ahead copy of notes being typed: written to extension storage (`NOTES_DRAFTS`) on
 * every keystroke, synchronously from the input event, so it outlives the tab (measured: a storage
 * write made as the tab closes arrives; a save that waits for a pause does not), a stopped
 * service worker, and an extension update. The page removes it once the background confirmed
 * the text; the background saves what a closed page left behind (`entrypoints/background/draft-recovery.ts`).
 */
import { removeStored, writeStored } from './stored';
import { NOTES_DRAFTS } from './stored-keys';

export interface NotesDraft {
  contactId: string;
  /** The page that typed it: its drafts are recovered once it is gone. */
  session: string;
  /** The stored notes the text was typed over: the base of a three-way merge. */
  base: string;
  text: string;
  /** Epoch ms of the keystroke. */
  at: number;
}

/** This page's identity for its drafts and its change-feed port, new at every load. */
export const PAGE_SESSION = crypto.randomUUID();

/** The member of `NOTES_DRAFTS` holding one page's draft for one contact. */
export function draftId(session: string, contactId: string): string {
  return `${session}:${contactId}`;
}

/** Writes the draft now (the call leaves the page before the event handler returns). */
export function writeDraft(draft: NotesDraft): void {
  writeStored(NOTES_DRAFTS, draft, draftId(draft.session, draft.contactId)).catch((error: unknown) => {
    console.warn('[Maille] the notes draft was not written', error);
  });
}

export function clearDraft(session: string, contactId: string): void {
  removeStored(NOTES_DRAFTS, draftId(session, contactId)).catch(() => undefined);
}
