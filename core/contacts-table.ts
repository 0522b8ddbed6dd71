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

/**
 * Each contact's value in a column, as a number or missing: a text column (company) becomes each
 * distinct text's place in the collator's order, so that the sort itself compares numbers. A sort
 * of 30,000 makes ~450,000 comparisons, and one collator call each was ~75 ms of a click.
 */
function columnValues(contacts: readonly Contact[], key: Exclude<SortKey, 'name'>): (number | undefined)[] {
  if (key === 'lastContact') return contacts.map((c) => c.lastContactAt);
  if (key === 'nextDue') return contacts.map((c) => c.nextDueAt);
  const texts = [...new Set(contacts.map((c) => c.company).filter((x): x is string => x !== undefined))].sort(collator.compare);
  const place = new Map<string, number>();
  // Texts the collator calls equal ("Axiome", "AXIOME") share a place: the name orders them.
  texts.forEach((text, i) => place.set(text, i > 0 && collator.compare(texts[i - 1]!, text) === 0 ? place.get(texts[i - 1]!)! : i));
  return contacts.map((c) => (c.company === undefined ? undefined : place.get(c.company)));
}

/**
 * `contacts` (in the order of names) sorted on a column, as a new list: missing values last,
 * whatever the direction; equal values keep the order of names (the sort is stable).
 */
function byColumn(contacts: readonly Contact[], key: Exclude<SortKey, 'name'>, descending: boolean): Contact[] {
  const values = columnValues(contacts, key);
  const sign = descending ? -1 : 1;
  const order = contacts.map((_, i) => i);
  order.sort((i, j) => {
    const [x, y] = [values[i], values[j]];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return sign * (x - y);
  });
  return order.map((i) => contacts[i]!);
}

/** Folded names of plain letters, digits and spaces. */
const PLAIN = /^[a-z0-9 ]+$/;

/**
 * A folded name as a string whose plain order is the collator's: letters and spaces as they are,
 * each run of digits as its length then its digits ("9" before "10", as the collator's `numeric`
 * option; leading zeros aside). Undefined for any other name (Ø, Ł, Œ, other scripts).
 */
function plainKey(name: string | undefined): string | undefined {
  if (!name || !PLAIN.test(name)) return undefined;
  if (!DIGIT.test(name)) return name;
  return name.replace(/\d+/g, (run) => {
    const digits = run.replace(/^0+(?=\d)/, '');
    return String.fromCharCode(48 + digits.length) + digits;
  });
}
const DIGIT = /\d/;

/**
 * Each record's `plainKey`, made once: every sort and filter of the table sorts by name again, and
 * the table makes them as its chunks arrive (`prepareNameOrder`), not all in the task that shows
 * everyone (30,000 numbered names: ~30 ms).
 */
const plainKeys = new WeakMap<object, string | null>();
function cachedPlainKey(record: Pick<Contact, 'nameKey'>): string | undefined {
  let key = plainKeys.get(record);
  if (key === undefined) plainKeys.set(record, (key = plainKey(record.nameKey) ?? null));
  return key ?? undefined;
}

/** Makes what `byName` compares the records by, ahead of their sort. */
export function prepareNameOrder(records: readonly Pick<Contact, 'nameKey'>[]): void {
  for (const record of records) cachedPlainKey(record);
}

/**
 * Contacts in the order of their names in the user's language (Élodie before Zoë), as a new list:
 * the table's order, and the exports'. Most folded names (`nameKey`: accents, case, punctuation
 * aside) are plain a–z, digits and spaces, and those compare as plain strings in the collator's
 * order (`plainKey`), for less: a sort of 30,000 with the benchmark's numbered namesakes was
 * ~50 ms through the collator; the collator settles the rest and the ties. A list in this order
 * already sorts again in ~n steps.
 */
export function byName<T extends Pick<Contact, 'name' | 'nameKey'>>(contacts: readonly T[], descending = false): T[] {
  const sign = descending ? -1 : 1;
  const keyed = contacts.map((contact) => ({ contact, plain: cachedPlainKey(contact) }));
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
  return key === 'name' ? byName(rows, descending) : byColumn(byName(rows), key, descending);
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
