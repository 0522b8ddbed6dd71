import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsItem } from '@/messaging/settings';
import { db } from '@/storage/db';
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
    await here.put('contacts', claire);
    const stored = await db.contacts.get('c1');
    expect(stored?.nextDueAt).toEqual(expect.any(Number));
    expect(await db.syncOutbox.count()).toBe(0);
    expect([...here.arrived.get('contacts')!]).toEqual(['c1']);
    // What is sealed leaves out what each computer derives for itself.
    expect(await here.get('contacts', 'c1')).toEqual(claire);
  });

  it('an interaction from the other computer moves its person’s due date here', async () => {
    await db.contacts.put(contactRecord({ id: 'c1', cadenceDays: 30, createdAt: Date.now() - 40 * DAY }));
    const before = (await db.contacts.get('c1'))!.nextDueAt;
    await store().put('interactions', { id: 'i1', contactId: 'c1', kind: 'call', at: Date.now() - DAY });
    expect((await db.contacts.get('c1'))!.nextDueAt).not.toBe(before);
    await store().remove('interactions', 'i1');
    expect(await db.interactions.get('i1')).toBeUndefined();
    expect(await db.syncOutbox.where('id').equals('i1').count()).toBe(0);
  });

  it("the person's settings sync, each field checked; this computer's own (quiet hours, language) stay", async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, myName: 'Anne', quietHours: { start: '22:00', end: '07:00' }, language: 'fr' });
    const here = store();
    expect(await here.get('settings', SETTINGS_RECORD_ID)).toEqual({
      id: SETTINGS_RECORD_ID, defaultCadenceDays: 91, minGapDays: 7, newYearWishes: true, lunchGoalPerWeek: 0, myName: 'Anne', signature: '', templates: {},
    });
    await here.put('settings', { id: SETTINGS_RECORD_ID, myName: 'Anne Moreau', minGapDays: -5, signature: 42, quietHours: null, language: 'de' });
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
