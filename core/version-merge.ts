/**
 * Two versions of one record edited apart (two computers between syncs, issue 22) made one, from
 * the version both started from: the same rules as two tabs (`edit-rebase.ts`), made symmetric —
 * the result does not depend on which version is whose, so both computers reach the same record.
 * Notes merge by words (both additions at one place kept); lists merge as sets (an item removed
 * on one side is removed, an item added on either is kept); a field changed to two different
 * values keeps one of them (the same on both computers) and is reported as a conflict with both
 * values, so that nothing is dropped and the person chooses.
 */
import { keepBoth, mergeText } from './text-merge';

export interface FieldConflict {
  field: string;
  /** Both values, in a fixed order. */
  values: [unknown, unknown];
}

export interface VersionMerge<T> {
  merged: T;
  conflicts: FieldConflict[];
}

/** Fields whose value is a list of strings, merged as sets. */
const STRING_SETS = new Set(['tags', 'emails', 'profileKeys', 'aliasKeys', 'contactIds']);
/** Fields whose value is a list of objects with a `key`, merged as sets by key. */
const KEYED_SETS = new Set(['profiles']);
/** Texts merged by words: a person's or an event's notes, an introduction's why and what came of it. */
const TEXTS = new Set(['notes', 'note', 'outcome']);
/** When a record was made and last changed: the earliest and the latest. */
const EARLIEST = new Set(['createdAt']);
const LATEST = new Set(['updatedAt']);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const ordered = (a: unknown, b: unknown): [unknown, unknown] => ((JSON.stringify(a) ?? '') <= (JSON.stringify(b) ?? '') ? [a, b] : [b, a]);

/** A set edited on two sides from `base`: kept what neither removed, plus what either added (base order, then added sorted). */
function mergeSet<T>(base: readonly T[], a: readonly T[], b: readonly T[], keyOf: (item: T) => string): T[] {
  const keys = (list: readonly T[]) => new Set(list.map(keyOf));
  const [inBase, inA, inB] = [keys(base), keys(a), keys(b)];
  const kept = base.filter((item) => inA.has(keyOf(item)) && inB.has(keyOf(item)));
  const added = new Map<string, T>();
  for (const item of [...a, ...b]) if (!inBase.has(keyOf(item)) && !added.has(keyOf(item))) added.set(keyOf(item), item);
  return [...kept, ...[...added.keys()].sort().map((key) => added.get(key)!)];
}

/** Merges two versions `a` and `b` of one record from their common `base` (null: both created apart). */
export function mergeVersions<T extends object>(base: T | null, a: T, b: T): VersionMerge<T> {
  const merged: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  const [from, one, other] = [(base ?? {}) as Record<string, unknown>, a as Record<string, unknown>, b as Record<string, unknown>];
  const fields = [...new Set([...Object.keys(one), ...Object.keys(other)])].sort();
  for (const field of fields) {
    const [was, x, y] = [from[field], one[field], other[field]];
    let value: unknown;
    if (same(x, y)) value = x;
    else if (EARLIEST.has(field) || LATEST.has(field)) value = (EARLIEST.has(field) ? Math.min : Math.max)(Number(x ?? y), Number(y ?? x));
    else if (STRING_SETS.has(field) && Array.isArray(x) && Array.isArray(y)) value = mergeSet((Array.isArray(was) ? was : []) as string[], x as string[], y as string[], String);
    else if (KEYED_SETS.has(field) && Array.isArray(x) && Array.isArray(y)) value = mergeSet((Array.isArray(was) ? was : []) as { key: string }[], x as { key: string }[], y as { key: string }[], (item) => item.key);
    else if (same(x, was)) value = y;
    else if (same(y, was)) value = x;
    else if (TEXTS.has(field) && typeof x === 'string' && typeof y === 'string') {
      const text = mergeText(typeof was === 'string' ? was : '', x, y);
      if (text.clean) value = text.text;
      else {
        // Nothing lost: both texts, in a fixed order, and the person is asked.
        const [first, second] = ordered(x, y) as [string, string];
        value = keepBoth(second, first);
        conflicts.push({ field, values: [first, second] });
      }
    } else {
      const values = ordered(x, y);
      value = values[1];
      conflicts.push({ field, values });
    }
    if (value !== undefined) merged[field] = value;
  }
  return { merged: merged as T, conflicts };
}

/** What `mergeRecordSets` made of two lists of records edited apart. */
export interface RecordSetMerge<T> {
  merged: T[];
  /** The fields of records both sides changed to different values, each with the record's id. */
  conflicts: (FieldConflict & { id: string })[];
}

/**
 * Two lists of records edited apart (a person's interactions, carried in the person's document)
 * made one from the list both started from (null: unknown, then nothing counts as removed).
 * A record added on either side is kept; one removed on either side is removed, even if the other
 * side edited it (as a deleted record wins over an edit); one edited on both is merged by
 * `mergeVersions`. Sorted by id, whatever the side: both computers reach the same list.
 */
export function mergeRecordSets<T extends { id: string }>(base: readonly T[] | null, a: readonly T[], b: readonly T[]): RecordSetMerge<T> {
  const byId = (list: readonly T[]) => new Map(list.map((record) => [record.id, record]));
  const [was, one, other] = [byId(base ?? []), byId(a), byId(b)];
  const merged: T[] = [];
  const conflicts: RecordSetMerge<T>['conflicts'] = [];
  for (const id of [...new Set([...one.keys(), ...other.keys()])].sort()) {
    const [x, y, from] = [one.get(id), other.get(id), was.get(id) ?? null];
    if (x && y) {
      const result = mergeVersions(from, x, y);
      merged.push(result.merged);
      conflicts.push(...result.conflicts.map((conflict) => ({ ...conflict, id })));
    } else if (!from) merged.push((x ?? y)!);
    // In the base and gone from one side: removed there.
  }
  return { merged, conflicts };
}
