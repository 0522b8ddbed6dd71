/**
 * The engine's view of Maille's database (issue 22): records as they sync — without the fields
 * each computer derives for itself — and writes of what another computer sent, which recompute
 * those fields and are kept out of the outbox (they are not this computer's to send back).
 */
import Dexie from 'dexie';
import type { Contact, Interaction } from '@/core/records';
import type { ReminderRules } from '@/core/reminders';
import { db } from '@/storage/db';
import { dueFields, DUE_TABLES, latestObservations, refreshDue } from '@/storage/due';
import { personSettings, settingsItem, withPersonSettings } from '@/messaging/settings';
import { CARRIED, markFromSync, OUTBOX, SETTINGS_RECORD_ID, type SyncedKind, type SyncedTable } from '@/storage/sync-outbox';
import type { Content, RecordStore, SyncedRecord, SyncEngine } from './engine';

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

/** The person whose due date a record of `table` moves ('' for none). */
function personOf(table: SyncedTable, record: SyncedRecord): string {
  if (table === 'contacts') return record.id;
  return table === 'interactions' || table === 'observations' ? String(record.contactId) : '';
}

/** What arrived: the records written or removed, by table (for the open pages and the reminders). */
export type Arrivals = Map<SyncedKind, Set<string>>;

/** The interactions of these people (through their [contactId+at] index), by person, sorted by id (the order they are sealed in). */
async function carriedBy(ids: readonly string[]): Promise<Map<string, SyncedRecord[]>> {
  const lists = await Promise.all(
    ids.map((id) => db.table(CARRIED.table).where('[contactId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray() as Promise<SyncedRecord[]>),
  );
  return new Map(ids.map((id, i) => [id, lists[i]!.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))]));
}

export class DexieStore implements RecordStore {
  readonly arrived: Arrivals = new Map();

  constructor(private readonly rules: () => Promise<ReminderRules>) {}

  /** The outbox's batch: one read per table, in one transaction; a person with their interactions. */
  async getMany(keys: readonly { table: SyncedKind; id: string }[]): Promise<Content[]> {
    const found = new Map<string, SyncedRecord | undefined>();
    const tables = [...new Set(keys.map((k) => k.table))].filter((t): t is SyncedTable => t !== 'settings');
    let carried = new Map<string, SyncedRecord[]>();
    if (tables.length)
      await db.transaction('r', [...tables, CARRIED.table], async () => {
        for (const table of tables) {
          const ids = keys.filter((k) => k.table === table).map((k) => k.id);
          const records = (await db.table(table).bulkGet(ids)) as (SyncedRecord | undefined)[];
          ids.forEach((id, i) => found.set(`${table}:${id}`, records[i] && withoutDerived(table, records[i])));
        }
        carried = await carriedBy(keys.filter((k) => k.table === CARRIED.in).map((k) => k.id));
      });
    const settings = keys.some((k) => k.table === 'settings') ? { id: SETTINGS_RECORD_ID, ...personSettings(await settingsItem.getValue()) } : null;
    return keys.map(({ table, id }) => ({
      table,
      record: (table === 'settings' ? settings : found.get(`${table}:${id}`)) ?? null,
      ...(table === CARRIED.in ? { carried: carried.get(id)! } : {}),
    }));
  }

  /**
   * What another computer sent: one transaction a batch, each table in one write, each person's
   * due date once. A person's interactions become the ones sent — except that those logged here
   * and not yet sealed (the person's document still in the outbox) stay, to go out next; so does a
   * record written here and not yet sealed: its id is returned (the engine seals it beside what came).
   */
  async putMany(docs: readonly { id: string; content: Content }[]): Promise<string[]> {
    const puts = new Map<SyncedTable, SyncedRecord[]>();
    const removals = new Map<SyncedTable, string[]>();
    const add = <T>(map: Map<SyncedTable, T[]>, table: SyncedTable, item: T) => (map.get(table) ?? map.set(table, []).get(table)!).push(item);
    const carriers = new Map<string, SyncedRecord[]>();
    for (const { id, content } of docs) {
      const { table, record, carried } = content;
      if (table === 'settings') {
        // The person's settings, field by field as each checks out; the background hears the change
        // as it hears the dashboard's (new reminder rules recompute everyone's due date).
        if (record) await settingsItem.setValue(withPersonSettings(await settingsItem.getValue(), record));
        this.arrive(table, id);
        continue;
      }
      if (record) add(puts, table, record);
      else add(removals, table, id);
      if (table === CARRIED.in && carried) carriers.set(id, carried.map((one) => ({ ...one, [CARRIED.by]: id })));
    }
    if (!puts.size && !removals.size) return [];
    const rules = await this.rules();
    let kept: string[] = [];
    await db.transaction('rw', [...new Set([...puts.keys(), ...removals.keys(), ...DUE_TABLES, OUTBOX])], async () => {
      markFromSync(Dexie.currentTransaction!.idbtrans);
      // A record written here since the exchange sealed the outbox (a person edited while an
      // exchange runs) is kept: what came is not written over it; the engine seals it beside what
      // came at the next exchange, and merges both (`STANDING`). A deletion that came still wins.
      const written = new Set((await db.syncOutbox.bulkGet([...puts.values()].flat().map((record) => record.id))).flatMap((entry) => (entry ? [entry.id] : [])));
      kept = [...written];
      for (const [table, list] of puts) puts.set(table, list.filter((record) => !written.has(record.id)));
      const ids = [...carriers.keys()];
      const [held, pending] = await Promise.all([carriedBy(ids), db.syncOutbox.bulkGet(ids)]);
      const now = Date.now();
      // Each person's interactions as they will be: those sent, and those logged here meanwhile.
      const interactionsOf = new Map<string, SyncedRecord[]>();
      for (const [i, id] of ids.entries()) {
        const sent = new Set(carriers.get(id)!.map((one) => one.id));
        const kept = pending[i] ? held.get(id)!.filter((one) => !sent.has(one.id)) : [];
        for (const one of carriers.get(id)!) add(puts, CARRIED.table, one);
        if (!pending[i]) for (const one of held.get(id)!) if (!sent.has(one.id)) add(removals, CARRIED.table, one.id);
        interactionsOf.set(id, [...carriers.get(id)!, ...kept]);
      }
      // A person who came with their interactions gets their due date here, from what is in hand
      // (reading it all back one person at a time took most of a first sync).
      const dated = (puts.get('contacts') ?? []).filter((contact) => interactionsOf.has(contact.id));
      const observations = await Promise.all(dated.map((contact) => latestObservations(contact.id)));
      const withDue = dated.map((contact, i) => {
        const due = dueFields(contact as unknown as Contact, interactionsOf.get(contact.id) as unknown as Interaction[], observations[i]!, rules, now);
        // A field left undefined is left out (as `update` removes it): out of the nextDueAt index.
        return { ...contact, ...Object.fromEntries(Object.entries(due).filter(([, value]) => value !== undefined)) };
      });
      // The other people whose due date moves: those written, and those of what is removed.
      const people = new Set<string>();
      for (const [table, list] of removals) for (const record of await db.table(table).bulkGet(list)) if (record) people.add(personOf(table, record));
      for (const [table, list] of puts) for (const record of list) people.add(personOf(table, record));
      for (const contact of dated) people.delete(contact.id);
      if (withDue.length) puts.set('contacts', [...(puts.get('contacts') ?? []).filter((contact) => !interactionsOf.has(contact.id)), ...withDue]);
      for (const [table, list] of puts) await db.table(table).bulkPut(list);
      for (const [table, list] of removals) await db.table(table).bulkDelete(list);
      for (const id of people) if (id) await refreshDue(id, rules, now);
    });
    for (const [table, list] of puts) for (const record of list) this.arrive(table, record.id);
    for (const [table, list] of removals) for (const id of list) this.arrive(table, id);
    return kept;
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
