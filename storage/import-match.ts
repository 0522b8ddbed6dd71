import type { Contact } from '@/core/records';
import { nameKey } from '@/core/text';
import { db } from './db';

/**
 * The contact an imported person already is, if any: the batch's own pending writes first (a file
 * may hold someone twice), then the database, by a profile key, else an email, else — with
 * neither — the same name among contacts `byNameOnly` accepts.
 */
export async function findImported(
  pending: readonly Contact[],
  person: { profileKeys: readonly string[]; emails: readonly string[]; name: string },
  byNameOnly: (contact: Contact) => boolean,
): Promise<Contact | undefined> {
  for (const key of person.profileKeys) {
    const found = pending.find((c) => c.profileKeys.includes(key)) ?? (await db.contacts.where('profileKeys').equals(key).first());
    if (found) return found;
  }
  for (const email of person.emails) {
    const found = pending.find((c) => c.emails.includes(email)) ?? (await db.contacts.where('emails').equals(email).first());
    if (found) return found;
  }
  if (person.profileKeys.length || person.emails.length) return undefined;
  const key = nameKey(person.name);
  return pending.find((c) => c.nameKey === key && byNameOnly(c)) ?? (await db.contacts.where('nameKey').equals(key).filter(byNameOnly).first());
}

/** Puts a contact among the batch's pending writes, in place of the version it updates; true when it is new to the batch. */
export function stage(pending: Contact[], previous: Contact | undefined, next: Contact): boolean {
  const index = previous ? pending.indexOf(previous) : -1;
  if (index >= 0) pending[index] = next;
  else pending.push(next);
  return index < 0;
}
