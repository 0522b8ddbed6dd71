import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsItem } from '@/messaging/settings';
import { db } from '@/storage/db';
import { DUE_TABLES, refreshDue } from '@/storage/due';
import { SETTINGS_RECORD_ID } from '@/storage/sync-outbox';
import { DexieStore, drainOutbox } from '@/sync/dexie-store';
import type { SyncEngine, SyncedRecord } from '@/sync/engine';
import { contactRecord, DAY } from '../support/records';
import { RULES, useEmptyDb } from './db-helpers';

const store = () => new DexieStore(async () => RULES);

describe("the sync engine's view of Maille's database", () => {
  useEmptyDb();

  it('a record from the other computer is written with its due date computed here, and not queued to go back', async () => {
    const claire = contactRecord({ id: 'c1', cadenceDays: 30, createdAt: Date.now() - 40 * DAY }) as unknown as SyncedRecord;
    const here = store();
    await here.putMany([{ id: 'c1', content: { table: 'contacts', record: claire, carried: [] } }]);
    const stored = await db.contacts.get('c1');
    expect(stored?.nextDueAt).toEqual(expect.any(Number));
    expect(await db.syncOutbox.count()).toBe(0);
    expect([...here.arrived.get('contacts')!]).toEqual(['c1']);
    // What is sealed leaves out what each computer derives for itself.
    expect(await here.getMany([{ table: 'contacts', id: 'c1' }])).toEqual([{ table: 'contacts', record: claire, carried: [] }]);
  });

  it('a person’s interactions come in their document: they move the due date here, and become the ones sent', async () => {
    const claire = contactRecord({ id: 'c1', cadenceDays: 30, createdAt: Date.now() - 40 * DAY }) as unknown as SyncedRecord;
    await db.contacts.put(claire as never);
    await db.syncOutbox.clear();
    const before = (await db.contacts.get('c1'))!.nextDueAt;
    const call = { id: 'i1', contactId: 'c1', kind: 'call', at: Date.now() - DAY };
    await store().putMany([{ id: 'c1', content: { table: 'contacts', record: claire, carried: [call] } }]);
    const withCall = (await db.contacts.get('c1'))!.nextDueAt;
    expect(withCall).not.toBe(before);
    // Computed from what came, the same as from the database.
    const stored = await db.contacts.get('c1');
    expect(await db.transaction('rw', DUE_TABLES, () => refreshDue('c1', RULES, Date.now()))).toEqual(stored);
    expect(await store().getMany([{ table: 'contacts', id: 'c1' }])).toEqual([{ table: 'contacts', record: claire, carried: [call] }]);
    await store().putMany([{ id: 'c1', content: { table: 'contacts', record: claire, carried: [] } }]);
    expect(await db.interactions.get('i1')).toBeUndefined();
    expect((await db.contacts.get('c1'))!.nextDueAt).not.toBe(withCall);
    expect(await db.syncOutbox.count()).toBe(0);
  });

  it('an interaction logged here and not yet sealed stays when its person’s document arrives without it', async () => {
    const claire = contactRecord({ id: 'c1' }) as unknown as SyncedRecord;
    await db.contacts.put(claire as never);
    await db.syncOutbox.clear();
    // Logged while an exchange was under way: the person's document is in the outbox again.
    await db.interactions.put({ id: 'i9', contactId: 'c1', kind: 'call', at: 5 } as never);
    await store().putMany([{ id: 'c1', content: { table: 'contacts', record: claire, carried: [{ id: 'i1', contactId: 'c1', kind: 'lunch', at: 4 }] } }]);
    expect((await db.interactions.toArray()).map((i) => i.id).sort()).toEqual(['i1', 'i9']);
  });

  it('a person written here and not yet sealed is not written over by what comes meanwhile; a deletion still wins', async () => {
    const claire = contactRecord({ id: 'c1', cadenceDays: 365 }) as unknown as SyncedRecord;
    await db.contacts.put(claire as never);
    await db.syncOutbox.clear();
    // Taken "Every month" while an exchange runs: the write is in the outbox, not sealed yet.
    await db.contacts.update('c1', { cadenceDays: 30 });
    // Named as kept: the engine seals it beside what came, for both to be merged.
    expect(await store().putMany([{ id: 'c1', content: { table: 'contacts', record: { ...claire, cadenceDays: 365 }, carried: [] } }])).toEqual(['c1']);
    expect((await db.contacts.get('c1'))?.cadenceDays).toBe(30);
    expect(await store().putMany([{ id: 'c1', content: { table: 'contacts', record: null, carried: [] } }])).toEqual([]);
    expect(await db.contacts.get('c1')).toBeUndefined();
  });

  it('a person deleted on the other computer goes here with their interactions', async () => {
    await db.contacts.put(contactRecord({ id: 'c1' }));
    await db.interactions.put({ id: 'i1', contactId: 'c1', kind: 'call', at: 5 } as never);
    await db.syncOutbox.clear();
    await store().putMany([{ id: 'c1', content: { table: 'contacts', record: null, carried: [] } }]);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.interactions.count()).toBe(0);
  });

  it("the person's settings sync, each field checked; this computer's own (quiet hours, language) stay", async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, myName: 'Anne', quietHours: { start: '22:00', end: '07:00' }, language: 'fr' });
    const here = store();
    expect((await here.getMany([{ table: 'settings', id: SETTINGS_RECORD_ID }]))[0]?.record).toEqual({
      id: SETTINGS_RECORD_ID, defaultCadenceDays: 91, minGapDays: 7, newYearWishes: true, lunchGoalPerWeek: 0, myName: 'Anne', signature: '', templates: {},
    });
    const sent = { id: SETTINGS_RECORD_ID, myName: 'Anne Moreau', minGapDays: -5, signature: 42, quietHours: null, language: 'de' };
    await here.putMany([{ id: SETTINGS_RECORD_ID, content: { table: 'settings', record: sent } }]);
    expect(await settingsItem.getValue()).toMatchObject({ myName: 'Anne Moreau', minGapDays: 7, signature: '', quietHours: { start: '22:00', end: '07:00' }, language: 'fr' });
  });

  it('the outbox drains once sealed; an entry written again meanwhile stays for the next time', async () => {
    await db.contacts.bulkPut([contactRecord({ id: 'c1' }), contactRecord({ id: 'c2' })]);
    const sealed: string[] = [];
    const engine = {
      async sealChanges(changes: { id: string }[]) {
        sealed.push(...changes.map((c) => c.id));
        // A write while the batch is being sealed: its entry gets a new stamp.
        if (sealed.length === 2) await db.contacts.update('c2', { notes: 'typed meanwhile' });
      },
    } as unknown as SyncEngine;
    await drainOutbox(engine);
    expect(sealed.sort()).toEqual(['c1', 'c2']);
    expect((await db.syncOutbox.toArray()).map((e) => e.id)).toEqual(['c2']);
    await drainOutbox(engine);
    expect(await db.syncOutbox.count()).toBe(0);
  });
});
