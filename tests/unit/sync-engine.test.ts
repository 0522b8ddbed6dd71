// @vitest-environment node
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newKey, openKey, seal } from '@/sync/envelope';
import { SyncEngine, type RecordStore, type SyncedRecord } from '@/sync/engine';
import type { SyncedKind } from '@/storage/sync-outbox';
import { KEY_DOC_ID } from '@/sync/server-check';
import { contactRecord } from '../support/records';
import { startSyncServer, type SyncServer } from '../support/sync-server';

const Pouch = PouchDB.plugin(memory).plugin(http).plugin(replication);

/** The local database of one computer, as the engine sees it. */
class MapStore implements RecordStore {
  readonly tables = new Map<SyncedKind, Map<string, SyncedRecord>>();
  private table(name: SyncedKind) {
    if (!this.tables.has(name)) this.tables.set(name, new Map());
    return this.tables.get(name)!;
  }
  async get(table: SyncedKind, id: string) {
    return structuredClone(this.table(table).get(id));
  }
  async put(table: SyncedKind, record: SyncedRecord) {
    this.table(table).set(record.id, structuredClone(record));
  }
  async getMany(keys: readonly { table: SyncedKind; id: string }[]) {
    return Promise.all(keys.map(({ table, id }) => this.get(table, id)));
  }
  async putMany(records: readonly { table: SyncedKind; record: SyncedRecord }[]) {
    for (const { table, record } of records) await this.put(table, record);
  }
  async remove(table: SyncedKind, id: string) {
    this.table(table).delete(id);
  }
}

/** One computer: its database, its replica, its engine; `write` is a local write as Maille makes them. */
async function computer(name: string, key: CryptoKey) {
  const store = new MapStore();
  const engine = new SyncEngine(new Pouch(`${name}-${crypto.randomUUID()}`, { adapter: 'memory' }), key, store);
  return {
    store,
    engine,
    key,
    async write(table: SyncedKind, record: SyncedRecord | null, id = record!.id) {
      if (record) await store.put(table, record);
      else await store.remove(table, id);
      await engine.sealChanges([{ table, id }]);
    },
    contact: (id: string) => store.tables.get('contacts')?.get(id),
  };
}

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
    expect(await laptop.engine.waiting()).toBe(2);
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
    await put('huge', { s: { iv: 'AAAAAAAAAAAAAAAA', data: 'A'.repeat(4_000_004) } });
    const { refused } = await desktop.engine.syncWith(remote());
    expect(refused.sort()).toEqual(['garbage', 'huge', 'no-seal-object', 'other-key', 'wrong-id', 'wrong-shape']);
    expect([...(desktop.store.tables.get('contacts')?.keys() ?? [])]).toEqual([claire.id]);
    expect(desktop.contact(claire.id)).toEqual(claire);
    // Refused once, not again: the next exchange is clean.
    expect((await desktop.engine.syncWith(remote())).refused).toEqual([]);
  });

  it('a wrong passphrase opens nothing: the key check refuses it', async () => {
    const { check } = await newKey('correct horse battery staple');
    expect(await openKey('Correct horse battery staple', check)).toBeNull();
  });
});
