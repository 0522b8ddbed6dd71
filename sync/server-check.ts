/**
 * "Test the connection" of Settings → Sync (issue 22): is the address one Maille may send to, does
 * a CouchDB-compatible server answer there, do the name and password open the database (or may
 * they create it), and does the passphrase open the key the database already has. Each failure is
 * a problem with a name, said in words by the page; nothing is written but a database that did
 * not exist, and the key of a database that had none.
 */
import type { SyncProblem } from '@/core/sync-problems';
import { keyIterations, newKey, openKey, type KeyCheck } from './envelope';

export interface SyncServerConfig {
  /** `https://…`, or `http://` on this machine (localhost, 127.0.0.1). */
  url: string;
  database: string;
  user: string;
  password: string;
}

/** What opened the key: kept to give a lost database the same key check again. */
export type KeyOrigin = Pick<KeyCheck, 'salt' | 'iterations'>;

export type ServerCheck = { ok: true; key: CryptoKey; created: boolean; origin: KeyOrigin } | { ok: false; problem: SyncProblem; status?: number };

/** The document that holds the key check: the one document of the database that is not a record. */
export const KEY_DOC_ID = 'maille-key';

// No [::1]: a content security policy cannot name an IPv6 address (wxt.config.ts lets the pages reach these).
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/** The server's base address (no trailing slash), or null when Maille must not send there: plain http to another machine. */
export function serverBase(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  const allowed = parsed.protocol === 'https:' || (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname));
  if (!allowed || parsed.username || parsed.password || parsed.search || parsed.hash) return null;
  return parsed.origin + parsed.pathname.replace(/\/+$/, '');
}

/**
 * The pattern of the one origin the browser is asked access to when sync is turned on: the
 * server's scheme and host (Firefox's patterns have no port; any port of that host is covered).
 */
export function serverOrigin(base: string): string {
  const url = new URL(base);
  return `${url.protocol}//${url.hostname}/*`;
}

/** CouchDB's rule for database names. */
export const isDatabaseName = (name: string) => /^[a-z][a-z0-9_$()+/-]*$/.test(name) && name.length <= 238;

type Fetch = typeof fetch;

/** Whether `value` is a KeyCheck as `newKey` writes it. */
export function isKeyCheck(value: unknown): value is KeyCheck {
  const v = value as Partial<KeyCheck> | null;
  return typeof v === 'object' && v !== null && v.format === 'maille-sync-key' && v.version === 1 && typeof v.salt === 'string'
    && typeof v.iterations === 'number' && typeof v.check?.iv === 'string' && typeof v.check.data === 'string';
}

/** Checks the server, the database and the passphrase, in that order; the first failure is the answer. */
export async function checkServer(config: SyncServerConfig, passphrase: string, fetcher: Fetch = fetch): Promise<ServerCheck> {
  const base = serverBase(config.url);
  if (!base) return { ok: false, problem: 'insecureAddress' };
  if (!isDatabaseName(config.database)) return { ok: false, problem: 'badDatabaseName' };
  const credentials = String.fromCharCode(...new TextEncoder().encode(`${config.user}:${config.password}`));
  const headers = { Authorization: `Basic ${btoa(credentials)}`, Accept: 'application/json' };
  const request = async (path: string, init: RequestInit = {}) => fetcher(`${base}${path}`, { ...init, headers: { ...headers, ...init.headers }, credentials: 'omit' });

  let welcome: Response;
  try {
    welcome = await request('/');
  } catch {
    return { ok: false, problem: 'unreachable' };
  }
  const hello = welcome.ok ? await welcome.json().catch(() => null) as Record<string, unknown> | null : null;
  if (welcome.status === 401) return { ok: false, problem: 'wrongPassword', status: 401 };
  if (!hello || !('couchdb' in hello || 'express-pouchdb' in hello)) return { ok: false, problem: 'notCouch', status: welcome.status };

  const db = `/${encodeURIComponent(config.database)}`;
  let info = await request(db);
  if (info.status === 401) return { ok: false, problem: 'wrongPassword', status: 401 };
  let created = false;
  if (info.status === 404) {
    const made = await request(db, { method: 'PUT' });
    if (!made.ok) return { ok: false, problem: 'noDatabaseNoRight', status: made.status };
    created = true;
    info = await request(db);
  }
  if (info.status === 403) return { ok: false, problem: 'noDatabaseNoRight', status: 403 };
  if (!info.ok) return { ok: false, problem: 'notCouch', status: info.status };

  const keyDoc = await request(`${db}/${KEY_DOC_ID}`);
  if (keyDoc.status === 404) {
    const { key, check } = await newKey(passphrase);
    const put = await request(`${db}/${KEY_DOC_ID}`, { method: 'PUT', body: JSON.stringify(check), headers: { 'Content-Type': 'application/json' } });
    if (!put.ok) return { ok: false, problem: put.status === 401 || put.status === 403 ? 'noDatabaseNoRight' : 'notCouch', status: put.status };
    return { ok: true, key, created, origin: { salt: check.salt, iterations: check.iterations } };
  }
  const stored = keyDoc.ok ? ((await keyDoc.json().catch(() => null)) as unknown) : null;
  if (!isKeyCheck(stored)) return { ok: false, problem: 'badKey', status: keyDoc.status };
  const key = await openKey(passphrase, stored);
  return key ? { ok: true, key, created, origin: { salt: stored.salt, iterations: keyIterations(stored) } } : { ok: false, problem: 'wrongPassphrase' };
}
