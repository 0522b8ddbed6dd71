/**
 * The engine's view of Maille's database (issue 22): records as they sync — without the fields
 * each computer derives for itself — and writes of what another computer sent, which recompute
 * those fields and are kept out of the outbox (they are not this computer's to send back).
 */
import Dexie from 'dexie';
import type { ReminderRules } from '@/core/reminders';
import { db } from '@/storage/db';
import { DUE_TABLES, refreshDue } from '@/storage/due';
import { personSettings, settingsItem, withPersonSettings } from '@/messaging/settings';
import { markFromSync, SETTINGS_RECORD_ID, type SyncedKind, type SyncedTable } from '@/storage/sync-outbox';
import type { RecordStore, SyncedRecord, SyncEngine } from './engine';

/**
 * A contact's fields computed from its record and the computer's own rules (the due date, its
 * reason, the lunch order): never synced, computed again on arrival. Two computers whose clocks
 * or rules differ would otherwise trade them back and forth.
 */
const DERIVED: Partial<Record<SyncedTable, readonly string[]>> = { contacts: ['nextDueAt', 'dueReason', 'dueJob', 'lunchKey'] };

function withoutDerived(table: SyncedTable, record: SyncedRecord): SyncedRecord {
  const derived = DERIVED[table];
  if (!derived) return record;
  return Object.fromEntries(Object.entries(record).filter(([field]) => !derived.includes(field))) as SyncedRecord;
}

/** The contact whose due date a record of `table` moves. */
function contactOf(table: SyncedTable, record: SyncedRecord | undefined): string | null {
  if (!record) return null;
  if (table === 'contacts') return record.id;
  return table === 'interactions' || table === 'observations' ? (record.contactId as string) : null;
}

/** What arrived: the records written or removed, by table (for the open pages and the reminders). */
export type Arrivals = Map<SyncedKind, Set<string>>;

export class DexieStore implements RecordStore {
  readonly arrived: Arrivals = new Map();

  constructor(private readonly rules: () => Promise<ReminderRules>) {}

  async get(table: SyncedKind, id: string): Promise<SyncedRecord | undefined> {
    if (table === 'settings') return { id: SETTINGS_RECORD_ID, ...personSettings(await settingsItem.getValue()) };
    const record = (await db.table(table).get(id)) as SyncedRecord | undefined;
    return record && withoutDerived(table, record);
  }

  /** The outbox's batch: one read per table, in one transaction. */
  async getMany(keys: readonly { table: SyncedKind; id: string }[]): Promise<(SyncedRecord | undefined)[]> {
    const found = new Map<string, SyncedRecord | undefined>();
    const tables = [...new Set(keys.map((k) => k.table))].filter((t): t is SyncedTable => t !== 'settings');
    if (tables.length)
      await db.transaction('r', tables, async () => {
        for (const table of tables) {
          const ids = keys.filter((k) => k.table === table).map((k) => k.id);
          const records = (await db.table(table).bulkGet(ids)) as (SyncedRecord | undefined)[];
          ids.forEach((id, i) => found.set(`${table}:${id}`, records[i] && withoutDerived(table, records[i])));
        }
      });
    return Promise.all(keys.map(async ({ table, id }) => (table === 'settings' ? this.get(table, id) : found.get(`${table}:${id}`))));
  }

  async put(table: SyncedKind, record: SyncedRecord): Promise<void> {
    // The person's settings, field by field as each checks out; the background hears the change
    // as it hears the dashboard's (new reminder rules recompute everyone's due date).
    if (table === 'settings') {
      await settingsItem.setValue(withPersonSettings(await settingsItem.getValue(), record));
      return this.arrive(table, record.id);
    }
    return this.write(table, record.id, async () => {
      await db.table(table).put(record);
      return record;
    });
  }

  /** A first sync's records: one transaction a batch, each table in one write, each person's due date once. */
  async putMany(records: readonly { table: SyncedKind; record: SyncedRecord }[]): Promise<void> {
    const byTable = new Map<SyncedTable, SyncedRecord[]>();
    for (const { table, record } of records) {
      if (table === 'settings') await this.put(table, record);
      else if (byTable.has(table)) byTable.get(table)!.push(record);
      else byTable.set(table, [record]);
    }
    if (!byTable.size) return;
    const rules = await this.rules();
    await db.transaction('rw', [...new Set([...byTable.keys(), ...DUE_TABLES])], async () => {
      markFromSync(Dexie.currentTransaction!.idbtrans);
      const contacts = new Set<string>();
      for (const [table, list] of byTable) {
        await db.table(table).bulkPut(list);
        for (const record of list) {
          const contactId = contactOf(table, record);
          if (contactId) contacts.add(contactId);
        }
      }
      const now = Date.now();
      for (const id of contacts) await refreshDue(id, rules, now);
    });
    for (const [table, list] of byTable) for (const record of list) this.arrive(table, record.id);
  }

  async remove(table: SyncedKind, id: string): Promise<void> {
    if (table === 'settings') return;
    return this.write(table, id, async () => {
      const record = (await db.table(table).get(id)) as SyncedRecord | undefined;
      await db.table(table).delete(id);
      return record;
    });
  }

  private async write(table: SyncedTable, id: string, change: () => Promise<SyncedRecord | undefined>): Promise<void> {
    const rules = await this.rules();
    await db.transaction('rw', [table, ...DUE_TABLES], async () => {
      markFromSync(Dexie.currentTransaction!.idbtrans);
      const contactId = contactOf(table, await change());
      if (contactId) await refreshDue(contactId, rules, Date.now());
    });
    this.arrive(table, id);
  }

  private arrive(table: SyncedKind, id: string): void {
    if (!this.arrived.has(table)) this.arrived.set(table, new Set());
    this.arrived.get(table)!.add(id);
  }
}

/** How many outbox entries are sealed in one batch of the replica's. */
const BATCH = 500;

/**
 * Seals what the outbox holds into the replica, a batch at a time. An entry leaves the outbox
 * only after its record is sealed, and only if no write came after it was read (its stamp): a
 * worker stopped in between seals it again next time, which changes nothing (`sealChanges`
 * leaves a record the replica already holds the same).
 */
export async function drainOutbox(engine: SyncEngine): Promise<void> {
  for (;;) {
    const entries = await db.syncOutbox.limit(BATCH).toArray();
    if (!entries.length) return;
    await engine.sealChanges(entries);
    await db.transaction('rw', db.syncOutbox, async () => {
      const now = await db.syncOutbox.bulkGet(entries.map((e) => e.id));
      const done = entries.filter((e, i) => now[i]?.stamp === e.stamp).map((e) => e.id);
      await db.syncOutbox.bulkDelete(done);
    });
    if (entries.length < BATCH) return;
  }
}
