import Dexie, { type EntityTable } from 'dexie';
import type { Contact, EventRecord, Interaction, Introduction, NewsItem, Observation } from '@/core/records';
import { nameKey } from '@/core/text';
import { OUTBOX, outboxMiddleware, type OutboxEntry } from './sync-outbox';

/**
 * Maille's database, in the extension origin's IndexedDB. Only the background writes to it;
 * top-level extension pages (popup, dashboard) may read it; the content script and the sidebar
 * frame never import it (docs/ARCHITECTURE.md, the lint keeps it). Every schema change is a new
 * `version(n)` with its upgrade and a new frozen `tests/fixtures/db/v<n>.json`: the migration
 * harness (`tests/unit/db-migrations.test.ts`) upgrades every frozen version to the latest.
 */
export class MailleDb extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  events!: EntityTable<EventRecord, 'id'>;
  introductions!: EntityTable<Introduction, 'id'>;
  observations!: EntityTable<Observation, 'id'>;
  news!: EntityTable<NewsItem, 'id'>;
  syncOutbox!: EntityTable<OutboxEntry, 'id'>;
  syncKey!: EntityTable<{ id: 'current'; key: CryptoKey }, 'id'>;

  constructor(name = 'maille') {
    super(name);
    this.version(1).stores({
      contacts: 'id, *profileKeys, nextDueAt, lastContactAt, *tags, name, nameKey, updatedAt',
      interactions: 'id, [contactId+at], at',
      events: 'id, date, series, name',
      introductions: 'id, aId, bId, at, status',
      observations: 'id, [contactId+at], profileKey',
    });
    // v2 (the habits): who was met at an event, one event whatever its case, lunch ideas.
    this.version(2)
      .stores({
        contacts: 'id, *profileKeys, nextDueAt, lastContactAt, *tags, name, nameKey, updatedAt, met.eventId, lunchKey, *emails',
        events: 'id, date, series, name, nameKey',
        news: 'id, createdAt',
      })
      .upgrade(async (tx) => {
        await tx.table('events').toCollection().modify((event: EventRecord) => {
          event.nameKey = nameKey(event.name);
        });
        await tx.table('contacts').toCollection().modify((contact: Contact) => {
          if (contact.cadenceDays != null) contact.lunchKey = contact.lastInPersonAt ?? 0;
        });
      });
    // v3: contacts lose three indexes nothing queries (name — exports sort with the locale's
    // collation —, lastContactAt, updatedAt). Each index entry costs every write: a 30,000-row
    // import or restore writes ~1 s less. Records are unchanged.
    this.version(3).stores({
      contacts: 'id, *profileKeys, nextDueAt, *tags, nameKey, met.eventId, lunchKey, *emails',
    });
    // v4 (sync, issue 22): the outbox of records written since sync last sealed them (kept by
    // `outboxMiddleware` in the write's own transaction), and the sync key — a CryptoKey that
    // cannot be read out, which only IndexedDB can keep across the worker's restarts.
    this.version(4).stores({ [OUTBOX]: 'id', syncKey: 'id' });
    this.use(outboxMiddleware);
  }
}

export const db = new MailleDb();

export function newId(): string {
  return crypto.randomUUID();
}
