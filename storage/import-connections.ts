import type { ConnectionRow, ImportResult } from '@/core/linkedin-connections';
import type { Contact } from '@/core/records';
import { normaliseEmails } from '@/core/text';
import { SITE_DETECTORS } from '@/sites/registry';
import { db } from './db';
import { ImportBatch, importedContact, knownValues } from './import-match';

/**
 * Whether a contact of the row's name, found by no key or email, is the row's person: anyone of
 * that name when the file has no URL column (an export before 2021, imported after a newer one:
 * the same connections, whose addresses it never held); else someone not yet on LinkedIn — brought
 * in by an older export without addresses, or met elsewhere, as the sidebar's link offer would
 * join them. Someone on LinkedIn under another address is a namesake.
 */
function sameConnection(row: ConnectionRow, contact: Contact): boolean {
  return row.noUrlColumn === true || !contact.profiles.some((p) => p.site === 'linkedin');
}

/**
 * Imports rows of LinkedIn's `Connections.csv`, one batch in one transaction (`generation`: see
 * KnownValues). A row finds its
 * contact by the canonical LinkedIn key of its URL (the key the sidebar uses, so visiting the
 * profile later finds them), else by email, else (with neither) by name; found, it is updated (company, position, emails,
 * connection date) — importing the same or a newer export again adds nobody. New contacts get no
 * cadence: thirty thousand connections are not thirty thousand reminders.
 */
export async function importConnections(rows: readonly ConnectionRow[], now: number, generation?: () => number): Promise<ImportResult> {
  return db.transaction('rw', 'contacts', async () => {
    const result: ImportResult = { added: 0, updated: 0, skipped: [] };
    const people = rows.map((row) => {
      const ref = row.url ? SITE_DETECTORS.linkedin(row.url) : null;
      return { row, ref, profileKeys: ref ? [ref.key] : [], emails: normaliseEmails(row.email ? [row.email] : []), name: row.name, byNameToo: !!ref || row.noUrlColumn === true };
    });
    const batch = await ImportBatch.load(people, generation && (await knownValues(generation())));
    for (const person of people) {
      const { row, ref, emails } = person;
      if (row.url && !ref) {
        result.skipped.push({ line: row.line, reason: 'notLinkedInUrl' });
        continue;
      }
      const existing = batch.find(person, (c) => sameConnection(row, c));
      if (existing) {
        const updated: Contact = {
          ...existing,
          company: row.company ?? existing.company,
          title: row.position ?? existing.title,
          emails: normaliseEmails([...existing.emails, ...emails]),
          connectedOn: row.connectedOn ?? existing.connectedOn,
          profiles: ref && !existing.profileKeys.includes(ref.key) && !existing.profiles.some((p) => p.site === 'linkedin') ? [...existing.profiles, ref] : existing.profiles,
          updatedAt: now,
        };
        updated.profileKeys = updated.profiles.map((p) => p.key);
        if (batch.write(updated)) result.updated++;
        continue;
      }
      batch.write(importedContact({ name: row.name, company: row.company, title: row.position, emails, notes: '', profiles: ref ? [ref] : [], connectedOn: row.connectedOn }, now));
      result.added++;
    }
    await db.contacts.bulkPut([...batch.writes.values()]);
    return result;
  });
}
