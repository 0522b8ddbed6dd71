/**
 * A CouchDB-compatible server for the sync tests (issue 22), started by the test itself on
 * 127.0.0.1 and stopped after: `pouchdb-server` (express-pouchdb over PouchDB's memory adapter),
 * from npm. It answers CouchDB's HTTP API and replication protocol as PouchDB's own test suite
 * uses them (databases, documents, `_changes`, `_bulk_docs`, `_revs_diff`, `_local` checkpoints,
 * admins and basic authentication), which is all Maille's replicator speaks; Apache CouchDB is not
 * packaged in Debian 12 and there is no Docker here. Only loopback: no test talks to anything else.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

export interface SyncServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** A request of the test's own, as the admin (`path` from the server's root: `/db/doc`). */
  asAdmin(path: string, init?: RequestInit): Promise<Response>;
  admin: { name: string; password: string };
  stop(): Promise<void>;
}

/** A port nobody listens on now, on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts a server with one admin (no "admin party": a wrong password is refused), waits until it
 * answers — a state, not a duration — and gives its address.
 */
export async function startSyncServer(admin = { name: 'maille-admin', password: 'test-admin-password' }): Promise<SyncServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // It writes its config.json and log.txt where it runs: a folder of its own, removed after.
  const dir = mkdtempSync(join(tmpdir(), 'maille-sync-server-'));
  const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server'), '--in-memory', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (!(await answers(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`pouchdb-server did not start on ${url}:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const created = await fetch(`${url}/_node/node1@127.0.0.1/_config/admins/${encodeURIComponent(admin.name)}`, { method: 'PUT', body: JSON.stringify(admin.password) });
  if (!created.ok) throw new Error(`could not create the admin: ${created.status}`);
  return {
    url,
    asAdmin: (path, init = {}) => fetch(`${url}${path}`, { ...init, headers: { Authorization: `Basic ${btoa(`${admin.name}:${admin.password}`)}`, 'Content-Type': 'application/json', ...init.headers } }),
    admin,
    async stop() {
      child.kill();
      await exited(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A way to the server that the test can cut and mend: the network between a computer and the server. */
export interface NetworkLink {
  /** `http://127.0.0.1:<port>`: the server, through the link. */
  url: string;
  /** Every open connection dropped, every new one refused: "the server is unreachable". */
  cut(): void;
  mend(): void;
  /**
   * The next request whose first bytes match `pattern` (e.g. a pull's `_bulk_get`) is held on its
   * way to the server until `release`, its connection with it: answers once it arrived.
   */
  hold(pattern: RegExp): Promise<void>;
  release(): void;
  stop(): Promise<void>;
}

/**
 * A TCP relay to `target` on loopback. The in-memory server loses everything when stopped, so a
 * network cut stands for "the server stopped" in the tests: the same for the computers (nothing
 * answers), and the server keeps what it had.
 */
export async function startNetworkLink(target: string): Promise<NetworkLink> {
  const { hostname, port } = new URL(target);
  let cut = false;
  const open = new Set<Socket>();
  let held: { pattern: RegExp; arrived: () => void; waiting: (() => void)[] } | null = null;
  const relay = createServer((client) => {
    if (cut) return void client.destroy();
    const upstream = connect(Number(port), hostname);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
    };
    open.add(client);
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.on('data', (chunk: Buffer) => {
      const hold = held;
      if (hold && hold.pattern.test(chunk.toString('latin1'))) {
        client.pause();
        hold.waiting.push(() => {
          upstream.write(chunk);
          client.resume();
        });
        hold.arrived();
        return;
      }
      upstream.write(chunk);
    });
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const { port: own } = relay.address() as { port: number };
  return {
    url: `http://127.0.0.1:${own}`,
    cut() {
      cut = true;
      for (const socket of open) socket.destroy();
    },
    mend() {
      cut = false;
    },
    hold(pattern) {
      return new Promise<void>((arrived) => (held = { pattern, arrived, waiting: [] }));
    },
    release() {
      const waiting = held?.waiting ?? [];
      held = null;
      for (const send of waiting) send();
    },
    // Open connections dropped first: a browser's kept-alive ones would hold `close` until it quits.
    stop: () => {
      for (const socket of open) socket.destroy();
      return new Promise<void>((resolve) => relay.close(() => resolve()));
    },
  };
}
