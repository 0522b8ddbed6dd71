import type { ContactPatch, EditableField, MetInput } from './commands';
import type { Contact, MetInfo } from './records';
import { mergeText } from './text-merge';

export type RebasedEdit = { ok: true; patch: ContactPatch } | { ok: false; fields: EditableField[] };

/** The four fields a person edits of where we met, blanks as absent, for comparing. */
function metFields(met: MetInput | MetInfo | null | undefined): string {
  const field = (value: string | undefined) => value?.trim() || null;
  if (!met) return JSON.stringify(null);
  const fields = [field(met.eventName), field(met.date), field(met.place), field(met.topic)];
  return JSON.stringify(fields.every((f) => f === null) ? null : fields);
}

function comparable(field: EditableField, value: unknown): string {
  return field === 'met' ? metFields(value as MetInput | MetInfo | undefined) : JSON.stringify(value ?? null);
}

/** A set edited in two places: what this page added and removed, applied to what is stored now. */
function rebaseSet(base: unknown, stored: readonly string[], mine: readonly string[]): string[] {
  const before = new Set(Array.isArray(base) ? (base as unknown[]).filter((x): x is string => typeof x === 'string') : stored);
  const removed = new Set([...before].filter((x) => !mine.includes(x)));
  const added = mine.filter((x) => !before.has(x));
  return [...new Set([...stored.filter((x) => !removed.has(x)), ...added])];
}

/**
 * Rebases a page's edit of a contact onto what is stored now. `base` holds each edited field as
 * the page last saw it stored. Notes merge as text (three-way), tags and emails as sets; a name,
 * a cadence or where-we-met changed both here and elsewhere (to different values) is a conflict,
 * never decided by whichever save came last.
 */
export function rebaseEdit(stored: Contact, base: Readonly<Record<string, unknown>>, patch: ContactPatch): RebasedEdit {
  const merged: ContactPatch = { ...patch };
  const conflicts: EditableField[] = [];
  for (const field of Object.keys(patch) as EditableField[]) {
    if (field === 'notes') {
      // What is stored may be this page's own earlier save whose answer was lost (the worker
      // stopped after writing it): then it is the base, not another tab's text to keep beside.
      const savedBefore = Array.isArray(base.notesSavedBefore) ? base.notesSavedBefore : [];
      const from = savedBefore.includes(stored.notes) ? stored.notes : typeof base.notes === 'string' ? base.notes : '';
      const result = mergeText(from, stored.notes, patch.notes!);
      if (result.clean) merged.notes = result.text;
      else conflicts.push(field);
    } else if (field === 'tags' || field === 'emails') {
      merged[field] = rebaseSet(base[field], stored[field], patch[field]!);
    } else {
      const now = comparable(field, stored[field]);
      if (now !== comparable(field, base[field]) && now !== comparable(field, patch[field])) conflicts.push(field);
    }
  }
  return conflicts.length ? { ok: false, fields: conflicts } : { ok: true, patch: merged };
}
