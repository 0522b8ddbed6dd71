import { startTransition, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { patchContacts, prepareNameOrder } from '@/core/contacts-table';
import type { Contact } from '@/core/records';
import { useChangeFeed } from '@/components/shared/use-change-feed';
import { db } from '@/storage/db';

/**
 * Every contact, kept current for the contacts table: read once, then only the records a change
 * names are read again. (A live query of the whole table read all 30,000 again on each change —
 * one logged call blocked the page ~0.9 s.) A change too broad to list (an import, a restore), or
 * a change feed that dropped and may have missed some, reads everything again.
 */
export function useAllContacts(): AllContacts | undefined {
  const [all, setAll] = useState<AllContacts>();
  const [reader] = useState(() => contactsReader(setAll));
  useEffect(() => reader.readAll(), [reader]);
  useChangeFeed((notice) => (!notice || notice.everyone ? reader.readAll() : reader.reread(notice.contactIds)));
  return all;
}

export interface AllContacts {
  contacts: Contact[];
  /**
   * False while the page's first read goes on: `contacts` is then its first chunk, the first
   * people by name — the table's first screenful, shown at once whatever the network's size
   * (30,000 people were 60 requests, ~1.2 s, before the first row).
   */
  complete: boolean;
}

/**
 * Contacts read from IndexedDB per request: the page decodes each answer in one task, and 10,000
 * people in one `toArray` were one task of 300–700 ms (a first sync's arrival, npm run bench).
 */
const CHUNK = 500;

/**
 * Once the page has painted what was just set (a frame, then a task), or after 100 ms (a hidden
 * page paints no frames). The next chunks' answers are decoded on this thread: arriving back to
 * back, they held the first screenful's render (a getAll of 500 records is fast).
 */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve()), 0));
  });
}

/**
 * Every contact, a chunk at a time, each chunk its own task — in the order of their folded names
 * (the `nameKey` index), nearly the table's: its sort of them is then ~n steps in the render's
 * task, where a full sort of 10,000 was ~40 ms. Each chunk starts at the last one's key (less
 * the namesakes already read, who come in id order): with an `offset` Dexie stepped a cursor
 * through every record before it, and the rest of 30,000 took 24 s behind the first screenful
 * (npm run bench). A record renamed between two chunks is kept once (the change's notice reads
 * everything again after this read).
 */
export async function readInChunks(first?: (chunk: Contact[]) => void, size = CHUNK): Promise<Contact[]> {
  const all: Contact[] = [];
  let from: string | undefined;
  let readAtFrom = 0;
  for (;;) {
    // No `offset`: Dexie then walks a cursor, a step per record; a plain range is one getAll.
    const range = from === undefined ? db.contacts.orderBy('nameKey') : db.contacts.where('nameKey').aboveOrEqual(from);
    const chunk = (await range.limit(size + readAtFrom).toArray()).slice(readAtFrom);
    prepareNameOrder(chunk); // in this chunk's task, not in the one that shows everyone
    all.push(...chunk);
    if (chunk.length < size) break;
    if (all.length === size && first) {
      first(chunk);
      await painted();
    }
    const last = chunk[chunk.length - 1]!.nameKey;
    const atLast = chunk.filter((contact) => contact.nameKey === last).length;
    readAtFrom = last === from ? readAtFrom + atLast : atLast;
    from = last;
  }
  const seen = new Set<string>();
  const once = all.filter((contact) => !seen.has(contact.id) && seen.add(contact.id));
  // Every record has a nameKey (the schema indexed it from the first version); one without would
  // be missing from that index, and from the table: then everything is read by id.
  const [indexed, stored] = await db.transaction('r', db.contacts, () => Promise.all([db.contacts.orderBy('nameKey').count(), db.contacts.count()]));
  return indexed < stored ? db.contacts.toArray() : once;
}

function contactsReader(setAll: Dispatch<SetStateAction<AllContacts | undefined>>) {
  // While everything is being read, a change is not patched in (that read may predate it): it
  // asks for one more read of everything instead.
  let reading = false;
  let again = false;
  // Once everyone was shown, a read of everything again keeps them until it is done.
  let shown = false;
  const readAll = (): void => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    // Rendered as a transition: React then gives the page back between components instead of
    // rendering 10,000 arrivals (a first sync) in one task with the table's mount (~90 ms).
    void readInChunks(shown ? undefined : (chunk) => setAll({ contacts: chunk, complete: false }))
      .then((contacts) => {
        shown = true;
        startTransition(() => setAll({ contacts, complete: true }));
      })
      .finally(() => {
        reading = false;
        if (again) {
          again = false;
          readAll();
        }
      });
  };
  const reread = (ids: readonly string[]): void => {
    if (reading) return readAll();
    if (ids.length === 0) return;
    void db.contacts.bulkGet([...ids]).then((records) => setAll((current) => current && { ...current, contacts: patchContacts(current.contacts, ids, records) }));
  };
  return { readAll, reread };
}
