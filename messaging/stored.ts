/**
 * Reading and writing the keys of `messaging/stored-keys.ts`: a value that does not match its
 * schema reads as the entry's fallback. Plain `browser.storage` rather than WXT's storage items:
 * the content script reads the fold state and the panel sites on every page, and the storage
 * library would triple its size.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { StoredKey } from './stored-keys';

const areaOf = (entry: StoredKey<unknown>) => browser.storage[entry.area];
const keyOf = (entry: StoredKey<unknown>, id?: string) => (entry.family ? entry.key + (id ?? '') : entry.key);

/** The stored value read with its schema: the fallback when missing or of another shape. */
export function parseStored<T>(entry: StoredKey<T>, value: unknown): T {
  const result = v.safeParse(entry.schema, value);
  return result.success ? result.output : entry.fallback;
}

/** The value of a key (for a family, of its member `id`). */
export async function readStored<T>(entry: StoredKey<T>, id?: string): Promise<T> {
  const key = keyOf(entry, id);
  return parseStored(entry, (await areaOf(entry).get(key))[key]);
}

/** Writes now: the call leaves the page before an event handler returns (drafts rely on it). */
export function writeStored<T>(entry: StoredKey<T>, value: T, id?: string): Promise<void> {
  return areaOf(entry).set({ [keyOf(entry, id)]: value });
}

export function removeStored(entry: StoredKey<unknown>, id?: string): Promise<void> {
  return areaOf(entry).remove(keyOf(entry, id));
}

/** Every member of a family, by id; a member of another shape reads as null (the caller removes it). */
export async function readFamily<T>(entry: StoredKey<T | null>): Promise<Map<string, T | null>> {
  const members = new Map<string, T | null>();
  for (const [key, value] of Object.entries(await areaOf(entry).get(null))) {
    if (key.startsWith(entry.key)) members.set(key.slice(entry.key.length), parseStored(entry, value));
  }
  return members;
}

/** Calls `onChange` with the new value when another page changes the key (for a family, its member `id`); returns the unsubscribe. */
export function watchStored<T>(entry: StoredKey<T>, onChange: (value: T) => void, id?: string): () => void {
  const key = keyOf(entry, id);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === entry.area && key in changes) onChange(parseStored(entry, changes[key]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** "Delete all my data": everything of both areas, whoever wrote it. */
export async function clearStored(): Promise<void> {
  await browser.storage.local.clear();
  await browser.storage.session.clear();
}
