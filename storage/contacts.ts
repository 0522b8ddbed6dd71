import type { ProfileIdentity } from '@/core/profile';
import type { Contact, LinkedProfile, MetInfo } from '@/core/records';
import { cleanText, nameKey } from '@/core/text';
import type { ReminderRules } from '@/core/reminders';
import { db, newId } from './db';
import { DUE_TABLES, refreshDue } from './due';
import { findOrCreateEvent } from './events';

export const MAX_NOTES_LENGTH = 20_000;
const MAX_TAGS = 30;
const MAX_TAG_LENGTH = 40;

/** Where we met, as the user types it: the event is named, and becomes an event record. */
export interface MetInput {
  eventName?: string;
  place?: string;
  date?: string;
  topic?: string;
}

export interface NewContactInput extends Partial<Omit<ProfileIdentity, 'name'>> {
  name: string;
  profile?: LinkedProfile;
  met?: MetInput;
  cadenceDays?: number | null;
  notes?: string;
  tags?: string[];
  emails?: string[];
}

export interface ContactPatch {
  name?: string;
  notes?: string;
  tags?: string[];
  cadenceDays?: number | null;
  met?: MetInput | null;
  emails?: string[];
}

function normaliseEmails(emails: readonly string[]): string[] {
  return [...new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => /^[^\s@]+@[^\s@]+$/.test(e)))];
}

/** Tags trimmed, without duplicates (ignoring case), capped in count and length. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = cleanText(raw, MAX_TAG_LENGTH);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    result.push(tag);
  }
  return result.slice(0, MAX_TAGS);
}

function checkCadence(cadenceDays: number | null | undefined): number | null {
  if (cadenceDays == null) return null;
  if (!Number.isInteger(cadenceDays) || cadenceDays < 1 || cadenceDays > 3650) throw new Error(`Invalid cadence: ${cadenceDays}`);
  return cadenceDays;
}

async function toMetInfo(met: MetInput | null | undefined, now: number): Promise<MetInfo | undefined> {
  if (!met) return undefined;
  const info: MetInfo = {
    place: cleanText(met.place),
    date: met.date && /^\d{4}-\d{2}-\d{2}$/.test(met.date) ? met.date : undefined,
    topic: cleanText(met.topic, 500),
  };
  const eventName = cleanText(met.eventName);
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
  const name = cleanText(input.name);
  if (!name) throw new Error('A contact needs a name.');
  return db.transaction('rw', [...DUE_TABLES, 'events'], async () => {
    if (input.profile && (await findContactByProfileKey(input.profile.key))) {
      throw new Error(`${input.profile.key} is already in Maille.`);
    }
    const contact: Contact = {
      id: newId(),
      name,
      nameKey: nameKey(name),
      headline: cleanText(input.headline),
      company: cleanText(input.company),
      title: cleanText(input.title),
      location: cleanText(input.location),
      photoUrl: input.photoUrl,
      emails: normaliseEmails(input.emails ?? []),
      tags: normaliseTags(input.tags ?? []),
      notes: (input.notes ?? '').slice(0, MAX_NOTES_LENGTH),
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

/** People with the same name (accents and case aside) who have no profile on that site yet. */
export function findLinkCandidates(name: string, site: LinkedProfile['site']): Promise<Contact[]> {
  return db.contacts
    .where('nameKey')
    .equals(nameKey(name))
    .filter((c) => !c.profiles.some((p) => p.site === site))
    .toArray();
}

async function mustGet(id: string): Promise<Contact> {
  const contact = await db.contacts.get(id);
  if (!contact) throw new Error(`No contact ${id}.`);
  return contact;
}

/** Attaches another site's profile to a contact (one person, several sites). */
export async function linkProfile(contactId: string, profile: LinkedProfile, identity: Partial<ProfileIdentity>, now: number): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const owner = await findContactByProfileKey(profile.key);
    if (owner && owner.id !== contactId) throw new Error(`${profile.key} belongs to ${owner.name}.`);
    const contact = await mustGet(contactId);
    if (owner) return contact;
    const updated: Contact = {
      ...contact,
      profiles: [...contact.profiles, profile],
      profileKeys: [...contact.profileKeys, profile.key],
      headline: contact.headline ?? cleanText(identity.headline),
      company: contact.company ?? cleanText(identity.company),
      title: contact.title ?? cleanText(identity.title),
      location: contact.location ?? cleanText(identity.location),
      photoUrl: contact.photoUrl ?? identity.photoUrl,
      updatedAt: now,
    };
    await db.contacts.put(updated);
    return updated;
  });
}

export async function updateContact(id: string, patch: ContactPatch, rules: ReminderRules, now: number): Promise<Contact> {
  return db.transaction('rw', [...DUE_TABLES, 'events'], async () => {
    const contact = await mustGet(id);
    const updated: Contact = { ...contact, updatedAt: now };
    if (patch.name !== undefined) {
      const name = cleanText(patch.name);
      if (!name) throw new Error('A contact needs a name.');
      updated.name = name;
      updated.nameKey = nameKey(name);
    }
    if (patch.notes !== undefined) updated.notes = patch.notes.slice(0, MAX_NOTES_LENGTH);
    if (patch.tags !== undefined) updated.tags = normaliseTags(patch.tags);
    if (patch.cadenceDays !== undefined) updated.cadenceDays = checkCadence(patch.cadenceDays);
    if (patch.emails !== undefined) updated.emails = normaliseEmails(patch.emails);
    if (patch.met !== undefined) updated.met = await toMetInfo(patch.met, now);
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
