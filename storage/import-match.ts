import type { Contact } from '@/core/records';
import { nameKey } from '@/core/text';
import type { ProfileRef } from '@/core/profile';
import { db, newId } from './db';

/** Who an imported person may already be: their profile keys, emails and name. */
export interface ImportedPerson {
  profileKeys: readonly string[];
  emails: readonly string[];
  name: string;
  /**
   * Looked up by name too when no key or email finds them (a newer export's row, whose person an
   * older export without addresses brought in); without it, only a person with neither is.
   */
  byNameToo?: boolean;
}

/**
 * Every profile key, email and name the contacts hold, read from the three indexes' keys, so that
 * a batch looks up only the values somebody has: an import into a network that does not know
 * its people yet asks nothing per row (30,000 rows: lookups 2.0 s → 0.1 s). A superset is
 * harmless (a lookup finds nobody); a value missing would make a duplicate, so the sets are kept
 * only while nothing else writes between batches — `generation` (the background's count of the
 * other commands begun, read inside the batch's transaction) says so — and grow with each batch's
 * own writes.
 */
export class KnownValues {
  private constructor(
    readonly generation: number,
    readonly keys: Set<string>,
    readonly emails: Set<string>,
    readonly names: Set<string>,
  ) {}

  static async read(generation: number): Promise<KnownValues> {
    const [keys, emails, names] = await Promise.all([
      db.contacts.orderBy('profileKeys').uniqueKeys(),
      db.contacts.orderBy('emails').uniqueKeys(),
      db.contacts.orderBy('nameKey').uniqueKeys(),
    ]);
    return new KnownValues(generation, new Set(keys as string[]), new Set(emails as string[]), new Set(names as string[]));
  }

  add(contact: Contact): void {
    for (const key of contact.profileKeys) this.keys.add(key);
    for (const email of contact.emails) this.emails.add(email);
    this.names.add(contact.nameKey);
  }
}

let kept: KnownValues | undefined;

/** The known values for a batch: those kept from the import's previous batch, when still true. */
export async function knownValues(generation: number): Promise<KnownValues> {
  if (kept?.generation !== generation) kept = await KnownValues.read(generation);
  return kept;
}

/**
 * The contacts one import batch may touch, read in three indexed queries (profile keys, emails,
 * names) rather than three per row, then kept in step with the batch's own writes (a file may
 * hold someone twice). Used inside the batch's transaction. With `known`, only values somebody
 * holds are looked up.
 */
export class ImportBatch {
  /** What the batch will write, each contact once, in its latest version. */
  readonly writes = new Map<string, Contact>();
  private readonly found = new Map<string, Contact>();
  private readonly byKey = new Map<string, string>();
  private readonly byEmail = new Map<string, string>();
  private readonly byName = new Map<string, string[]>();

  private known?: KnownValues;

  static async load(people: readonly ImportedPerson[], known?: KnownValues): Promise<ImportBatch> {
    const batch = new ImportBatch();
    batch.known = known;
    const keys = [...new Set(people.flatMap((p) => p.profileKeys))].filter((key) => !known || known.keys.has(key));
    const emails = [...new Set(people.flatMap((p) => p.emails))].filter((email) => !known || known.emails.has(email));
    // By name: those with no key and no email, and those who may have been imported without one
    // (unless their key is known already: then it finds them).
    const byName = (p: ImportedPerson) => (!p.profileKeys.length && !p.emails.length) || (p.byNameToo && !p.profileKeys.some((key) => known?.keys.has(key)));
    const names = [...new Set(people.filter(byName).map((p) => nameKey(p.name)))].filter((name) => !known || known.names.has(name));
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
    this.found.set(contact.id, contact);
    for (const key of contact.profileKeys) if (!this.byKey.has(key)) this.byKey.set(key, contact.id);
    for (const email of contact.emails) if (!this.byEmail.has(email)) this.byEmail.set(email, contact.id);
    const ids = this.byName.get(contact.nameKey) ?? [];
    if (!ids.includes(contact.id)) this.byName.set(contact.nameKey, [...ids, contact.id]);
  }

  /**
   * The contact an imported person already is: by a profile key, else an email, else — with
   * neither, or `byNameToo` — the same name among contacts `byNameOnly` accepts.
   */
  find(person: ImportedPerson, byNameOnly: (contact: Contact) => boolean): Contact | undefined {
    const id = person.profileKeys.map((k) => this.byKey.get(k)).find(Boolean) ?? person.emails.map((e) => this.byEmail.get(e)).find(Boolean);
    if (id) return this.found.get(id);
    if ((person.profileKeys.length || person.emails.length) && !person.byNameToo) return undefined;
    return (this.byName.get(nameKey(person.name)) ?? []).map((i) => this.found.get(i)!).find(byNameOnly);
  }

  /**
   * Records a contact to write (new, or a new version of one found); true when the batch had not
   * written it yet — so a second row of someone the batch added or updated counts for nothing.
   */
  write(contact: Contact): boolean {
    const first = !this.writes.has(contact.id);
    this.writes.set(contact.id, contact);
    this.remember(contact);
    this.known?.add(contact);
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
