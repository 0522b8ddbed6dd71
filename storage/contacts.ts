import { RefusalError, type ContactPatch, type MetInput, type NewContactInput } from '@/core/commands';
import { rebaseEdit } from '@/core/edit-rebase';
import { fromLocalDay } from '@/core/local-day';
import { LIMITS, MAX_CADENCE_DAYS } from '@/core/limits';
import type { ProfileIdentity, ProfileRef } from '@/core/profile';
import type { SiteId } from '@/core/sites';
import type { Contact, MetInfo } from '@/core/records';
import { cleanText, nameKey, normaliseEmails, normaliseTags } from '@/core/text';
import type { ReminderRules } from '@/core/reminders';
import { db, newId } from './db';
import { DUE_TABLES, refreshDue } from './due';
import { findOrCreateEvent } from './events';

function checkName(raw: string | undefined): string {
  const name = cleanText(raw, LIMITS.name);
  if (!name) throw new RefusalError({ code: 'invalid', field: 'name', rule: 'required' }, 'A contact needs a name.');
  return name;
}

/** Notes are typed text: kept as typed (lines and all), refused rather than cut beyond the limit. */
function checkNotes(notes: string): string {
  if (notes.length > LIMITS.notes) throw new RefusalError({ code: 'invalid', field: 'notes', rule: 'tooLong', max: LIMITS.notes });
  return notes;
}

function checkCadence(cadenceDays: number | null | undefined): number | null {
  if (cadenceDays == null) return null;
  if (!Number.isInteger(cadenceDays) || cadenceDays < 1 || cadenceDays > MAX_CADENCE_DAYS) {
    throw new RefusalError({ code: 'invalid', field: 'cadenceDays', rule: 'range' }, `Invalid cadence: ${cadenceDays}`);
  }
  return cadenceDays;
}

async function toMetInfo(met: MetInput | null | undefined, now: number): Promise<MetInfo | undefined> {
  if (!met) return undefined;
  const info: MetInfo = {
    place: cleanText(met.place, LIMITS.place),
    // Checked by the command's schema (a past day since 1900); blank or unreadable means none.
    date: met.date && fromLocalDay(met.date) !== undefined ? met.date : undefined,
    topic: cleanText(met.topic, LIMITS.topic),
  };
  const eventName = cleanText(met.eventName, LIMITS.eventName);
  if (eventName) {
    const event = await findOrCreateEvent({ name: eventName, date: info.date, place: info.place }, now);
    info.eventId = event.id;
    info.eventName = event.name;
  }
  const hasSomething = Object.values(info).some((v) => v !== undefined);
  return hasSomething ? info : undefined;
}

/** Creates a contact. A profile already attached to someone is refused: no duplicates. */
export async function createContact(input: NewContactInput, rules: ReminderRules, now: number): Promise<Contact> {
  const name = checkName(input.name);
  return db.transaction('rw', [...DUE_TABLES, 'events'], async () => {
    const owner = input.profile && (await findContactByProfileKey(input.profile.key));
    if (owner) throw new RefusalError({ code: 'profileTaken', owner: owner.name }, `${input.profile!.key} is already in Maille.`);
    const contact: Contact = {
      id: newId(),
      name,
      nameKey: nameKey(name),
      headline: cleanText(input.headline, LIMITS.line),
      company: cleanText(input.company, LIMITS.line),
      title: cleanText(input.title, LIMITS.line),
      location: cleanText(input.location, LIMITS.line),
      photoUrl: input.photoUrl,
      emails: normaliseEmails(input.emails ?? []),
      tags: normaliseTags(input.tags ?? []),
      notes: checkNotes(input.notes ?? ''),
      profiles: input.profile ? [input.profile] : [],
      profileKeys: input.profile ? [input.profile.key] : [],
      met: await toMetInfo(input.met, now),
      cadenceDays: checkCadence(input.cadenceDays),
      createdAt: now,
      updatedAt: now,
    };
    await db.contacts.add(contact);
    return (await refreshDue(contact.id, rules, now))!;
  });
}

export function getContact(id: string): Promise<Contact | undefined> {
  return db.contacts.get(id);
}

export function findContactByProfileKey(key: string): Promise<Contact | undefined> {
  return db.contacts.where('profileKeys').equals(key).first();
}

/**
 * People who may be the person a page shows (whose address no contact holds): the same name, or a
 * stored name that starts with the page name's first word and holds its last one ("Claire
 * Fontaine Lumen Robotics" or "Claire Marie Fontaine" for "Claire Fontaine"), accents and case
 * aside. Those without a profile on that site come first; those with one may be the same person
 * under another address of the site (a vanity and a member-id one, Viadeo's old and new ones).
 * Through the nameKey index (a prefix range), never a scan of all contacts.
 */
export function findLinkCandidates(name: string, site: SiteId): Promise<Contact[]> {
  const key = nameKey(name);
  const words = key.split(' ').filter(Boolean);
  const [first, last] = [words[0], words.at(-1)];
  if (!first || !last) return Promise.resolve([]);
  return db.contacts
    .where('nameKey')
    .startsWith(words.length > 1 ? `${first} ` : key)
    .or('nameKey')
    .equals(key)
    .filter((c) => {
      const stored = c.nameKey.split(' ');
      return c.nameKey === key || (words.length > 1 && stored[0] === first && stored.slice(1).includes(last));
    })
    .toArray()
    .then((found) => found.sort((a, b) => Number(onSite(a, site)) - Number(onSite(b, site))));
}

function onSite(contact: Contact, site: SiteId): boolean {
  return contact.profiles.some((p) => p.site === site);
}

async function mustGet(id: string): Promise<Contact> {
  const contact = await db.contacts.get(id);
  if (!contact) throw new RefusalError({ code: 'notFound' }, `No contact ${id}.`);
  return contact;
}

/** Attaches another site's profile to a contact (one person, several sites). */
export async function linkProfile(contactId: string, profile: ProfileRef, identity: Partial<ProfileIdentity>, now: number): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const owner = await findContactByProfileKey(profile.key);
    if (owner && owner.id !== contactId) throw new RefusalError({ code: 'profileTaken', owner: owner.name }, `${profile.key} belongs to ${owner.name}.`);
    const contact = await mustGet(contactId);
    if (owner) return contact;
    const updated: Contact = {
      ...contact,
      profiles: [...contact.profiles, profile],
      profileKeys: [...contact.profileKeys, profile.key],
      headline: contact.headline ?? cleanText(identity.headline, LIMITS.line),
      company: contact.company ?? cleanText(identity.company, LIMITS.line),
      title: contact.title ?? cleanText(identity.title, LIMITS.line),
      location: contact.location ?? cleanText(identity.location, LIMITS.line),
      photoUrl: contact.photoUrl ?? identity.photoUrl,
      updatedAt: now,
    };
    await db.contacts.put(updated);
    return updated;
  });
}

/**
 * Applies a page's edit. With `base` (each edited field as the page last saw it stored), the edit
 * is rebased onto what is stored now (`rebaseEdit`): merged when it can be, refused with a
 * conflict when it cannot — never written over a change the page did not see.
 */
export async function updateContact(
  id: string,
  patch: ContactPatch,
  rules: ReminderRules,
  now: number,
  base?: Readonly<Record<string, unknown>>,
): Promise<Contact> {
  return db.transaction('rw', [...DUE_TABLES, 'events'], async () => {
    const contact = await mustGet(id);
    let change = patch;
    if (base) {
      const merge = rebaseEdit(contact, base, patch);
      if (!merge.ok) throw new RefusalError({ code: 'conflict', fields: merge.fields, current: contact }, `Changed elsewhere: ${merge.fields.join(', ')}.`);
      change = merge.patch;
    }
    const updated: Contact = { ...contact, updatedAt: now };
    if (change.name !== undefined) {
      updated.name = checkName(change.name);
      updated.nameKey = nameKey(updated.name);
    }
    if (change.notes !== undefined) updated.notes = checkNotes(change.notes);
    if (change.tags !== undefined) updated.tags = normaliseTags(change.tags);
    if (change.cadenceDays !== undefined) updated.cadenceDays = checkCadence(change.cadenceDays);
    if (change.emails !== undefined) updated.emails = normaliseEmails(change.emails);
    if (change.met !== undefined) updated.met = await toMetInfo(change.met, now);
    if (change.language !== undefined) updated.language = change.language ?? undefined;
    if (change.register !== undefined) updated.register = change.register ?? undefined;
    await db.contacts.put(updated);
    return (await refreshDue(id, rules, now))!;
  });
}

/** Hides a contact from every list until `until`; a past date ends the snooze. */
export async function snoozeContact(id: string, until: number, rules: ReminderRules, now: number): Promise<Contact> {
  return db.transaction('rw', DUE_TABLES, async () => {
    const changed = await db.contacts.update(id, { snoozedUntil: until > now ? until : undefined, updatedAt: now });
    if (!changed) await mustGet(id);
    return (await refreshDue(id, rules, now))!;
  });
}

/** Keeps the photo current (profile photo URLs expire); says whether it changed. */
export async function refreshPhoto(id: string, photoUrl: string | undefined, now: number): Promise<boolean> {
  if (!photoUrl) return false;
  const changed = await db.contacts
    .where('id')
    .equals(id)
    .and((c) => c.photoUrl !== photoUrl)
    .modify({ photoUrl, updatedAt: now });
  return changed > 0;
}

/**
 * One profile seen under two keys (`key` on the page's address, `alsoKey` in its canonical
 * link): the contact holding either remembers the other, for the duplicates list. Returns the
 * ids of the contacts changed.
 */
export async function rememberProfileAlias(key: string, alsoKey: string, now: number): Promise<string[]> {
  return db.transaction('rw', 'contacts', async () => {
    const changed: string[] = [];
    for (const [held, seen] of [[key, alsoKey], [alsoKey, key]] as const) {
      const contact = await db.contacts.where('profileKeys').equals(held).first();
      if (!contact || contact.profileKeys.includes(seen) || contact.aliasKeys?.includes(seen)) continue;
      await db.contacts.update(contact.id, { aliasKeys: [...(contact.aliasKeys ?? []), seen].slice(-LIMITS.tags), updatedAt: now });
      changed.push(contact.id);
    }
    return changed;
  });
}

/**
 * Contacts as the user types a name, a company or a tag (the "Introduce to…" search): name and tag
 * prefixes through their indexes; a company, or a later word of a name, by a bounded pass that
 * stops at `limit` (the dashboard's search index will replace it).
 */
export async function findContacts(query: string, limit = 8): Promise<Contact[]> {
  const q = nameKey(query);
  if (!q) return [];
  const found = new Map<string, Contact>();
  const add = (contacts: Contact[]) => contacts.forEach((c) => found.size < limit && found.set(c.id, c));
  add(await db.contacts.where('nameKey').startsWith(q).limit(limit).toArray());
  add(await db.contacts.where('tags').startsWithIgnoreCase(query.trim()).limit(limit).toArray());
  if (found.size < limit) {
    const words = (text: string | undefined) => nameKey(text ?? '').split(' ');
    add(await db.contacts.filter((c) => !found.has(c.id) && [...words(c.name), ...words(c.company)].some((w) => w.startsWith(q))).limit(limit).toArray());
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * One change to many contacts in one transaction: a tag added or removed, or a cadence set (their
 * due dates follow). Answers how many contacts changed.
 */
export async function bulkEditContacts(ids: readonly string[], change: { addTag?: string; removeTag?: string; cadenceDays?: number | null }, rules: ReminderRules, now: number): Promise<number> {
  return db.transaction('rw', DUE_TABLES, async () => {
    let changed = 0;
    for (const contact of await db.contacts.bulkGet([...ids])) {
      if (!contact) continue;
      let tags = contact.tags;
      if (change.addTag) tags = normaliseTags([...tags, change.addTag]);
      if (change.removeTag) tags = tags.filter((tag) => tag.toLowerCase() !== change.removeTag!.toLowerCase());
      const cadenceDays = change.cadenceDays !== undefined ? checkCadence(change.cadenceDays) : contact.cadenceDays;
      if (JSON.stringify(tags) === JSON.stringify(contact.tags) && cadenceDays === contact.cadenceDays) continue;
      await db.contacts.put({ ...contact, tags, cadenceDays, updatedAt: now });
      if (cadenceDays !== contact.cadenceDays) await refreshDue(contact.id, rules, now);
      changed++;
    }
    return changed;
  });
}

/** Detaches one site's profile from a contact (a wrong link); the person stays. */
export async function unlinkProfile(contactId: string, key: string, now: number): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const contact = await mustGet(contactId);
    const profiles = contact.profiles.filter((p) => p.key !== key);
    const updated: Contact = { ...contact, profiles, profileKeys: profiles.map((p) => p.key), updatedAt: now };
    await db.contacts.put(updated);
    return updated;
  });
}
