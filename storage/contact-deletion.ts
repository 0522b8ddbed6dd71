import { RefusalError } from '@/core/commands';
import { fuseContacts } from '@/core/contact-fusion';
import { LIMITS } from '@/core/limits';
import type { Contact, Interaction, Introduction, Observation } from '@/core/records';
import type { ReminderRules } from '@/core/reminders';
import { findContactByProfileKey } from './contacts';
import { db } from './db';
import { DUE_TABLES, refreshDue } from './due';
import { introductionsOf } from './introductions';

/** Everything a deletion removed, so that it can be undone. */
export interface DeletedContact {
  contact: Contact;
  interactions: Interaction[];
  observations: Observation[];
  introductions: Introduction[];
}

/** Deletes a contact with its interactions, observations and introductions; returns them for an undo. */
export async function deleteContact(id: string): Promise<DeletedContact> {
  return db.transaction('rw', [...DUE_TABLES, 'introductions'], async () => {
    const contact = await db.contacts.get(id);
    if (!contact) throw new RefusalError({ code: 'notFound' }, `No contact ${id}.`);
    const range = [[id, -Infinity], [id, Infinity]] as const;
    const interactions = await db.interactions.where('[contactId+at]').between(...range).toArray();
    const observations = await db.observations.where('[contactId+at]').between(...range).toArray();
    const introductions = await introductionsOf(id);
    await db.interactions.bulkDelete(interactions.map((i) => i.id));
    await db.observations.bulkDelete(observations.map((o) => o.id));
    await db.introductions.bulkDelete(introductions.map((i) => i.id));
    await db.contacts.delete(id);
    return { contact, interactions, observations, introductions };
  });
}

/** Undoes a deletion: puts everything back as it was, due date recomputed for today. */
export async function restoreContact(deleted: DeletedContact, rules: ReminderRules, now: number): Promise<Contact> {
  return db.transaction('rw', [...DUE_TABLES, 'introductions'], async () => {
    for (const key of deleted.contact.profileKeys) {
      const owner = await findContactByProfileKey(key);
      if (owner && owner.id !== deleted.contact.id) throw new RefusalError({ code: 'profileTaken', owner: owner.name }, `${key} belongs to ${owner.name} now.`);
    }
    await db.contacts.put(deleted.contact);
    await db.interactions.bulkPut(deleted.interactions);
    await db.observations.bulkPut(deleted.observations);
    await db.introductions.bulkPut(deleted.introductions);
    return (await refreshDue(deleted.contact.id, rules, now))!;
  });
}

/** What a merge changed, to undo it: both records as they were, and what was moved. */
export interface MergedContacts {
  keep: Contact;
  other: Contact;
  movedInteractions: string[];
  movedObservations: string[];
  introductions: Introduction[];
}

/**
 * Makes `otherId` part of `keepId` in one transaction: the records fused (`fuseContacts`), the
 * other's interactions and observations moved, introductions pointed at the kept one (one
 * between the two of them dropped), the other record deleted. Answers what the undo needs.
 */
export async function mergeContacts(keepId: string, otherId: string, rules: ReminderRules, now: number): Promise<{ merged: Contact; undo: MergedContacts }> {
  if (keepId === otherId) throw new RefusalError({ code: 'invalid', field: 'otherId', rule: 'type' }, 'A contact cannot be merged with itself.');
  return db.transaction('rw', [...DUE_TABLES, 'introductions'], async () => {
    const [keep, other] = await db.contacts.bulkGet([keepId, otherId]);
    if (!keep || !other) throw new RefusalError({ code: 'notFound' });
    const fused = fuseContacts(keep, other, now);
    // Both notes are kept: together they must fit the notes' limit, or a backup holding them
    // could not be restored. The user shortens one first.
    if (fused.notes.length > LIMITS.notes) throw new RefusalError({ code: 'invalid', field: 'notes', rule: 'tooLong', max: LIMITS.notes });
    const range = [[otherId, -Infinity], [otherId, Infinity]] as const;
    const movedInteractions = (await db.interactions.where('[contactId+at]').between(...range).primaryKeys()) as string[];
    const movedObservations = (await db.observations.where('[contactId+at]').between(...range).primaryKeys()) as string[];
    const introductions = await introductionsOf(otherId);
    await db.interactions.where('id').anyOf(movedInteractions).modify({ contactId: keepId });
    await db.observations.where('id').anyOf(movedObservations).modify({ contactId: keepId });
    for (const intro of introductions) {
      const moved = { ...intro, aId: intro.aId === otherId ? keepId : intro.aId, bId: intro.bId === otherId ? keepId : intro.bId };
      if (moved.aId === moved.bId) await db.introductions.delete(intro.id);
      else await db.introductions.put(moved);
    }
    await db.contacts.delete(otherId);
    await db.contacts.put(fused);
    const merged = (await refreshDue(keepId, rules, now))!;
    return { merged, undo: { keep, other, movedInteractions, movedObservations, introductions } };
  });
}

/** Undoes a merge: both records back as they were, everything moved moved back. */
export async function unmergeContacts(undo: MergedContacts, rules: ReminderRules, now: number): Promise<void> {
  await db.transaction('rw', [...DUE_TABLES, 'introductions'], async () => {
    await db.contacts.put(undo.keep);
    await db.contacts.put(undo.other);
    await db.interactions.where('id').anyOf(undo.movedInteractions).modify({ contactId: undo.other.id });
    await db.observations.where('id').anyOf(undo.movedObservations).modify({ contactId: undo.other.id });
    await db.introductions.bulkPut(undo.introductions);
    await refreshDue(undo.keep.id, rules, now);
    await refreshDue(undo.other.id, rules, now);
  });
}
