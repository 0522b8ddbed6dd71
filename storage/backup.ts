import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '@/core/backup';
import { db } from './db';

const TABLES = ['contacts', 'interactions', 'events', 'introductions', 'observations', 'news'] as const;

/** Every record, as a backup (the settings are added by the page, which reads them). */
export async function exportRecords(now: number): Promise<Backup> {
  return db.transaction('r', TABLES, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    contacts: await db.contacts.toArray(),
    interactions: await db.interactions.toArray(),
    events: await db.events.toArray(),
    introductions: await db.introductions.toArray(),
    observations: await db.observations.toArray(),
    news: await db.news.toArray(),
  }));
}

/** Replaces everything with a checked backup's records, in one transaction: all of it, or nothing. */
export async function restoreRecords(backup: Backup): Promise<void> {
  await db.transaction('rw', TABLES, async () => {
    for (const table of TABLES) await db.table(table).clear();
    await db.contacts.bulkAdd(backup.contacts);
    await db.interactions.bulkAdd(backup.interactions);
    await db.events.bulkAdd(backup.events);
    await db.introductions.bulkAdd(backup.introductions);
    await db.observations.bulkAdd(backup.observations);
    await db.news.bulkAdd(backup.news);
  });
}

/** Deletes every record, in one transaction. */
export async function deleteAllRecords(): Promise<void> {
  await db.transaction('rw', TABLES, async () => {
    for (const table of TABLES) await db.table(table).clear();
  });
}

/** How many records there are of each kind (said before deleting everything). */
export async function recordCounts(): Promise<Record<'contacts' | 'interactions' | 'events' | 'introductions' | 'news', number>> {
  const [contacts, interactions, events, introductions, news] = await Promise.all([db.contacts.count(), db.interactions.count(), db.events.count(), db.introductions.count(), db.news.count()]);
  return { contacts, interactions, events, introductions, news };
}
