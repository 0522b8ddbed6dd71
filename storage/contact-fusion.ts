import { RefusalError } from '@/core/commands';
import { fuseContacts } from '@/core/contact-fusion';
import { LIMITS } from '@/core/limits';
import type { Contact, Introduction } from '@/core/records';
import type { ReminderRules } from '@/core/reminders';
import { db } from './db';
import { DUE_TABLES, refreshDue } from './due';
import { introductionsOf } from './introductions';

/** What a fusion (the user's "Merge") changed, to undo it: both records as they were, and what was moved. */
export interface FusedContacts {
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
export async function fuseRecords(keepId: string, otherId: string, rules: ReminderRules, now: number): Promise<{ merged: Contact; undo: FusedContacts }> {
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

/** Undoes a fusion: both records back as they were, everything moved moved back. */
export async function unfuseRecords(undo: FusedContacts, rules: ReminderRules, now: number): Promise<void> {
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
