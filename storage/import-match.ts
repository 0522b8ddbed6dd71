import type { Contact } from '@/core/records';
import { nameKey } from '@/core/text';
import type { ProfileRef } from '@/core/profile';
import { db, newId } from './db';

/** Who an imported person may already be: their profile keys, emails and name. */
export interface ImportedPerson {
  profileKeys: readonly string[];
  emails: readonly string[];
  name: string;
}

/**
 * The contacts one import batch may touch, read in three indexed queries (profile keys, emails,
 * names) rather than three per row, then kept in step with the batch's own writes (a file may
 * hold someone twice). Used inside the batch's transaction.
 */
export class ImportBatch {
  /** What the batch will write, each contact once, in its latest version. */
  readonly writes = new Map<string, Contact>();
  private readonly known = new Map<string, Contact>();
  private readonly byKey = new Map<string, string>();
  private readonly byEmail = new Map<string, string>();
  private readonly byName = new Map<string, string[]>();

  static async load(people: readonly ImportedPerson[]): Promise<ImportBatch> {
    const batch = new ImportBatch();
    const keys = [...new Set(people.flatMap((p) => p.profileKeys))];
    const emails = [...new Set(people.flatMap((p) => p.emails))];
    const names = [...new Set(people.filter((p) => !p.profileKeys.length && !p.emails.length).map((p) => nameKey(p.name)))];
    // One request per value, all in flight at once: a cursor hopping across the index for
    // `anyOf` is several times slower in Chromium's IndexedDB.
    const lookups = [
      ...keys.map((key) => db.contacts.where('profileKeys').equals(key).toArray()),
      ...emails.map((email) => db.contacts.where('emails').equals(email).toArray()),
      ...names.map((name) => db.contacts.where('nameKey').equals(name).toArray()),
    ];
    const found = (await Promise.all(lookups)).flat();
    for (const contact of found) batch.remember(contact);
    return batch;
  }

  private remember(contact: Contact): void {
    this.known.set(contact.id, contact);
    for (const key of contact.profileKeys) if (!this.byKey.has(key)) this.byKey.set(key, contact.id);
    for (const email of contact.emails) if (!this.byEmail.has(email)) this.byEmail.set(email, contact.id);
    const ids = this.byName.get(contact.nameKey) ?? [];
    if (!ids.includes(contact.id)) this.byName.set(contact.nameKey, [...ids, contact.id]);
  }

  /**
   * The contact an imported person already is: by a profile key, else an email, else — with
   * neither — the same name among contacts `byNameOnly` accepts.
   */
  find(person: ImportedPerson, byNameOnly: (contact: Contact) => boolean): Contact | undefined {
    const id = person.profileKeys.map((k) => this.byKey.get(k)).find(Boolean) ?? person.emails.map((e) => this.byEmail.get(e)).find(Boolean);
    if (id) return this.known.get(id);
    if (person.profileKeys.length || person.emails.length) return undefined;
    return (this.byName.get(nameKey(person.name)) ?? []).map((i) => this.known.get(i)!).find(byNameOnly);
  }

  /**
   * Records a contact to write (new, or a new version of one found); true when the batch had not
   * written it yet — so a second row of someone the batch added or updated counts for nothing.
   */
  write(contact: Contact): boolean {
    const first = !this.writes.has(contact.id);
    this.writes.set(contact.id, contact);
    this.remember(contact);
    return first;
  }
}

/** A contact an import adds: what the file said, no tags, and no cadence (thirty thousand connections are not thirty thousand reminders). */
export function importedContact(
  fields: Pick<Contact, 'name' | 'company' | 'title' | 'emails' | 'notes' | 'connectedOn'> & { profiles: ProfileRef[] },
  now: number,
): Contact {
  return {
    id: newId(),
    ...fields,
    nameKey: nameKey(fields.name),
    tags: [],
    profileKeys: fields.profiles.map((p) => p.key),
    cadenceDays: null,
    createdAt: now,
    updatedAt: now,
  };
}
