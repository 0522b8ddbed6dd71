import type { Contact } from './records';
import { isDueNow, isLosingTouch } from './reminders';
import type { SiteId } from './sites';

/** Where a contact stands at a glance: the contacts table's state column and filter. */
export type ContactState = 'fresh' | 'due' | 'losingTouch' | 'noCadence';

export function contactState(contact: Contact, now: number, timeZone: string): ContactState {
  if (contact.cadenceDays == null && contact.nextDueAt === undefined) return 'noCadence';
  if (isLosingTouch(contact, now, timeZone)) return 'losingTouch';
  if (isDueNow(contact, now)) return 'due';
  return 'fresh';
}

export interface TableFilters {
  tag?: string;
  site?: SiteId;
  state?: ContactState;
  eventId?: string;
  neverContacted?: boolean;
}

export type SortKey = 'name' | 'company' | 'lastContact' | 'nextDue';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A contact's value in a column (no object built per call: a sort at 30,000 makes ~900,000). */
function sortValue(contact: Contact, key: Exclude<SortKey, 'name'>): string | number | undefined {
  switch (key) {
    case 'company':
      return contact.company;
    case 'lastContact':
      return contact.lastContactAt;
    case 'nextDue':
      return contact.nextDueAt;
  }
}

/** Folded names of plain letters and spaces: as plain strings, they are in the collator's order. */
const PLAIN = /^[a-z ]+$/;

/** Compares two contacts on a column; missing values last, whatever the direction. */
function compare(a: Contact, b: Contact, key: Exclude<SortKey, 'name'>, descending: boolean): number {
  const [x, y] = [sortValue(a, key), sortValue(b, key)];
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
  const order = typeof x === 'number' ? x - (y as number) : collator.compare(x, y as string);
  return descending ? -order : order;
}

/**
 * Contacts in the order of their names in the user's language (Élodie before Zoë), as a new list:
 * the table's order, and the exports'. Most folded names (`nameKey`: accents, case, punctuation
 * aside) are plain a–z, and those compare as plain strings in the collator's order, for less (a
 * sort of 30,000 with the benchmark's many namesakes: ~60 → ~40 ms); the collator settles the
 * rest (digits, Ø, Ł, Œ…) and the ties. A list in this order already sorts again in ~n steps.
 */
export function byName<T extends Pick<Contact, 'name' | 'nameKey'>>(contacts: readonly T[], descending = false): T[] {
  const sign = descending ? -1 : 1;
  const keyed = contacts.map((contact) => ({ contact, plain: contact.nameKey && PLAIN.test(contact.nameKey) ? contact.nameKey : undefined }));
  keyed.sort((a, b) => {
    if (a.plain !== undefined && b.plain !== undefined && a.plain !== b.plain) return a.plain < b.plain ? -sign : sign;
    return sign * collator.compare(a.contact.name, b.contact.name);
  });
  return keyed.map((k) => k.contact);
}

/** Whether a contact passes every filter set. */
export function passes(contact: Contact, filters: TableFilters, now: number, timeZone: string): boolean {
  if (filters.tag && !contact.tags.includes(filters.tag)) return false;
  if (filters.site && !contact.profiles.some((p) => p.site === filters.site)) return false;
  if (filters.eventId && contact.met?.eventId !== filters.eventId) return false;
  if (filters.neverContacted && contact.lastContactAt !== undefined) return false;
  if (filters.state && contactState(contact, now, timeZone) !== filters.state) return false;
  return true;
}

/**
 * The table's rows: the search's matches (best first) or everyone, filtered, then sorted on a
 * column when one is chosen (a search without a column keeps its ranking).
 */
export function tableRows(
  contacts: readonly Contact[],
  byId: ReadonlyMap<string, Contact> | null,
  matches: readonly string[] | null,
  filters: TableFilters,
  sort: Sort | null,
  now: number,
  timeZone: string,
): Contact[] {
  const candidates = matches ? matches.map((id) => byId?.get(id)).filter((c): c is Contact => c !== undefined) : contacts;
  const rows = candidates.filter((c) => passes(c, filters, now, timeZone));
  const order = sort ?? (matches ? null : { key: 'name' as const, descending: false });
  if (!order) return rows;
  const { key, descending } = order;
  if (key !== 'name') return rows.sort((a, b) => compare(a, b, key, descending) || collator.compare(a.name, b.name));
  return byName(rows, descending);
}

/**
 * `contacts` with the records a change named put in place: `records[i]` is the record of `ids[i]`
 * as stored now, or undefined if it is gone. Unchanged records keep their identity (the search
 * index and React skip them); new ones are added at the end.
 */
export function patchContacts(contacts: readonly Contact[], ids: readonly string[], records: readonly (Contact | undefined)[]): Contact[] {
  const changed = new Map(ids.map((id, i) => [id, records[i]]));
  const next: Contact[] = [];
  for (const contact of contacts) {
    if (!changed.has(contact.id)) next.push(contact);
    else {
      const now = changed.get(contact.id);
      if (now) next.push(now);
      changed.delete(contact.id);
    }
  }
  for (const added of changed.values()) if (added) next.push(added);
  return next;
}

/** Every tag in use, in the user's collation order. */
export function tagsInUse(contacts: readonly Contact[]): string[] {
  const tags = new Set<string>();
  for (const contact of contacts) for (const tag of contact.tags) tags.add(tag);
  return [...tags].sort(collator.compare);
}
