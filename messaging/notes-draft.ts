/**
 * The write-ahead copy of notes being typed: written to `browser.storage.local` on every
 * keystroke, synchronously from the input event, so it outlives the tab (measured: a storage
 * write made as the tab closes arrives; a save that waits for a pause does not), a stopped
 * service worker, and an extension update. The page removes it once the background confirmed
 * the text; the background saves what a closed page left behind (`entrypoints/background/draft-recovery.ts`).
 */
import { browser } from 'wxt/browser';

export const DRAFT_PREFIX = 'maille:draft:';

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

export function draftKey(session: string, contactId: string): string {
  return `${DRAFT_PREFIX}${session}:${contactId}`;
}

/** Writes the draft now (the call leaves the page before the event handler returns). */
export function writeDraft(draft: NotesDraft): void {
  browser.storage.local.set({ [draftKey(draft.session, draft.contactId)]: draft }).catch((error: unknown) => {
    console.warn('[Maille] the notes draft was not written', error);
  });
}

export function clearDraft(session: string, contactId: string): void {
  browser.storage.local.remove(draftKey(session, contactId)).catch(() => undefined);
}

/** A stored value read back as a draft, checked field by field (storage is shared by all pages). */
export function asDraft(value: unknown): NotesDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const { contactId, session, base, text, at } = value as Record<string, unknown>;
  if (typeof contactId !== 'string' || typeof session !== 'string' || typeof base !== 'string' || typeof text !== 'string') return null;
  if (typeof at !== 'number' || !Number.isFinite(at)) return null;
  return { contactId, session, base, text, at };
}
