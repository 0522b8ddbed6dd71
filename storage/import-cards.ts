import type { ImportResult } from '@/core/linkedin-connections';
import type { ProfileRef } from '@/core/profile';
import type { Contact } from '@/core/records';
import { LIMITS } from '@/core/limits';
import { capText, normaliseEmails } from '@/core/text';
import type { CardRow } from '@/core/vcard';
import { detectProfile } from '@/sites/registry';
import { db } from './db';
import { knownValues, ImportBatch, importedContact } from './import-match';

/** The cards' LinkedIn, Viadeo and XING URLs as profiles, one per site (the first). */
function profilesOf(urls: readonly string[]): ProfileRef[] {
  const profiles: ProfileRef[] = [];
  for (const url of urls) {
    const ref = detectProfile(url);
    if (ref && !profiles.some((p) => p.site === ref.site)) profiles.push(ref);
  }
  return profiles;
}

/**
 * Imports vCards, one batch in one transaction. A card finds its contact by a profile key, else an
 * email, else (with neither) the same name; found, it adds what it knows (emails, profiles on sites
 * the contact has none on, a note not already in the notes) and never removes anything, so
 * importing the same file again changes nothing. New contacts get no cadence.
 */
export async function importCards(cards: readonly CardRow[], now: number, generation?: () => number): Promise<ImportResult> {
  return db.transaction('rw', 'contacts', async () => {
    const result: ImportResult = { added: 0, updated: 0, skipped: [] };
    const people = cards.map((card) => {
      const profiles = profilesOf(card.urls);
      return { card, profiles, profileKeys: profiles.map((p) => p.key), emails: normaliseEmails(card.emails).slice(0, LIMITS.emails), name: card.name };
    });
    const batch = await ImportBatch.load(people, generation && (await knownValues(generation())));
    for (const person of people) {
      const { card, profiles, emails } = person;
      const existing = batch.find(person, () => true);
      if (existing) {
        const added = profiles.filter((p) => !existing.profiles.some((q) => q.site === p.site));
        const note = card.note && !existing.notes.includes(card.note) ? card.note : undefined;
        const updated: Contact = {
          ...existing,
          company: card.company ?? existing.company,
          title: card.title ?? existing.title,
          emails: normaliseEmails([...existing.emails, ...emails]).slice(0, LIMITS.emails),
          notes: note ? capText(existing.notes ? `${existing.notes}\n\n${note}` : note, LIMITS.notes) : existing.notes,
          profiles: [...existing.profiles, ...added],
          updatedAt: now,
        };
        updated.profileKeys = updated.profiles.map((p) => p.key);
        if (batch.write(updated)) result.updated++;
        continue;
      }
      batch.write(importedContact({ name: card.name, company: card.company, title: card.title, emails, notes: card.note ?? '', profiles }, now));
      result.added++;
    }
    await db.contacts.bulkPut([...batch.writes.values()]);
    return result;
  });
}
