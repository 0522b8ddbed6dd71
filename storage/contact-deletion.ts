import { RefusalError } from '@/core/commands';
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
