/**
 * The sync engine (issue 22): a local PouchDB replica of sealed documents, one per record (a
 * person's interactions ride in the person's: `CARRIED`), replicated with the user's CouchDB
 * server by PouchDB's replicator (CouchDB's protocol; nothing of it written here). Dexie stays
 * the database the rest of Maille reads: local writes are sealed into the replica
 * (`sealChanges`, fed by the outbox); what replication brings is opened and written back
 * (`applyIncoming`). Two computers that edited a document apart leave CouchDB two leaf revisions:
 * they are made one (`mergeContents`) from the revision both started from, the same way on both
 * computers; a deletion wins over an edit (a deleted person does not come back).
 *
 * The server sees ids, revisions, sizes and times: the table and the record are inside the seal.
 */
import { mergeRecordSets, mergeVersions, type FieldConflict } from '@/core/version-merge';
import { SYNCED_KINDS, type SyncedKind } from '@/storage/sync-outbox';
import { open, seal, type Sealed } from './envelope';
import { KEY_DOC_ID } from './server-check';

export interface SyncedRecord {
  id: string;
  [field: string]: unknown;
}

/**
 * What a document holds, sealed: its record (null: deleted, or none here) and, for a person, the
 * records it carries (their interactions, sorted by id; `CARRIED` in storage/sync-outbox.ts).
 */
export interface Content {
  table: SyncedKind;
  record: SyncedRecord | null;
  carried?: SyncedRecord[];
}

/** How the engine reads and writes the local database (Dexie in the extension). */
export interface RecordStore {
  /** Documents' contents as the database holds them now, in the order asked. */
  getMany(keys: readonly { table: SyncedKind; id: string }[]): Promise<Content[]>;
  /**
   * Documents' contents written (a first sync: thousands), in as few transactions as the store
   * can: the record put, or removed when null; the carried records made exactly these. Returns
   * the ids of those it kept as they are here: written here since the outbox was sealed, they go
   * out at the next exchange (`STANDING` says what they stand on).
   */
  putMany(docs: readonly { id: string; content: Content }[]): Promise<string[]>;
}

/** A document of the replica: only the seal (a deletion keeps one too, naming its table). */
export interface SealedDoc {
  s: Sealed;
}

/**
 * A content as sealed: with the fingerprint of the content it was written over (`from`). Two
 * computers that settled the same edits apart write the same content on two revisions; one of
 * them edited on (a person choosing the other value): its `from` is the other leaf's content, so
 * that leaf is behind it, not beside it — the revision tree alone says their common ancestor is
 * the one before the merge, and merging from there undid the person's choice.
 */
interface SealedContent extends Content {
  from?: string;
}

/** Nothing left of a document (a deletion): no record, nothing carried. */
const isEmpty = (content: Content) => content.record === null && !content.carried?.length;

/** A leaf revision of a replica document. */
interface Leaf extends SealedDoc {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  _revisions?: { start: number; ids: string[] };
}

/**
 * The calls of PouchDB's API the engine makes, typed here (the DefinitelyTyped package declares
 * Node's types globally, which breaks the build's own). A PouchDB database is one.
 */
export interface ReplicaDb {
  get(id: string, options?: { rev?: string; revs?: boolean }): Promise<Leaf>;
  get(id: string, options: { open_revs: 'all'; revs: true }): Promise<({ ok: Leaf } | { missing: string })[]>;
  allDocs(options: { keys: string[]; include_docs: true }): Promise<{ rows: ({ id: string; value: { rev: string; deleted?: boolean }; doc: Leaf | null } | { key: string; error: string })[] }>;
  allDocs(options: { keys: string[] }): Promise<{ rows: ({ id: string; value: { rev: string; deleted?: boolean } } | { key: string; error: string })[] }>;
  put(doc: object): Promise<unknown>;
  bulkDocs(docs: object[], options?: { new_edits: false }): Promise<unknown>;
  changes(options: { since: number | string | 'now'; style?: 'all_docs' }): Promise<{ results: { id: string; changes: { rev: string }[]; deleted?: boolean }[]; last_seq: number | string }>;
  replicate: { from(remote: unknown, options?: ReplicateOptions): Promise<unknown>; to(remote: unknown, options?: ReplicateOptions): Promise<unknown> };
}

/**
 * Documents per replication batch: PouchDB's default of 100 made a first sync of 110,000 records
 * 1,100 round trips of each kind; 2,000 sends 11,000 records up ~25 % faster than 500 (npm run bench).
 */
interface ReplicateOptions {
  batch_size: number;
}
const REPLICATION = { batch_size: 2000 } satisfies ReplicateOptions;

/** A record both computers changed to different values: kept as one, both values reported. */
export interface SyncConflict {
  table: SyncedKind;
  id: string;
  conflicts: FieldConflict[];
}

/** How far the replica's changes were written to the store, and sent to the server (`_local`: never replicated). */
const APPLIED = '_local/maille-applied';
const PUSHED = '_local/maille-pushed';
/**
 * The revision this computer's copy of a document stands on, for the documents whose winner in the
 * replica is ahead of it: noted by a pull before it writes what it brought (`pull`); gone once
 * that is written to the store. A document the store kept as it is here (a person edited while an
 * exchange ran) keeps its entry, and its edit is sealed on that revision — a branch beside the
 * other computer's edit, merged by `settle` — not on top of an edit this computer never took in.
 */
const STANDING = '_local/maille-standing';
/** What `STANDING` holds: a revision by document id. */
interface Standing {
  revs: Record<string, string>;
}
/** The documents refused so far and still as they were: said at every exchange until they change or go. */
const REFUSED = '_local/maille-refused';
/** Documents read from the replica and written to the store at a time (`applyIncoming`). */
const BATCH = 500;

/**
 * The largest seal accepted (base64): CouchDB's default largest document (8 MB). A person's notes
 * are at most 100,000 characters and an interaction's text 2,000 (core/limits.ts): thousands of
 * interactions fit.
 */
const MAX_SEALED = 8_000_000;

/** A document the replica received that Maille did not seal with this key. */
class Unreadable extends Error {
  constructor(readonly id: string) {
    super(`unreadable document ${id}`);
  }
}

/** What an exchange did beside writing: concurrent edits with two values, documents refused (these and earlier ones the server still holds). */
export interface Exchange {
  conflicts: SyncConflict[];
  refused: string[];
  /** Where the pull reached in the server's changes: a live feed from there misses nothing. */
  serverSeq?: number | string;
}

export class SyncEngine {
  constructor(
    private readonly replica: ReplicaDb,
    private readonly key: CryptoKey,
    private readonly store: RecordStore,
  ) {}

  /**
   * Local writes (the outbox's entries): each record as it is now, or its deletion, sealed on top
   * of what the replica holds — in one batch of the replica's — or, written here over an older
   * revision than the replica's winner (`STANDING`), beside the winner. A record the replica
   * already holds the same (a write of a derived field, a record that came from the other
   * computer) is left.
   */
  async sealChanges(changes: readonly { table: SyncedKind; id: string }[]): Promise<void> {
    if (!changes.length) return;
    const [{ rows }, contents, standing] = await Promise.all([
      this.replica.allDocs({ keys: changes.map((c) => c.id), include_docs: true }),
      this.store.getMany(changes),
      this.local<Standing>(STANDING),
    ]);
    // Sealed side by side: WebCrypto works off the thread, one call after another would wait on each.
    const sealed = await Promise.all(
      changes.map(async ({ table, id }, i): Promise<{ doc: object } | { branch: object } | { undo: { table: SyncedKind; id: string } } | null> => {
        const row = rows[i]!;
        const held = 'value' in row ? row : null;
        const content = contents[i]!;
        const gone = isEmpty(content);
        if (gone && (!held || held.value.deleted)) return null;
        // Back after its deletion (an undo): the one-by-one path closes the deletions.
        if (!gone && held?.value.deleted) return { undo: { table, id } };
        const before = !gone && held?.doc ? await this.plain(held.doc, id).catch(() => null) : null;
        if (before && sameContent(before, content)) return null;
        // Written here over a revision older than the winner (an edit came meanwhile, not taken in).
        const on = standing?.revs[id];
        const branch = !gone && held && on && on !== held.value.rev ? await this.branchFrom(id, on, content) : null;
        if (branch) return { branch };
        const sealing: SealedContent = before ? { ...content, from: await fingerprint(before) } : content;
        const doc = { _id: id, ...(held ? { _rev: held.value.rev } : {}), s: await seal(this.key, id, sealing) };
        return { doc: gone ? { ...doc, _deleted: true } : doc };
      }),
    );
    const docs = sealed.flatMap((one) => (one && 'doc' in one ? [one.doc] : []));
    if (docs.length) await this.ownWrite(() => this.replica.bulkDocs(docs));
    // Not an own write: the next `applyIncoming` finds two leaves there, and merges them.
    const branches = sealed.flatMap((one) => (one && 'branch' in one ? [one.branch] : []));
    if (branches.length) await this.replica.bulkDocs(branches, { new_edits: false });
    for (const one of sealed) if (one && 'undo' in one) await this.recordChanged(one.undo.table, one.undo.id);
    await this.forgetStanding(changes.map((c) => c.id));
  }

  /**
   * `content` sealed as a child of revision `rev`, beside the winner (PouchDB writes a given
   * revision history as replication does): null when the replica no longer holds that revision.
   */
  private async branchFrom(id: string, rev: string, content: Content): Promise<object | null> {
    const base = await this.replica.get(id, { rev, revs: true }).catch(() => null);
    if (!base?._revisions) return null;
    const plain = await this.plain(base, id).catch(() => null);
    const hash = crypto.randomUUID().replaceAll('-', '');
    const start = base._revisions.start + 1;
    const sealing: SealedContent = plain ? { ...content, from: await fingerprint(plain) } : content;
    return { _id: id, _rev: `${start}-${hash}`, _revisions: { start, ids: [hash, ...base._revisions.ids] }, s: await seal(this.key, id, sealing) };
  }

  /** Notes the winner these documents have here, unless noted already (`STANDING`): what the store's copy stands on. */
  private async noteStanding(ids: string[]): Promise<void> {
    const mine = ids.filter((id) => id !== KEY_DOC_ID && !id.startsWith('_'));
    if (!mine.length) return;
    const [{ rows }, held] = await Promise.all([this.replica.allDocs({ keys: mine }), this.local<Standing>(STANDING)]);
    const revs = { ...held?.revs };
    let noted = false;
    for (const row of rows) {
      if (!('value' in row) || row.value.deleted || row.id in revs) continue;
      revs[row.id] = row.value.rev;
      noted = true;
    }
    if (noted) await this.replica.put({ _id: STANDING, ...(held ? { _rev: held._rev } : {}), revs });
  }

  /** These documents' copies in the store are the replica's winners again (written, or sealed from it). */
  private async forgetStanding(ids: Iterable<string>): Promise<void> {
    const held = await this.local<Standing>(STANDING);
    if (!held) return;
    const done = new Set(ids);
    const revs = Object.entries(held.revs).filter(([id]) => !done.has(id));
    if (revs.length < Object.keys(held.revs).length) await this.replica.put({ _id: STANDING, _rev: held._rev, revs: Object.fromEntries(revs) });
  }

  /**
   * A write of this computer's own to the replica: when everything before it was applied, what it
   * wrote is too (it came from the store), so that the next `applyIncoming` does not open and
   * write back every record this computer just sealed — on a first upload, all of them.
   */
  private async ownWrite(write: () => Promise<unknown>): Promise<void> {
    const applied = await this.local<{ seq: number | string }>(APPLIED);
    const before = (await this.replica.changes({ since: 'now' })).last_seq;
    await write();
    if (applied?.seq !== before && !(applied === null && before === 0)) return;
    const after = (await this.replica.changes({ since: 'now' })).last_seq;
    await this.replica.put({ _id: APPLIED, ...(applied ? { _rev: applied._rev } : {}), seq: after });
  }

  /** A local write: the record as it is now, or its deletion, sealed on top of what the replica holds. */
  async recordChanged(table: SyncedKind, id: string): Promise<void> {
    const [content] = await this.store.getMany([{ table, id }]);
    const gone = isEmpty(content!);
    const existing = await this.replica.get(id).catch(() => null);
    const sealed = await seal(this.key, id, content!);
    if (!gone) {
      // A record back after its deletion (an undo): the deletions this computer knows of are
      // closed, so that they no longer win over it.
      const deletions = (await this.openLeaves(id, { tolerant: true })).filter(({ leaf, plain }) => leaf._deleted && plain !== null && isEmpty(plain));
      if (deletions.length) await this.replica.bulkDocs(deletions.map(({ leaf }) => ({ _id: id, _rev: leaf._rev, _deleted: true, s: sealed })));
    } else if (!existing) return;
    const doc = { _id: id, ...(existing ? { _rev: existing._rev } : {}), s: sealed };
    await this.replica.put(gone ? { ...doc, _deleted: true } : doc);
  }

  /**
   * Every leaf revision of a document with what it holds, in revision order; none for a document
   * never seen. A leaf that does not open throws, unless `tolerant` (then it holds nothing).
   */
  private async openLeaves(id: string, { tolerant = false } = {}): Promise<{ leaf: Leaf; plain: SealedContent | null }[]> {
    const results = await this.replica.get(id, { open_revs: 'all', revs: true }).catch(() => []);
    const leaves = results.flatMap((result) => ('ok' in result ? [result.ok] : [])).sort((a, b) => (a._rev < b._rev ? -1 : 1));
    return Promise.all(leaves.map(async (leaf) => ({ leaf, plain: await this.plain(leaf, id).catch((error: unknown) => (tolerant ? null : Promise.reject(error))) })));
  }

  /**
   * One exchange with the server: what it has comes in and is written to the store (merged where
   * two computers edited apart), then what this computer has — its writes and its merges — goes
   * out. One direction after the other: PouchDB's two-way `sync` runs both at once, and a pull
   * that raced this computer's own push of the same document missed the other computer's edit
   * (1 time in 15 here).
   */
  async syncWith(remote: unknown): Promise<Exchange> {
    const serverSeq = await this.pull(remote);
    const exchange = { ...(await this.applyIncoming()), serverSeq };
    // Everything up to here goes out now: noted once it did, for `waiting`.
    const { last_seq } = await this.replica.changes({ since: 'now' });
    await this.replica.replicate.to(remote, REPLICATION);
    const pushed = await this.local<{ seq: number | string }>(PUSHED);
    await this.replica.put({ _id: PUSHED, ...(pushed ? { _rev: pushed._rev } : {}), seq: last_seq });
    return exchange;
  }

  /**
   * What the server has, into the replica (not yet to the store): the winner each document had
   * here is noted first (`STANDING`). The replicator writes each batch through the replica's
   * `bulkDocs`, wrapped for the pull: PouchDB has no hook before a replication's write.
   * Returns where the pull reached in the server's changes.
   */
  async pull(remote: unknown): Promise<number | string | undefined> {
    const replica = this.replica;
    const write = replica.bulkDocs;
    replica.bulkDocs = async (...args: Parameters<ReplicaDb['bulkDocs']>) => {
      const [batch] = args as unknown as [{ docs: { _id: string }[] }];
      await this.noteStanding(batch.docs.map((doc) => doc._id));
      return write.apply(replica, args);
    };
    try {
      return ((await replica.replicate.from(remote, REPLICATION)) as { last_seq?: number | string }).last_seq;
    } finally {
      replica.bulkDocs = write;
    }
  }

  /** How many records of the replica changed since they last went to the server (the status's "changes waiting"). */
  async waiting(): Promise<number> {
    const pushed = await this.local<{ seq: number | string }>(PUSHED);
    return (await this.replica.changes({ since: pushed?.seq ?? 0 })).results.filter((c) => c.id !== KEY_DOC_ID).length;
  }

  private local<T>(id: string): Promise<(T & { _rev: string }) | null> {
    return this.replica.get(id).then((doc) => doc as unknown as T & { _rev: string }, () => null);
  }

  /**
   * Writes to the store what the replica received since the last call, merging concurrent edits.
   * A document that does not open (not sealed with this key, not Maille's shape, too large) is
   * refused: nothing of it is written, and its id is reported.
   */
  async applyIncoming(): Promise<Exchange> {
    const applied = (await this.replica.get(APPLIED).catch(() => null)) as { _rev: string; seq: number | string } | null;
    // Every leaf of each changed document: one live leaf is the plain case (nearly all); a deletion
    // or edits made apart (two leaves, or more) are settled one by one.
    const changes = await this.replica.changes({ since: applied?.seq ?? 0, style: 'all_docs' });
    const exchange: Exchange = { conflicts: [], refused: [] };
    const kept = new Set<string>();
    const mine = changes.results.filter(({ id }) => id !== KEY_DOC_ID && !id.startsWith('_'));
    const plain = mine.filter((change) => change.changes.length === 1 && !change.deleted).map((change) => change.id);
    for (let at = 0; at < plain.length; at += BATCH) await this.applyBatch(plain.slice(at, at + BATCH), exchange, kept);
    for (const { id } of mine.filter((change) => change.changes.length !== 1 || change.deleted)) {
      const found = await this.settle(id, kept).catch((error: unknown) => {
        if (!(error instanceof Unreadable)) throw error;
        exchange.refused.push(id);
        return null;
      });
      if (found) exchange.conflicts.push(found);
    }
    await this.replica.put({ _id: APPLIED, ...(applied ? { _rev: applied._rev } : {}), seq: changes.last_seq });
    await this.forgetStanding(mine.map((change) => change.id).filter((id) => !kept.has(id)));
    exchange.refused = await this.stillRefused(mine.map((change) => change.id), exchange.refused);
    return exchange;
  }

  /**
   * The documents refused and not changed since: those refused before, unless they changed (and
   * opened this time, or went), and those refused now. Kept, so that the status says it for as long
   * as the server holds them, not only until the next exchange.
   */
  private async stillRefused(changed: string[], now: string[]): Promise<string[]> {
    const held = await this.local<{ ids: string[] }>(REFUSED);
    const ids = new Set(held?.ids ?? []);
    for (const id of changed) ids.delete(id);
    for (const id of now) ids.add(id);
    const list = [...ids].sort();
    if (JSON.stringify(list) !== JSON.stringify(held?.ids ?? [])) await this.replica.put({ _id: REFUSED, ...(held ? { _rev: held._rev } : {}), ids: list });
    return list;
  }

  /** Documents with one live leaf each, written to the store in one go (a first sync is all of them). */
  private async applyBatch(ids: string[], exchange: Exchange, kept: Set<string>): Promise<void> {
    const { rows } = await this.replica.allDocs({ keys: ids, include_docs: true });
    const opened = await Promise.all(
      ids.map((id, i) => {
        const row = rows[i]!;
        return 'doc' in row && row.doc ? this.plain(row.doc, id).catch((error: unknown) => (error instanceof Unreadable ? null : Promise.reject(error))) : null;
      }),
    );
    const docs: { id: string; content: Content }[] = [];
    for (const [i, plain] of opened.entries()) {
      if (plain && !isEmpty(plain)) docs.push({ id: ids[i]!, content: plain });
      else exchange.refused.push(ids[i]!);
    }
    await this.write(docs, kept);
  }

  /** Contents written to the store; those it kept as they are here (written here meanwhile) noted in `kept`. */
  private async write(docs: { id: string; content: Content }[], kept: Set<string>): Promise<void> {
    for (const id of await this.store.putMany(docs)) kept.add(id);
  }

  /** What a leaf holds: null for a leaf with no seal (a bare deletion); throws `Unreadable` for anything Maille did not seal. */
  private async plain(doc: { s?: unknown }, id: string): Promise<SealedContent | null> {
    if (doc.s === undefined) return null;
    const sealed = doc.s as Partial<Sealed> | null;
    if (typeof sealed?.iv !== 'string' || typeof sealed.data !== 'string' || sealed.data.length > MAX_SEALED) throw new Unreadable(id);
    const value = (await open(this.key, id, sealed as Sealed).catch(() => null)) as Partial<SealedContent> | null;
    const record = value?.record;
    const carried = value?.carried;
    const isRecord = (item: unknown): item is SyncedRecord => typeof item === 'object' && item !== null && typeof (item as SyncedRecord).id === 'string';
    const shaped =
      (SYNCED_KINDS as readonly unknown[]).includes(value?.table) &&
      (record === null || (isRecord(record) && record.id === id)) &&
      (carried === undefined || (Array.isArray(carried) && carried.every(isRecord))) &&
      (value?.from === undefined || typeof value.from === 'string');
    if (!shaped) throw new Unreadable(id);
    return value as SealedContent;
  }

  /** Makes the record's leaves one (when two computers edited it apart) and writes it to the store. */
  private async settle(id: string, kept: Set<string>): Promise<SyncConflict | null> {
    const opened = await this.openLeaves(id);
    const table = opened.find((o) => o.plain)?.plain?.table;
    if (!table) return null;

    // A deletion wins over edits made apart (a deleted person does not come back): the edits'
    // leaves are closed, the record removed here. Closed leaves (a deletion that keeps a record in
    // its seal) are what an earlier merge left, not a deletion of the record.
    const alive = opened.filter(({ leaf }) => !leaf._deleted);
    const deleted = opened.some(({ leaf, plain }) => leaf._deleted && plain !== null && isEmpty(plain));
    if (deleted || alive.length === 0) {
      if (alive.length) await this.replica.bulkDocs(alive.map(({ leaf }) => ({ _id: id, _rev: leaf._rev, _deleted: true, s: leaf.s })));
      await this.write([{ id, content: { table, record: null, ...(opened.some(({ plain }) => plain?.carried) ? { carried: [] } : {}) } }], kept);
      return null;
    }
    // A leaf another was edited from (its content is that one's `from`) is behind it: only closed.
    const prints = await Promise.all(alive.map(({ plain }) => fingerprint(plain!)));
    const behind = alive.filter((_, i) => alive.some(({ plain }, j) => prints[j] !== prints[i] && plain!.from === prints[i]));
    if (behind.length && behind.length < alive.length) {
      await this.replica.bulkDocs(behind.map(({ leaf }) => ({ _id: id, _rev: leaf._rev, _deleted: true, s: leaf.s })));
      return this.settle(id, kept);
    }
    const versions = alive.map(({ plain }) => plain!);
    if (versions.length === 1) {
      await this.write([{ id, content: versions[0]! }], kept);
      return null;
    }

    // Two computers (or more) edited it apart: merged from the version they all started from.
    const aliveLeaves = alive.map(({ leaf }) => leaf);
    const base = (await this.sharedOrigin(id, alive)) ?? (await this.commonVersion(id, aliveLeaves));
    let merged = versions[0]!;
    const fieldConflicts: FieldConflict[] = [];
    for (const version of versions.slice(1)) {
      const result = mergeContents(base, merged, version);
      merged = result.merged;
      fieldConflicts.push(...result.conflicts);
    }
    const [winner, ...losers] = [...aliveLeaves].sort(byWinner);
    const closeLosers = losers.map((leaf) => ({ _id: id, _rev: leaf._rev, _deleted: true, s: leaf.s }));
    // Leaves that already say the same (both computers merged the same way) are only closed.
    const sameEverywhere = versions.every((v) => sameContent(v, versions[0]!));
    const over = alive.find(({ leaf }) => leaf === winner)!.plain!;
    const keep = sameEverywhere ? [] : [{ _id: id, _rev: winner!._rev, s: await seal(this.key, id, { ...merged, from: await fingerprint(over) } satisfies SealedContent) }];
    await this.replica.bulkDocs([...keep, ...closeLosers]);
    await this.write([{ id, content: merged }], kept);
    return fieldConflicts.length ? { table, id, conflicts: fieldConflicts } : null;
  }

  /**
   * The content every leaf was written over, when they all name the same one (`from`): two
   * computers merged alike, then each edited on. The revision tree would say the revision before
   * the merge; this is the one after. Read from whichever leaf's parent revision this replica holds.
   */
  private async sharedOrigin(id: string, alive: { leaf: Leaf; plain: SealedContent | null }[]): Promise<Content | null> {
    const from = alive[0]?.plain?.from;
    if (!from || alive.some(({ plain }) => plain?.from !== from)) return null;
    for (const { leaf } of alive) {
      const { start, ids } = leaf._revisions!;
      if (ids.length < 2) continue;
      const parent = await this.replica.get(id, { rev: `${start - 1}-${ids[1]}` }).catch(() => null);
      const content = parent ? await this.plain(parent, id).catch(() => null) : null;
      if (content && (await fingerprint(content)) === from) return content;
    }
    return null;
  }

  /** The document as it was at the newest revision every leaf descends from, if the replica still has it. */
  private async commonVersion(id: string, leaves: Leaf[]): Promise<Content | null> {
    const histories = leaves.map((leaf) => {
      const { start, ids } = leaf._revisions!;
      return ids.map((hash, i) => `${start - i}-${hash}`);
    });
    const shared = histories[0]!.find((rev) => histories.every((history) => history.includes(rev)));
    if (!shared) return null;
    const doc = await this.replica.get(id, { rev: shared }).catch(() => null);
    return doc ? this.plain(doc, id) : null;
  }
}

/**
 * Two contents edited apart made one: the record by `mergeVersions` (its conflicts reported), the
 * carried records by `mergeRecordSets` (an interaction logged on each computer: both kept; their
 * rare field conflicts keep one value, as for events, unreported).
 */
function mergeContents(base: Content | null, a: Content, b: Content): { merged: Content; conflicts: FieldConflict[] } {
  const [x, y] = [a.record, b.record];
  const record = x && y ? mergeVersions(base?.record ?? null, x, y) : { merged: x ?? y, conflicts: [] };
  const carried = a.carried || b.carried ? mergeRecordSets(base?.carried ?? null, a.carried ?? [], b.carried ?? []).merged : undefined;
  return { merged: { table: a.table, record: record.merged, ...(carried ? { carried } : {}) }, conflicts: record.conflicts };
}

/** A content's fingerprint (SHA-256 of its canonical form, inside the seal): what `from` names. */
async function fingerprint(content: Content): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical({ record: content.record, carried: content.carried ?? [] })));
  return btoa(String.fromCharCode(...new Uint8Array(digest).slice(0, 16)));
}

/** The same content, whatever the order of the records' fields. */
function sameContent(held: Content | null, now: Content): boolean {
  return held !== null && canonical({ record: held.record, carried: held.carried ?? [] }) === canonical({ record: now.record, carried: now.carried ?? [] });
}
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** CouchDB's own choice of the winning leaf: the longest history, then the greater revision. */
function byWinner(a: { _rev: string }, b: { _rev: string }): number {
  const [na, ha] = a._rev.split('-');
  const [nb, hb] = b._rev.split('-');
  return Number(nb) - Number(na) || (hb! > ha! ? 1 : hb! < ha! ? -1 : 0);
}
