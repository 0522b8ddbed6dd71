import type { Contact } from './records';
import { isLosingTouch } from './reminders';
import type { SiteId } from './sites';

/** Where a contact stands at a glance: the contacts table's state column and filter. */
export type ContactState = 'fresh' | 'due' | 'losingTouch' | 'noCadence';

export function contactState(contact: Contact, now: number, timeZone: string): ContactState {
  if (contact.cadenceDays == null && contact.nextDueAt === undefined) return 'noCadence';
  if (isLosingTouch(contact, now, timeZone)) return 'losingTouch';
  if (contact.nextDueAt !== undefined && contact.nextDueAt <= now) return 'due';
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

/** Compares two contacts on a column; missing values last, whatever the direction. */
function compare(a: Contact, b: Contact, { key, descending }: Sort): number {
  const value = (c: Contact) => ({ name: c.name, company: c.company, lastContact: c.lastContactAt, nextDue: c.nextDueAt })[key];
  const [x, y] = [value(a), value(b)];
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
  const order = typeof x === 'number' ? x - (y as number) : collator.compare(x, y as string);
  return descending ? -order : order;
}

/** Contacts in the order of their names in the user's language (Élodie before Zoë), in place. */
export function byName<T extends Pick<Contact, 'name'>>(contacts: T[]): T[] {
  return contacts.sort((a, b) => collator.compare(a.name, b.name));
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
export function tableRows(contacts: ReadonlyMap<string, Contact>, matches: readonly string[] | null, filters: TableFilters, sort: Sort | null, now: number, timeZone: string): Contact[] {
  const candidates = matches ? matches.map((id) => contacts.get(id)).filter((c): c is Contact => c !== undefined) : [...contacts.values()];
  const rows = candidates.filter((c) => passes(c, filters, now, timeZone));
  const order = sort ?? (matches ? null : { key: 'name' as const, descending: false });
  if (order) rows.sort((a, b) => compare(a, b, order) || collator.compare(a.name, b.name));
  return rows;
}
