// @vitest-environment node
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newKey, openKey, seal } from '@/sync/envelope';
import { SyncEngine, type Content, type RecordStore, type SyncedRecord } from '@/sync/engine';
import { CARRIED, type SyncedKind } from '@/storage/sync-outbox';
import { KEY_DOC_ID } from '@/sync/server-check';
import { contactRecord } from '../support/records';
import { startSyncServer, type SyncServer } from '../support/sync-server';

const Pouch = PouchDB.plugin(memory).plugin(http).plugin(replication);

/**
 * The local database of one computer, as the engine sees it (a person's interactions carried in
 * their document). `pending`: written here and not sealed yet (the outbox), kept as they are.
 */
class MapStore implements RecordStore {
  readonly tables = new Map<SyncedKind, Map<string, SyncedRecord>>();
  readonly pending = new Set<string>();
  table(name: SyncedKind) {
    if (!this.tables.has(name)) this.tables.set(name, new Map());
    return this.tables.get(name)!;
  }
  private carried(id: string) {
    return [...this.table(CARRIED.table).values()].filter((one) => one[CARRIED.by] === id).sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  async getMany(keys: readonly { table: SyncedKind; id: string }[]): Promise<Content[]> {
    return keys.map(({ table, id }) => structuredClone({ table, record: this.table(table).get(id) ?? null, ...(table === CARRIED.in ? { carried: this.carried(id) } : {}) }));
  }
  async putMany(docs: readonly { id: string; content: Content }[]) {
    const kept: string[] = [];
    for (const { id, content } of structuredClone(docs)) {
      const keep = this.pending.has(id) && content.record !== null;
      if (keep) kept.push(id);
      else if (content.record) this.table(content.table).set(id, content.record);
      else this.table(content.table).delete(id);
      if (!content.carried) continue;
      if (!keep) for (const one of this.carried(id)) this.table(CARRIED.table).delete(one.id);
      for (const one of content.carried) this.table(CARRIED.table).set(one.id, one);
    }
    return kept;
  }
}

/** One computer: its database, its replica, its engine; `write` is a local write as Maille makes them. */
async function computer(name: string, key: CryptoKey) {
  const store = new MapStore();
  const replica = new Pouch(`${name}-${crypto.randomUUID()}`, { adapter: 'memory' });
  const engine = new SyncEngine(replica, key, store);
  return {
    store,
    engine,
    replica,
    key,
    /** A write as the outbox queues it: an interaction's is its person's document, as it was and as it is. */
    async write(table: SyncedKind, record: SyncedRecord | null, id = record!.id) {
      const was = store.table(table).get(id);
      if (record) store.table(table).set(id, structuredClone(record));
      else store.table(table).delete(id);
      const people = [...new Set([was, record].map((one) => one?.[CARRIED.by] as string | undefined).filter(Boolean))] as string[];
      await engine.sealChanges(table === CARRIED.table ? people.map((person) => ({ table: CARRIED.in, id: person })) : [{ table, id }]);
    },
    /** A write while an exchange runs: in the outbox, sealed at the next exchange's start (`sealPending`). */
    writeUnsealed(table: SyncedKind, record: SyncedRecord) {
      store.table(table).set(record.id, structuredClone(record));
      store.pending.add(record.id);
    },
    async sealPending() {
      const ids = [...store.pending];
      store.pending.clear();
      await engine.sealChanges(ids.map((id) => ({ table: 'contacts' as const, id })));
    },
    contact: (id: string) => store.tables.get('contacts')?.get(id),
  };
}

type Computer = Awaited<ReturnType<typeof computer>>;

describe('two computers syncing through a CouchDB-compatible server', () => {
  let server: SyncServer;
  let remote: () => unknown;
  beforeAll(async () => {
    server = await startSyncServer();
  });
  afterAll(() => server?.stop());

  async function twoComputers() {
    const database = `maille-${crypto.randomUUID()}`;
    remote = () => new Pouch(`${server.url}/${database}`, { auth: { username: server.admin.name, password: server.admin.password } });
    const { key, check } = await newKey('correct horse battery staple');
    await server.asAdmin(`/${database}`, { method: 'PUT' });
    await server.asAdmin(`/${database}/${KEY_DOC_ID}`, { method: 'PUT', body: JSON.stringify(check) });
    const laptop = await computer('laptop', key);
    const desktop = await computer('desktop', (await openKey('correct horse battery staple', check))!);
    const sync = async (...computers: (typeof laptop)[]) => {
      for (const c of computers) await c.engine.syncWith(remote());
    };
    return { laptop, desktop, sync, database };
  }

  const claire = contactRecord({ id: 'c-claire', notes: 'Met in Lyon.', tags: ['lyon'], emails: ['claire@lumen.example'], createdAt: 1, updatedAt: 1 }) as unknown as SyncedRecord;

  it('a person added on one computer is on the other, and the server holds only ciphertext', async () => {
    const { laptop, desktop, sync, database } = await twoComputers();
    await laptop.write('contacts', claire);
    await laptop.write('interactions', { id: 'i1', contactId: claire.id, kind: 'call', at: 5, summary: 'Talked about cobots' });
    await sync(laptop, desktop);
    expect(desktop.contact(claire.id)).toEqual(claire);
    expect(desktop.store.tables.get('interactions')?.get('i1')?.summary).toBe('Talked about cobots');

    const all = await (await server.asAdmin(`/${database}/_all_docs?include_docs=true`)).text();
    for (const plain of ['Claire', 'Fontaine', 'Lyon', 'claire@lumen.example', 'cobots', 'contacts', 'interactions']) expect(all).not.toContain(plain);
  });

  it('edits made apart converge to the same person on both, both appended lines kept', async () => {
    const { laptop, desktop, sync } = await twoComputers();
    await laptop.write('contacts', claire);
    await sync(laptop, desktop);
    // Apart: neither reaches the server.
    await laptop.write('contacts', { ...laptop.contact(claire.id)!, notes: 'Met in Lyon.\nSend the deck.', tags: ['lyon', 'investor'], updatedAt: 2 });
    await desktop.write('contacts', { ...desktop.contact(claire.id)!, notes: 'Met in Lyon.\nCall in May.', tags: ['fair', 'lyon'], updatedAt: 3 });
    await sync(laptop, desktop, laptop);
    expect(laptop.contact(claire.id)).toEqual(desktop.contact(claire.id));
    expect(laptop.contact(claire.id)).toMatchObject({ notes: 'Met in Lyon.\nCall in May.\nSend the deck.', tags: ['lyon', 'fair', 'investor'], updatedAt: 3 });
    // And it stays so: another round changes nothing.
    const settled = structuredClone(laptop.contact(claire.id));
    await sync(desktop, laptop, desktop);
    expect(laptop.contact(claire.id)).toEqual(settled);
    expect(desktop.contact(claire.id)).toEqual(settled);
  });

  it.each([
    [
      'written while an exchange runs (after the outbox was sealed, before what came is written)',
      async (laptop: Computer, edit: SyncedRecord) => {
        laptop.writeUnsealed('contacts', edit);
        await laptop.engine.syncWith(remote());
      },
    ],
    [
      'written after the worker stopped between the pull and the store',
      async (laptop: Computer, edit: SyncedRecord) => {
        await laptop.engine.pull(remote());
        laptop.writeUnsealed('contacts', edit);
      },
    ],
  ])('a person %s: the other computer’s edit of them and this one both kept, on both', async (_label, race) => {
    const { laptop, desktop, sync } = await twoComputers();
    await laptop.write('contacts', claire);
    await sync(laptop, desktop);
    await desktop.write('contacts', { ...desktop.contact(claire.id)!, notes: 'Met in Lyon.\nCall in May.', tags: ['fair', 'lyon'], updatedAt: 3 });
    await sync(desktop);
    const edit = { ...laptop.contact(claire.id)!, notes: 'Met in Lyon.\nSend the deck.', tags: ['lyon', 'investor'], updatedAt: 2 };
    await race(laptop, edit);
    // Kept as written here until it goes out; then both computers merge it with the other's edit.
    expect(laptop.contact(claire.id)).toEqual(edit);
    await laptop.sealPending();
    await sync(laptop, desktop);
    expect(laptop.contact(claire.id)).toEqual(desktop.contact(claire.id));
    expect(laptop.contact(claire.id)).toMatchObject({ notes: 'Met in Lyon.\nCall in May.\nSend the deck.', tags: ['lyon', 'fair', 'investor'] });
  });

  it('interactions travel in their person’s document: logged or removed on each computer apart, both sides kept the same', async () => {
    const { laptop, desktop, sync, database } = await twoComputers();
    const call = { id: 'i1', contactId: claire.id, kind: 'call', at: 5, summary: 'Talked about cobots' };
    await laptop.write('contacts', claire);
    await laptop.write('interactions', call);
    await laptop.write('interactions', { id: 'i2', contactId: claire.id, kind: 'lunch', at: 6, summary: 'Pilot' });
    await sync(laptop, desktop);
    const ids = (await (await server.asAdmin(`/${database}/_all_docs`)).json()) as { rows: { id: string }[] };
    expect(ids.rows.map((r) => r.id).filter((id) => id !== KEY_DOC_ID)).toEqual([claire.id]);
    // Apart: one logged on each, one removed on the desktop, one edited on the laptop.
    await laptop.write('interactions', { id: 'i3', contactId: claire.id, kind: 'email', at: 7, summary: 'Sent the deck' });
    await laptop.write('interactions', { ...call, summary: 'Talked about drones' });
    await desktop.write('interactions', { id: 'i4', contactId: claire.id, kind: 'message', at: 8, summary: 'Asked for an intro' });
    await desktop.write('interactions', null, 'i2');
    await sync(laptop, desktop, laptop);
    const interactions = (c: typeof laptop) => [...c.store.table('interactions').values()].sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(interactions(laptop)).toEqual(interactions(desktop));
    expect(interactions(laptop).map((i) => `${i.id} ${i.summary}`)).toEqual(['i1 Talked about drones', 'i3 Sent the deck', 'i4 Asked for an intro']);
  });

  it('a person deleted on one computer: their interactions go with them on the other; moved by a merge, they move there too', async () => {
    const { laptop, desktop, sync } = await twoComputers();
    const marc = { ...claire, id: 'c-marc', name: 'Marc Lefebvre' };
    await laptop.write('contacts', claire);
    await laptop.write('contacts', marc);
    await laptop.write('interactions', { id: 'i1', contactId: claire.id, kind: 'call', at: 5 });
    await laptop.write('interactions', { id: 'i2', contactId: marc.id, kind: 'call', at: 6 });
    await sync(laptop, desktop);
    // Marc merged into Claire on the laptop: his interaction moves, he goes.
    await laptop.write('interactions', { id: 'i2', contactId: claire.id, kind: 'call', at: 6 });
    await laptop.write('contacts', null, marc.id);
    await sync(laptop, desktop);
    expect([...desktop.store.table('interactions').values()].map((i) => `${i.id} ${i.contactId}`).sort()).toEqual(['i1 c-claire', 'i2 c-claire']);
    expect(desktop.contact(marc.id)).toBeUndefined();
    // Claire deleted on the desktop (her interactions with her, as Maille deletes a person).
    await desktop.write('interactions', null, 'i1');
    await desktop.write('interactions', null, 'i2');
    await desktop.write('contacts', null, claire.id);
    await sync(desktop, laptop);
    expect(laptop.contact(claire.id)).toBeUndefined();
    expect([...laptop.store.table('interactions').keys()]).toEqual([]);
  });

  it('a field changed to two values apart: one kept on both, the conflict reported with both values', async () => {
    const { laptop, desktop, sync } = await twoComputers();
    await laptop.write('contacts', claire);
    await sync(laptop, desktop);
    await laptop.write('contacts', { ...claire, company: 'Axiome', updatedAt: 2 });
    await desktop.write('contacts', { ...claire, company: 'Brume Analytics', updatedAt: 3 });
    await laptop.engine.syncWith(remote());
    const { conflicts } = await desktop.engine.syncWith(remote());
    await laptop.engine.syncWith(remote());
    expect(conflicts).toEqual([{ table: 'contacts', id: claire.id, conflicts: [{ field: 'company', values: ['Axiome', 'Brume Analytics'] }] }]);
    expect(laptop.contact(claire.id)?.company).toBe(desktop.contact(claire.id)?.company);
  });

  it('both computers settled the same edits apart, then one took the other value: that choice stands on both', async () => {
    const { laptop, desktop, sync } = await twoComputers();
    await laptop.write('contacts', claire);
    await sync(laptop, desktop);
    // Apart: the laptop's leaf is the longer one, so it wins and both merges are written on it.
    await laptop.write('contacts', { ...claire, cadenceDays: 91, updatedAt: 2 });
    await laptop.write('contacts', { ...claire, cadenceDays: 30, updatedAt: 3 });
    await desktop.write('contacts', { ...claire, cadenceDays: 365, updatedAt: 4 });
    await laptop.engine.syncWith(remote());
    await desktop.replica.replicate.to(remote());
    // Each settles both leaves before it sees the other's merge: the same content on two revisions.
    for (const c of [laptop, desktop]) {
      await c.replica.replicate.from(remote());
      expect((await c.engine.applyIncoming()).conflicts).toHaveLength(1);
    }
    for (const c of [laptop, desktop]) await c.replica.replicate.to(remote());
    expect(desktop.contact(claire.id)?.cadenceDays).toBe(365);
    // The person takes the other value on the desktop ("Use “Every month”"); the laptop, before
    // it hears of it, adds a line to the notes.
    await desktop.write('contacts', { ...desktop.contact(claire.id)!, cadenceDays: 30 });
    await laptop.write('contacts', { ...laptop.contact(claire.id)!, notes: 'Met in Lyon.\nSend the deck.' });
    await sync(desktop, laptop, desktop, laptop);
    for (const c of [laptop, desktop]) expect(c.contact(claire.id)).toMatchObject({ cadenceDays: 30, notes: 'Met in Lyon.\nSend the deck.' });
  });

  it('a deletion syncs as such, and wins over an edit made apart', async () => {
    const { laptop, desktop, sync } = await twoComputers();
    await laptop.write('contacts', claire);
    await sync(laptop, desktop);
    await desktop.write('contacts', null, claire.id);
    await laptop.write('contacts', { ...claire, notes: 'Met in Lyon.\nCall in May.', updatedAt: 2 });
    await sync(desktop, laptop, desktop);
    expect(laptop.contact(claire.id)).toBeUndefined();
    expect(desktop.contact(claire.id)).toBeUndefined();

    // Undone on one computer (the same record back), undone on both.
    await desktop.write('contacts', claire);
    await sync(desktop, laptop);
    expect(laptop.contact(claire.id)).toEqual(claire);
  });

  it('a record sealed again as it is (a derived field, what came from the other computer) makes no new revision', async () => {
    const { laptop, desktop, sync, database } = await twoComputers();
    await laptop.write('contacts', claire);
    await sync(laptop, desktop);
    const revision = async () => ((await (await server.asAdmin(`/${database}/${claire.id}`)).json()) as { _rev: string })._rev;
    const before = await revision();
    await desktop.engine.sealChanges([{ table: 'contacts', id: claire.id }]);
    await laptop.engine.sealChanges([{ table: 'contacts', id: claire.id }, { table: 'contacts', id: 'never-there' }]);
    await sync(desktop, laptop);
    expect(await revision()).toBe(before);
  });

  it('counts what waits for the server: written here since the last push', async () => {
    const { laptop, sync } = await twoComputers();
    expect(await laptop.engine.waiting()).toBe(0);
    await laptop.write('contacts', claire);
    await laptop.write('interactions', { id: 'i1', contactId: claire.id, kind: 'call', at: 5 });
    // One document: the interaction travels in its person's.
    expect(await laptop.engine.waiting()).toBe(1);
    await sync(laptop);
    expect(await laptop.engine.waiting()).toBe(0);
    await laptop.write('contacts', { ...claire, notes: 'More.' });
    expect(await laptop.engine.waiting()).toBe(1);
  });

  it('documents Maille did not seal (garbage, another key, another shape, too large) are refused: nothing written, each named', async () => {
    const { laptop, desktop, sync, database } = await twoComputers();
    await laptop.write('contacts', claire);
    await sync(laptop);
    const other = (await newKey('another passphrase')).key;
    const put = (id: string, body: object) => server.asAdmin(`/${database}/${id}`, { method: 'PUT', body: JSON.stringify(body) });
    await put('garbage', { s: { iv: 'AAAA', data: 'not base64 at all' } });
    await put('no-seal-object', { s: 'text' });
    await put('other-key', { s: await seal(other, 'other-key', { table: 'contacts', record: { id: 'other-key', name: 'Eve' } }) });
    await put('wrong-shape', { s: await seal(laptop.key, 'wrong-shape', { table: 'passwords', record: { id: 'wrong-shape' } }) });
    await put('wrong-id', { s: await seal(laptop.key, 'wrong-id', { table: 'contacts', record: { id: 'c-claire', name: 'Mallory' } }) });
    await put('huge', { s: { iv: 'AAAAAAAAAAAAAAAA', data: 'A'.repeat(8_000_004) } });
    await put('bad-carried', { s: await seal(laptop.key, 'bad-carried', { table: 'contacts', record: null, carried: [{ name: 'no id' }] }) });
    const { refused } = await desktop.engine.syncWith(remote());
    expect(refused.sort()).toEqual(['bad-carried', 'garbage', 'huge', 'no-seal-object', 'other-key', 'wrong-id', 'wrong-shape']);
    expect([...(desktop.store.tables.get('contacts')?.keys() ?? [])]).toEqual([claire.id]);
    expect(desktop.contact(claire.id)).toEqual(claire);
    // Said again at each exchange while the server holds them; once they are gone, clean.
    expect((await desktop.engine.syncWith(remote())).refused).toEqual(refused);
    for (const id of refused) {
      const { _rev } = (await (await server.asAdmin(`/${database}/${id}`)).json()) as { _rev: string };
      await server.asAdmin(`/${database}/${id}?rev=${_rev}`, { method: 'DELETE' });
    }
    expect((await desktop.engine.syncWith(remote())).refused).toEqual([]);
    expect([...(desktop.store.tables.get('contacts')?.keys() ?? [])]).toEqual([claire.id]);
  });

  it('a wrong passphrase opens nothing: the key check refuses it', async () => {
    const { check } = await newKey('correct horse battery staple');
    expect(await openKey('Correct horse battery staple', check)).toBeNull();
  });
});
