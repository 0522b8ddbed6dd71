import { browser } from 'wxt/browser';
import { RefusalError } from '@/core/commands';

/**
 * What a destructive command removed, kept in extension storage for its undo: a worker that
 * stops between the command and the undo loses nothing.
 */
export type UndoKind = 'deleted' | 'merged';

const key = (kind: UndoKind, id: string) => `maille:${kind}:${id}`;

export function keepForUndo(kind: UndoKind, id: string, value: unknown): Promise<void> {
  return browser.storage.local.set({ [key(kind, id)]: value });
}

/** Runs `undo` with what was kept (a missing one is a `notFound` refusal), then forgets it. */
export async function undoWith<T, R>(kind: UndoKind, id: string, undo: (kept: T) => Promise<R>): Promise<R> {
  const stored = (await browser.storage.local.get(key(kind, id)))[key(kind, id)] as T | undefined;
  if (!stored) throw new RefusalError({ code: 'notFound' });
  const result = await undo(stored);
  await browser.storage.local.remove(key(kind, id));
  return result;
}
