import { keepBoth } from '@/core/text-merge';
import type { NotesDraft } from '@/messaging/notes-draft';
import { readFamily, removeStored } from '@/messaging/stored';
import { NOTES_DRAFTS } from '@/messaging/stored-keys';
import { handlers } from './command-handlers';

/** Pages alive now (by session), from their change-feed ports: their drafts are theirs to save. */
const liveSessions = new Map<string, number>();

export function sessionOpened(session: string): void {
  liveSessions.set(session, (liveSessions.get(session) ?? 0) + 1);
}

/** A page went away: what it typed and could not save is saved now. */
export function sessionClosed(session: string): Promise<void> {
  const left = (liveSessions.get(session) ?? 1) - 1;
  if (left > 0) liveSessions.set(session, left);
  else liveSessions.delete(session);
  return left > 0 ? Promise.resolve() : recoverDrafts((draft) => draft.session === session);
}

/** A draft no page owns: after a worker restart, pages reconnect within a second; this waits much longer. */
const ORPHAN_AFTER_MS = 30_000;

/** Saves the drafts of pages that are gone (their session closed, or silent for long). */
export function recoverOrphanDrafts(now = Date.now()): Promise<void> {
  return recoverDrafts((draft) => !liveSessions.has(draft.session) && now - draft.at >= ORPHAN_AFTER_MS);
}

/**
 * Saves each matching draft as its page would have: merged with what is stored now, both texts
 * kept when they cannot merge (nobody is there to choose). A draft is removed once stored, or when
 * its contact is gone; one the background refuses (too long) stays, so nothing is lost.
 */
async function recoverDrafts(matches: (draft: NotesDraft) => boolean): Promise<void> {
  for (const [key, draft] of await readFamily(NOTES_DRAFTS)) {
    if (!draft) {
      await removeStored(NOTES_DRAFTS, key);
      continue;
    }
    if (!matches(draft)) continue;
    let outcome = await handlers.updateContact({ id: draft.contactId, patch: { notes: draft.text }, base: { notes: draft.base } });
    if (!outcome.ok && outcome.refusal.code === 'conflict') {
      const theirs = outcome.refusal.current.notes;
      outcome = await handlers.updateContact({ id: draft.contactId, patch: { notes: keepBoth(theirs, draft.text) }, base: { notes: theirs } });
    }
    if (outcome.ok || outcome.refusal.code === 'notFound') await removeStored(NOTES_DRAFTS, key);
    else console.warn('[Maille] a notes draft could not be saved; it is kept', outcome.refusal);
  }
}
