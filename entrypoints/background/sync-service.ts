/**
 * Sync in the background (issue 22): the replica, the server and the key of this computer, and
 * when they exchange. One exchange at a time (`syncNow`): the outbox is sealed into the replica,
 * the server's database is checked to be the one sync was turned on with, then the engine pulls,
 * applies and pushes. What arrived is announced to the open pages and the reminders follow.
 * The state is in storage and IndexedDB, never in this module: the worker may stop at any time.
 */
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import indexeddb from 'pouchdb-adapter-indexeddb';
import replication from 'pouchdb-replication';
import { browser } from 'wxt/browser';
import type { SyncProblem } from '@/core/sync-problems';
import { RefusalError } from '@/core/commands';
import { currentRules } from '@/messaging/settings';
import { readStored, removeStored, writeStored } from '@/messaging/stored';
import { SYNC_CONFLICTS, SYNC_SERVER, SYNC_STATUS } from '@/messaging/stored-keys';
import { db } from '@/storage/db';
import { CARRIED, outboxRecording, recordOutbox, SETTINGS_RECORD_ID, SYNCED_TABLES } from '@/storage/sync-outbox';
import { SyncEngine, type ReplicaDb, type SyncConflict } from '@/sync/engine';
import { DexieStore, drainOutbox } from '@/sync/dexie-store';
import { keyCheckFor } from '@/sync/envelope';
import { checkServer, isKeyCheck, KEY_DOC_ID, serverBase, serverOrigin, type SyncServerConfig } from '@/sync/server-check';
import { ALARMS, ensurePeriodicAlarm } from './alarms';
import { publishChange } from './change-feed';
import { checkDue } from './reminder-check';

// The replicator defines itself on PouchDB's prototype, once: a module evaluated again (a test's
// fresh background) finds it there and must not define it twice.
const Pouch = ('replicate' in PouchDB.prototype ? PouchDB : PouchDB.plugin(replication)).plugin(indexeddb).plugin(http);

/** The local replica's name (PouchDB keeps it in its own IndexedDB database). */
const REPLICA = 'maille-sync';

type Server = NonNullable<typeof SYNC_SERVER.fallback>;

const refuse = (problem: SyncProblem) => new RefusalError({ code: 'sync', problem });

function replica(): ReplicaDb {
  return new Pouch(REPLICA, { adapter: 'indexeddb' });
}

function remote(server: Server): unknown {
  return new Pouch(`${server.url}/${encodeURIComponent(server.database)}`, { auth: { username: server.user, password: server.password }, skip_setup: true });
}

/** A request to the server with its credentials (the checks PouchDB has no call for). */
function request(server: Server, path: string, init: RequestInit = {}): Promise<Response> {
  const credentials = String.fromCharCode(...new TextEncoder().encode(`${server.user}:${server.password}`));
  return fetch(`${server.url}/${encodeURIComponent(server.database)}${path}`, {
    ...init,
    credentials: 'omit',
    headers: { Authorization: `Basic ${btoa(credentials)}`, Accept: 'application/json', 'Content-Type': 'application/json', ...init.headers },
  });
}

async function setStatus(change: Partial<typeof SYNC_STATUS.fallback>): Promise<void> {
  await writeStored(SYNC_STATUS, { ...(await readStored(SYNC_STATUS)), ...change });
}

/** Turns sync on: the server checked, the key opened (or made), everything here sent once. */
export async function turnOnSync(input: SyncServerConfig & { passphrase: string }): Promise<void> {
  const url = serverBase(input.url);
  if (!url) throw refuse('insecureAddress');
  if (!(await browser.permissions.contains({ origins: [serverOrigin(url)] }))) throw refuse('noPermission');
  const check = await checkServer({ ...input, url }, input.passphrase);
  if (!check.ok) throw refuse(check.problem);
  await forgetReplica();
  recordOutbox(true);
  await db.syncKey.put({ id: 'current', key: check.key });
  await writeStored(SYNC_SERVER, { url, database: input.database, user: input.user, password: input.password, ...check.origin });
  // A database other computers filled already: its settings are the person's, this one receives them.
  await sendEverything({ settings: check.created });
  await setStatus({ problem: null, lastSyncedAt: null, serverSeq: undefined });
  await ensurePeriodicAlarm(ALARMS.sync, 1);
  void syncNow();
  void followServer();
}

/** Every record into the outbox (and the settings, when asked): what the replica does not hold the same goes up at the next exchange. */
async function sendEverything({ settings }: { settings: boolean }): Promise<void> {
  const stamp = crypto.randomUUID();
  for (const table of SYNCED_TABLES) {
    // Interactions travel in their person's document: queued as the people they are of (a person
    // deleted under an interaction of theirs included, so that nothing stays behind).
    const ids =
      table === CARRIED.table
        ? [...new Set(((await db.interactions.orderBy('[contactId+at]').keys()) as unknown as [string, number][]).map(([person]) => person))]
        : ((await db.table(table).toCollection().primaryKeys()) as string[]);
    const kind = table === CARRIED.table ? CARRIED.in : table;
    await db.syncOutbox.bulkPut(ids.map((id) => ({ id, table: kind, stamp })));
  }
  if (settings) await db.syncOutbox.put({ id: SETTINGS_RECORD_ID, table: 'settings', stamp });
}

/** The person's settings changed here (the dashboard, or a restore): they go to the other computers. */
export async function personSettingsChanged(): Promise<void> {
  if (!(await readStored(SYNC_SERVER))) return;
  await db.syncOutbox.put({ id: SETTINGS_RECORD_ID, table: 'settings', stamp: crypto.randomUUID() });
  syncSoon();
}

async function forgetReplica(): Promise<void> {
  await (replica() as ReplicaDb & { destroy(): Promise<unknown> }).destroy();
}

/** Turns sync off: the server, its password and the key forgotten; the data stays. */
export async function turnOffSync(): Promise<void> {
  stopFollowing();
  recordOutbox(false);
  await browser.alarms.clear(ALARMS.sync);
  await removeStored(SYNC_SERVER);
  await removeStored(SYNC_STATUS);
  await db.syncKey.clear();
  await db.syncOutbox.clear();
  await forgetReplica();
}

/** Deletes the server's database ("Delete all my data", when asked to); refused, nothing is deleted here. */
export async function deleteServerCopy(): Promise<void> {
  const server = await readStored(SYNC_SERVER);
  if (!server) return;
  const answer = await request(server, '', { method: 'DELETE' }).catch(() => null);
  if (!answer) throw refuse('unreachable');
  if (!answer.ok && answer.status !== 404) throw refuse(answer.status === 401 || answer.status === 403 ? 'noDatabaseNoRight' : 'notCouch');
}

/** The database was deleted or replaced: made again with this computer's key, and everything sent. */
export async function uploadAgain(): Promise<void> {
  const server = await readStored(SYNC_SERVER);
  const key = (await db.syncKey.get('current'))?.key;
  if (!server || !key) throw refuse('databaseGone');
  const made = await request(server, '', { method: 'PUT' }).catch(() => null);
  if (!made) throw refuse('unreachable');
  if (!made.ok && made.status !== 412) throw refuse('noDatabaseNoRight');
  const held = await request(server, `/${KEY_DOC_ID}`);
  const rev = held.ok ? ((await held.json()) as { _rev: string })._rev : undefined;
  const check = await keyCheckFor(key, server.salt, server.iterations);
  const put = await request(server, `/${KEY_DOC_ID}`, { method: 'PUT', body: JSON.stringify({ ...check, ...(rev ? { _rev: rev } : {}) }) });
  if (!put.ok) throw refuse('noDatabaseNoRight');
  await forgetReplica();
  await sendEverything({ settings: true });
  // Not "synced" until this upload is: the last success was to the database that is gone.
  await setStatus({ problem: null, lastSyncedAt: null, serverSeq: undefined });
  await syncNow();
}

/** Whether the server's database is still the one sync was turned on with (its key's salt). */
async function databaseProblem(server: Server): Promise<SyncProblem | null> {
  const answer = await request(server, `/${KEY_DOC_ID}`);
  if (answer.status === 401) return 'wrongPassword';
  if (answer.status === 404) return 'databaseGone';
  const check = answer.ok ? ((await answer.json().catch(() => null)) as unknown) : null;
  if (!isKeyCheck(check)) return answer.ok ? 'databaseReplaced' : 'notCouch';
  return check.salt === server.salt ? null : 'databaseReplaced';
}

let running: Promise<void> | null = null;
let again = false;

/** One exchange with the server now (or right after the one under way). */
export function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await exchange();
    } while (again);
  })().finally(() => {
    running = null;
  });
  return running;
}

/** How long a person's page waits for the pull before it shows what is here (what comes later refreshes it). */
const PULL_WAIT_MS = 1500;
/** A pull this recent is enough for a page that opens now. */
const FRESH_MS = 5000;

/** Before a person's page shows: an exchange, unless one just ran; never a wait of more than PULL_WAIT_MS. */
export async function syncBeforeShowing(): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, PULL_WAIT_MS)));
  await Promise.race([syncIfStale(FRESH_MS).catch(() => undefined), waited]);
  clearTimeout(timer);
}

/** A feed of the server's changes, while pages are open (PouchDB's live `changes`: long polls). */
interface LiveFeed {
  on(event: 'change' | 'error', listener: () => void): LiveFeed;
  cancel(): void;
}
let live: LiveFeed | null = null;
let liveTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * While a Maille page or a profile is open, the server's changes are followed as they happen (an
 * edit on the other computer shows here within seconds): the open page's port wakes the worker
 * again when the browser stops it, and each wake-up catches up first. Without a page, the
 * minute alarm does.
 */
export async function followServer(): Promise<void> {
  if (live) return;
  const server = await readStored(SYNC_SERVER);
  if (!server || live) return;
  // From where the last pull reached: a change made while this worker was stopped (the browser
  // stops it after 30 s idle, and an open page wakes it at once) starts an exchange right away.
  const since = (await readStored(SYNC_STATUS)).serverSeq ?? 'now';
  if (live) return;
  const feed = (remote(server) as { changes(options: object): LiveFeed }).changes({ live: true, since, heartbeat: 20_000 });
  live = feed
    .on('change', () => {
      clearTimeout(liveTimer);
      liveTimer = setTimeout(() => void syncNow().catch(() => undefined), 200);
    })
    .on('error', () => {
      if (live === feed) live = null;
    });
  await syncIfStale();
}

/** Writes go to the outbox only while sync is on (read at each start of the worker). */
export async function followSyncSetting(): Promise<void> {
  recordOutbox(Boolean(await readStored(SYNC_SERVER)));
}

/** At the browser's start (and every half hour): the minute alarm is there, and a catch-up exchange. */
export async function resumeSync(): Promise<void> {
  if (!(await readStored(SYNC_SERVER))) return;
  await ensurePeriodicAlarm(ALARMS.sync, 1);
  await syncIfStale();
}

/** No page is open any more: the minute alarm is enough. */
export function stopFollowing(): void {
  live?.cancel();
  live = null;
}

/** How recent an exchange makes a wake-up's catch-up needless (a worker is woken many times a minute by the sites' pages). */
const STALE_MS = 30_000;

/** An exchange, when sync is on and none succeeded within `staleMs`. */
async function syncIfStale(staleMs = STALE_MS): Promise<void> {
  // Sync off (most people): one read, before every person's page.
  if (!(await readStored(SYNC_SERVER))) return;
  const status = await readStored(SYNC_STATUS);
  if (status.lastSyncedAt !== null && Date.now() - status.lastSyncedAt < staleMs && !status.problem) return;
  await syncNow();
}

const SOON_MS = 1000;
let soon: ReturnType<typeof setTimeout> | undefined;

/**
 * After a command: an exchange a second later, when the outbox holds something (a read leaves it
 * empty, and sync off never drains it, so the server settings are read only then). The timer
 * keeps the worker alive until it rings.
 */
export function syncSoon(): void {
  // Sync off: nothing at all after each message (the sites' pages send one on every visit).
  if (!outboxRecording()) return;
  clearTimeout(soon);
  soon = setTimeout(() => {
    void (async () => {
      if ((await db.syncOutbox.count()) && (await readStored(SYNC_SERVER))) await syncNow();
    })().catch((error: unknown) => console.warn('[Maille] sync failed', error));
  }, SOON_MS);
}

/** The records whose pages show a field given two values apart (components/shared/SyncConflicts.tsx). */
const WITH_CARD: ReadonlySet<string> = new Set(['contacts', 'events']);

/** A person's or an event's fields given two values apart: kept for their pages to show (a later one of the same field replaces it). */
async function keepConflicts(conflicts: SyncConflict[]): Promise<void> {
  for (const { table, id, conflicts: fields } of conflicts) {
    if (!WITH_CARD.has(table)) continue;
    const held = (await readStored(SYNC_CONFLICTS, id))?.fields ?? [];
    const kept = held.filter((old) => !fields.some((f) => f.field === old.field));
    await writeStored(SYNC_CONFLICTS, { fields: [...kept, ...fields], at: Date.now() }, id);
  }
}

/** The changes made here that the server does not have yet. */
async function waiting(engine: SyncEngine): Promise<number> {
  return (await db.syncOutbox.count()) + (await engine.waiting());
}

async function exchange(): Promise<void> {
  const server = await readStored(SYNC_SERVER);
  const key = (await db.syncKey.get('current'))?.key;
  if (!server || !key) return;
  const store = new DexieStore(currentRules);
  const engine = new SyncEngine(replica(), key, store);
  await setStatus({ running: true });
  try {
    await drainOutbox(engine);
    const problem = await databaseProblem(server).catch(() => 'unreachable' as const);
    if (problem) return await setStatus({ running: false, problem, waiting: await waiting(engine) });
    const { refused, conflicts, serverSeq } = await engine.syncWith(remote(server));
    if (refused.length) console.warn('[Maille] sync refused documents it cannot open', refused);
    await keepConflicts(conflicts);
    await setStatus({ running: false, problem: refused.length ? 'badAnswer' : null, lastSyncedAt: Date.now(), waiting: await waiting(engine), serverSeq });
  } catch (error) {
    console.warn('[Maille] sync failed', error);
    await setStatus({ running: false, problem: 'unreachable', waiting: await waiting(engine) });
  } finally {
    if (store.arrived.size) {
      publishChange({ contactIds: [], everyone: true });
      await checkDue();
    }
  }
}
