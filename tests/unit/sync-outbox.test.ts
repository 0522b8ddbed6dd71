import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Interaction } from '@/core/records';
import { db } from '@/storage/db';
import { markFromSync, recordOutbox } from '@/storage/sync-outbox';
import { contactRecord } from '../support/records';
import { useEmptyDb } from './db-helpers';

/** The outbox as a sorted list of `table:id`. */
async function outbox(): Promise<string[]> {
  return (await db.syncOutbox.toArray()).map((e) => `${e.table}:${e.id}`).sort();
}

const claire = contactRecord({ id: 'c1' });
const marc = contactRecord({ id: 'c2', name: 'Marc Dubois' });
const lunch = { id: 'i1', contactId: 'c1', at: 1, kind: 'lunch', summary: '' } as Interaction;

describe('the sync outbox: every write to a synced table is recorded in its own transaction', () => {
  useEmptyDb();

  it.each<[string, () => Promise<unknown>, string[]]>([
    ['add', () => db.contacts.add(claire), ['contacts:c1']],
    ['put', () => db.contacts.put(claire), ['contacts:c1']],
    ['bulkPut over two tables', () => db.transaction('rw', db.contacts, db.interactions, async () => {
      await db.contacts.bulkPut([claire, marc]);
      await db.interactions.add(lunch);
    }), ['contacts:c1', 'contacts:c2']],
  ])('%s', async (_, write, expected) => {
    await write();
    expect(await outbox()).toEqual(expected);
  });

  it.each<[string, () => Promise<unknown>, string[]]>([
    ['update', () => db.contacts.update('c1', { notes: 'met at Station F' }), ['contacts:c1']],
    ['modify of a query', () => db.contacts.where('nameKey').equals(marc.nameKey).modify({ notes: 'x' }), ['contacts:c2']],
    ['delete', () => db.contacts.delete('c2'), ['contacts:c2']],
    ['bulkDelete', () => db.contacts.bulkDelete(['c1', 'c2']), ['contacts:c1', 'contacts:c2']],
    ['delete of a query', () => db.contacts.where('nameKey').equals(marc.nameKey).delete(), ['contacts:c2']],
    ['clear', () => db.contacts.clear(), ['contacts:c1', 'contacts:c2']],
  ])('%s', async (_, write, expected) => {
    await db.contacts.bulkPut([claire, marc]);
    await db.syncOutbox.clear();
    await write();
    expect(await outbox()).toEqual(expected);
  });

  // A person's interactions travel in the person's document: a write of one queues that document.
  it.each<[string, () => Promise<unknown>, string[]]>([
    ['an interaction logged', () => db.interactions.add({ ...lunch, id: 'i2' }), ['contacts:c1']],
    ['an interaction edited', () => db.interactions.update('i1', { summary: 'Pilot in March' }), ['contacts:c1']],
    ['an interaction deleted', () => db.interactions.delete('i1'), ['contacts:c1']],
    ['a person’s interactions deleted by a query', () => db.interactions.where('[contactId+at]').between(['c1', -Infinity], ['c1', Infinity]).delete(), ['contacts:c1']],
    ['an interaction moved to another person (a merge): both documents', () => db.interactions.where('id').anyOf(['i1']).modify({ contactId: 'c2' }), ['contacts:c1', 'contacts:c2']],
    ['an interaction put in place of one of another person', () => db.interactions.put({ ...lunch, contactId: 'c2' }), ['contacts:c1', 'contacts:c2']],
  ])('%s', async (_, write, expected) => {
    await db.interactions.put(lunch);
    await db.syncOutbox.clear();
    await write();
    expect(await outbox()).toEqual(expected);
  });

  it('a write that fails leaves no entry: the write and its entry commit together', async () => {
    await db.transaction('rw', db.contacts, async () => {
      await db.contacts.put(claire);
      throw new Error('abort');
    }).catch(() => undefined);
    expect(await outbox()).toEqual([]);
  });

  it('a second write of a record gives its entry a new stamp (a drain in between keeps it)', async () => {
    await db.contacts.put(claire);
    const first = (await db.syncOutbox.get('c1'))!.stamp;
    await db.contacts.update('c1', { notes: 'again' });
    expect((await db.syncOutbox.get('c1'))!.stamp).not.toBe(first);
  });

  it("sync's own writes (what another computer sent) are not recorded to be sent back", async () => {
    await db.transaction('rw', db.contacts, async () => {
      markFromSync(Dexie.currentTransaction.idbtrans);
      await db.contacts.put(claire);
    });
    expect(await db.contacts.get('c1')).toEqual(claire);
    expect(await outbox()).toEqual([]);
  });

  it('nothing is recorded while sync is off', async () => {
    recordOutbox(false);
    try {
      await db.contacts.put(claire);
    } finally {
      recordOutbox(true);
    }
    expect(await outbox()).toEqual([]);
    await db.contacts.put(marc);
    expect(await outbox()).toEqual(['contacts:c2']);
  });

  it('tables that do not sync are not recorded', async () => {
    await db.syncKey.put({ id: 'current', key: {} as CryptoKey });
    expect(await outbox()).toEqual([]);
  });
});
