import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

/** The tables whose records sync between a person's computers (issue 22). */
export const SYNCED_TABLES = ['contacts', 'interactions', 'events', 'introductions', 'observations', 'news'] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];
const SYNCED = new Set<string>(SYNCED_TABLES);

/** What syncs: the tables' records, and the person's settings as one record (`SETTINGS_RECORD_ID`). */
export const SYNCED_KINDS = [...SYNCED_TABLES, 'settings'] as const;
export type SyncedKind = (typeof SYNCED_KINDS)[number];
export const SETTINGS_RECORD_ID = 'maille-settings';

/**
 * Records that travel inside another record's document: a person's interactions go in the
 * person's. Replication costs per document (revision trees, index rows, round trips): one
 * document per person instead of eleven made a first sync of 10,000 people with 100,000
 * interactions several times faster (README, Numbers). A write of an interaction queues its
 * person's document — before and after the write, for an interaction moved by a merge.
 */
export const CARRIED = { table: 'interactions', in: 'contacts', by: 'contactId' } as const;

/** The outbox's table: one row per document written since sync last sealed it. */
export const OUTBOX = 'syncOutbox';

/** A document to seal into the sync replica: its record written (or deleted) here, not yet sealed. */
export interface OutboxEntry {
  /** The record's id (a random UUID: unique across tables), which is its document's. */
  id: string;
  table: SyncedKind;
  /** Changes at every write: the entry is removed only if no write came after it was read. */
  stamp: string;
}

/**
 * Whether writes are recorded: while sync is off they are not (an import of 30,000 people would
 * write 30,000 outbox rows for nothing; turning sync on queues every record anyway). On until the
 * background knows better: a write before it read the sync settings is recorded, never lost.
 */
let recording = true;

export function recordOutbox(on: boolean): void {
  recording = on;
}

export const outboxRecording = () => recording;

/** Transactions of sync's own writes (what another computer sent): not sent back. */
const fromSync = new WeakSet<DBCoreTransaction>();

/** Marks the running Dexie transaction's writes as sync's own (`Dexie.currentTransaction.idbtrans`). */
export function markFromSync(trans: DBCoreTransaction): void {
  fromSync.add(trans);
}

/**
 * The outbox, as a Dexie middleware: every write to a synced table also writes the ids it touched
 * to `syncOutbox`, in the same transaction — a write and its place in the outbox commit together
 * or not at all, so a worker stopped at any moment loses nothing to sync. Every read-write
 * transaction over a synced table gets the outbox added to its scope here, so no caller has to
 * name it. Off while sync is off (`recordOutbox`).
 */
export const outboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'maille-sync-outbox',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.some((s) => SYNCED.has(s)) && !stores.includes(OUTBOX) ? [...stores, OUTBOX] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return SYNCED.has(name) ? withOutbox(table, () => down.table(OUTBOX), name as SyncedTable) : table;
      },
    };
  },
};

// The outbox table is asked for at the write: the stack is also built while an older schema is open.
function withOutbox(table: DBCoreTable, outbox: () => DBCoreTable, name: SyncedTable): DBCoreTable {
  return {
    ...table,
    async mutate(req: DBCoreMutateRequest) {
      // A schema upgrade rewrites records it does not change for a person: nothing to sync.
      if (!recording || fromSync.has(req.trans) || (req.trans as unknown as IDBTransaction).mode === 'versionchange') return table.mutate(req);
      if (name === CARRIED.table) return carriedWrite(table, outbox(), req);
      const before = req.type === 'deleteRange' ? await keysIn(table, req) : req.type === 'delete' ? req.keys : [];
      const result = await table.mutate(req);
      const ids = (req.type === 'add' || req.type === 'put' ? (result.results ?? []) : before).filter((id): id is string => typeof id === 'string');
      await queue(outbox(), req.trans, name, ids);
      return result;
    },
  };
}

async function queue(outbox: DBCoreTable, trans: DBCoreTransaction, table: SyncedKind, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const stamp = crypto.randomUUID();
  await outbox.mutate({ type: 'put', trans, values: [...new Set(ids)].map((id) => ({ id, table, stamp }) satisfies OutboxEntry) });
}

/** A write of carried records (interactions): their carriers' documents queued, as they were and as they are. */
async function carriedWrite(table: DBCoreTable, outbox: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const keys = req.type === 'deleteRange' ? await keysIn(table, req) : req.type === 'delete' ? req.keys : req.type === 'put' ? (req.keys ?? req.values.map((v: { id?: unknown }) => v.id)) : [];
  const before = keys.length ? await table.getMany({ trans: req.trans, keys }) : [];
  const result = await table.mutate(req);
  const after = req.type === 'add' || req.type === 'put' ? req.values : [];
  const carriers = [...before, ...after].map((record: Record<string, unknown> | undefined) => record?.[CARRIED.by]);
  await queue(outbox, req.trans, CARRIED.in, carriers.filter((id): id is string => typeof id === 'string'));
  return result;
}

/** The ids a range deletion (`clear()`, `where(…).delete()`) is about to remove. */
async function keysIn(table: DBCoreTable, req: Extract<DBCoreMutateRequest, { type: 'deleteRange' }>): Promise<unknown[]> {
  const found = await table.query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } });
  return found.result;
}
