// @vitest-environment node
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkServer, KEY_DOC_ID, serverBase } from '@/sync/server-check';
import { startSyncServer, type SyncServer } from '../support/sync-server';

describe('the sync server check, against a CouchDB-compatible server on loopback', () => {
  let server: SyncServer;
  let notCouch: Server;
  let notCouchUrl: string;
  beforeAll(async () => {
    server = await startSyncServer();
    // A user who may read and write what they are given but create no database.
    await server.asAdmin('/_users/org.couchdb.user:bob', { method: 'PUT', body: JSON.stringify({ name: 'bob', password: 'bob-password', roles: [], type: 'user' }) });
    notCouch = createServer((_request, response) => response.end('<html>Welcome to nginx!</html>'));
    await new Promise<void>((resolve) => notCouch.listen(0, '127.0.0.1', resolve));
    notCouchUrl = `http://127.0.0.1:${(notCouch.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await server?.stop();
    notCouch?.close();
  });

  const admin = () => ({ url: server.url, database: 'maille-anne', user: server.admin.name, password: server.admin.password });

  it.each([
    ['https anywhere', 'https://couch.example.org/', 'https://couch.example.org'],
    ['https with a path', 'https://example.org/couch/', 'https://example.org/couch'],
    ['http on this machine', 'http://127.0.0.1:5984', 'http://127.0.0.1:5984'],
    ['http on localhost', 'http://localhost:5984/', 'http://localhost:5984'],
    ['plain http to another machine', 'http://couch.example.org', null],
    ['credentials in the address', 'https://anne:secret@couch.example.org', null],
    ['not an address', 'couch.example.org', null],
  ])('an address: %s', (_label, url, base) => expect(serverBase(url)).toBe(base));

  it('creates the database and its key the first time, then opens it with the same passphrase', async () => {
    const first = await checkServer(admin(), 'correct horse battery staple');
    expect(first).toMatchObject({ ok: true, created: true });
    const stored = await (await server.asAdmin(`/maille-anne/${KEY_DOC_ID}`)).json() as Record<string, unknown>;
    expect(JSON.stringify(stored)).not.toContain('correct horse');
    expect(await checkServer(admin(), 'correct horse battery staple')).toMatchObject({ ok: true, created: false });
  });

  it('refuses a wrong passphrase by the key check, and writes nothing', async () => {
    await checkServer(admin(), 'correct horse battery staple');
    const before = await (await server.asAdmin('/maille-anne')).json() as { update_seq: unknown };
    expect(await checkServer(admin(), 'correct horse battery stapler')).toEqual({ ok: false, problem: 'wrongPassphrase' });
    expect((await (await server.asAdmin('/maille-anne')).json() as { update_seq: unknown }).update_seq).toEqual(before.update_seq);
  });

  // pouchdb-server stops when a user who is not an admin creates a database (express-pouchdb's
  // db.info is not a function); Apache CouchDB answers 401 "You are not a server admin.", which
  // this test gives for that one request, the rest being the real server's answers.
  it('says what failed: no such database and no right to create it', async () => {
    const couchRefusesCreation: typeof fetch = (input, init) =>
      init?.method === 'PUT' && String(input).endsWith('/maille-bob')
        ? Promise.resolve(new Response(JSON.stringify({ error: 'unauthorized', reason: 'You are not a server admin.' }), { status: 401 }))
        : fetch(input, init);
    const bob = { ...admin(), database: 'maille-bob', user: 'bob', password: 'bob-password' };
    expect(await checkServer(bob, 'correct horse battery staple', couchRefusesCreation)).toMatchObject({ ok: false, problem: 'noDatabaseNoRight', status: 401 });
  });

  it.each([
    ['unreachable', () => ({ ...admin(), url: 'http://127.0.0.1:9' }), 'unreachable'],
    ['not a CouchDB server', () => ({ ...admin(), url: notCouchUrl }), 'notCouch'],
    ['a wrong password', () => ({ ...admin(), password: 'nope' }), 'wrongPassword'],
    ['plain http to another machine', () => ({ ...admin(), url: 'http://couch.example.org' }), 'insecureAddress'],
    ['a database name CouchDB refuses', () => ({ ...admin(), database: 'Maille Anne' }), 'badDatabaseName'],
  ])('says what failed: %s', async (_label, config, problem) => {
    expect(await checkServer(config(), 'correct horse battery staple')).toMatchObject({ ok: false, problem });
  });
});
