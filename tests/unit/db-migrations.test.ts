import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { db, MailleDb } from '@/storage/db';
import { FIXTURES_DIR } from './fixture-doc';

/**
 * The migration harness. `tests/fixtures/db/v<N>.json` is Maille's database frozen as schema
 * version N stored it: its index lists as shipped, and records of each kind. Every file holds the
 * same people, each in its version's shape (a later file may add records an earlier version could
 * not hold). A database built from any frozen version, opened by today's `MailleDb`, must upgrade
 * to exactly the latest file's records, record by record, with every index built.
 *
 * A schema change adds `v<N+1>.json` (the latest file's records as the new version stores them)
 * and never edits an older one; the first test fails until it is there.
 */
interface Frozen {
  version: number;
  stores: Record<string, string>;
  tables: Record<string, { id: string }[]>;
}

const DIR = join(FIXTURES_DIR, 'db');
const FROZEN: Frozen[] = readdirSync(DIR)
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Frozen)
  .sort((a, b) => a.version - b.version);
const LATEST = FROZEN.at(-1)!;

/** A record's value at a key path (`met.eventId`), as an index reads it. */
function at(record: object, path: string): unknown {
  return path.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], record);
}

describe('database migrations, from every frozen version', () => {
  it('the frozen versions run without a gap up to the schema db.ts opens, with its indexes', () => {
    expect(FROZEN.map((f) => f.version)).toEqual(Array.from({ length: LATEST.version }, (_, i) => i + 1));
    expect(db.verno).toBe(LATEST.version);
    const current = Object.fromEntries(new MailleDb('schema-probe').tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')]));
    expect(current).toEqual(LATEST.stores);
  });

  it.each(FROZEN.map((f) => [f.version, f] as const))('version %i upgrades keeping every record, each in its latest shape, indexes built', async (version, frozen) => {
    const name = `frozen-v${version}`;
    const old = new Dexie(name);
    old.version(version).stores(frozen.stores);
    await old.open();
    for (const [table, records] of Object.entries(frozen.tables)) await old.table(table).bulkAdd(records);
    old.close();

    const upgraded = new MailleDb(name);
    await upgraded.open();
    try {
      expect(upgraded.verno).toBe(LATEST.version);
      for (const [table, records] of Object.entries(frozen.tables)) {
        expect(await upgraded.table(table).count(), table).toBe(records.length);
        for (const record of records) {
          const latest = LATEST.tables[table]!.find((r) => r.id === record.id);
          expect(await upgraded.table(table).get(record.id), `${table} ${record.id}`).toEqual(latest);
        }
        // Every index of the latest schema answers for these records.
        for (const index of upgraded.table(table).schema.indexes) {
          if (index.compound) continue;
          const keyPath = index.keyPath as string;
          const expected = records
            .map((r) => LATEST.tables[table]!.find((l) => l.id === r.id)!)
            .filter((r) => (index.multi ? ((at(r, keyPath) as unknown[] | undefined) ?? []).length > 0 : at(r, keyPath) !== undefined && at(r, keyPath) !== null))
            .map((r) => r.id)
            .sort();
          const found = [...new Set((await upgraded.table(table).orderBy(keyPath).primaryKeys()) as string[])].sort();
          expect(found, `${table} by ${keyPath}`).toEqual(expected);
        }
      }
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});
