import { RefusalError } from '@/core/commands';
import { readFamily, readStored, removeStored, writeStored } from '@/messaging/stored';
import { UNDO_DELETED, UNDO_MERGED } from '@/messaging/stored-keys';

/**
 * What a destructive command removed, kept in extension storage for its undo: a worker that
 * stops between the command and the undo loses nothing. Kept one hour, no more: it holds a
 * person's notes and timeline, which the user asked to be gone (the pages say "Undo until …").
 */
export const UNDO_FOR_MS = 60 * 60_000;

const FAMILIES = { deleted: UNDO_DELETED, merged: UNDO_MERGED } as const;
export type UndoKind = keyof typeof FAMILIES;

/** Keeps what `id`'s command removed; answers until when it can be undone (epoch ms). */
export async function keepForUndo(kind: UndoKind, id: string, kept: object, now: number): Promise<number> {
  await forgetExpiredUndo(now);
  const until = now + UNDO_FOR_MS;
  await writeStored(FAMILIES[kind], { until, kept: kept as Record<string, unknown> }, id);
  return until;
}

/** Runs `undo` with what was kept, then forgets it; a copy gone or past its time is an `undoOver` refusal. */
export async function undoWith<T, R>(kind: UndoKind, id: string, now: number, undo: (kept: T) => Promise<R>): Promise<R> {
  const stored = await readStored(FAMILIES[kind], id);
  if (!stored || stored.until < now) throw new RefusalError({ code: 'undoOver' });
  const result = await undo(stored.kept as T);
  await removeStored(FAMILIES[kind], id);
  return result;
}

/** Removes the copies past their time (and any of another shape): on every new one and every periodic alarm. */
export async function forgetExpiredUndo(now = Date.now()): Promise<void> {
  for (const family of Object.values(FAMILIES)) {
    for (const [id, copy] of await readFamily(family)) if (!copy || copy.until < now) await removeStored(family, id);
  }
}
