import * as v from 'valibot';
import { LIMITS } from './limits';
import { INTERACTION_KINDS, INTRODUCTION_STATUSES, LANGUAGES, REGISTERS, type Contact, type EventRecord, type Interaction, type Introduction, type NewsItem, type Observation } from './records';
import { SITE_IDS } from './sites';

/**
 * Maille's full backup: every record and the settings, in one JSON file. Versioned: a file from
 * a newer Maille is refused (with what to do), an older one is read by its own migration here.
 * Checked field by field before anything is written; a problem names where it is.
 */
export const BACKUP_FORMAT = 'maille-backup';
export const BACKUP_VERSION = 1;

const str = v.string();
/** Text within Maille's own limit for the field (core/limits.ts): a file cannot store more than typing can. */
const upTo = (max: number) => v.pipe(str, v.maxLength(max));
const optUpTo = (max: number) => v.optional(upTo(max));
const num = v.pipe(v.number(), v.finite());
const optNum = v.optional(num);
const id = v.pipe(str, v.nonEmpty(), v.maxLength(LIMITS.id));
const day = upTo(10);
/** A folded name (`nameKey`): folding may lengthen a name a little, never double it. */
const folded = upTo(LIMITS.name * 2);
const base = { id, createdAt: num, updatedAt: num };
const profileRef = v.object({ site: v.picklist(SITE_IDS), key: upTo(LIMITS.profileKey), url: upTo(LIMITS.url) });
const met = v.object({
  eventId: optUpTo(LIMITS.id), eventName: optUpTo(LIMITS.eventName), place: optUpTo(LIMITS.place), date: v.optional(day),
  topic: optUpTo(LIMITS.topic), throughContactId: optUpTo(LIMITS.id),
});

const contact = v.object({
  ...base,
  name: v.pipe(str, v.nonEmpty(), v.maxLength(LIMITS.name)),
  nameKey: folded,
  headline: optUpTo(LIMITS.line), company: optUpTo(LIMITS.line), title: optUpTo(LIMITS.line), location: optUpTo(LIMITS.line), photoUrl: optUpTo(LIMITS.url),
  emails: v.pipe(v.array(upTo(LIMITS.email)), v.maxLength(LIMITS.emails)), tags: v.pipe(v.array(upTo(LIMITS.tag)), v.maxLength(LIMITS.tags)),
  language: v.optional(v.picklist(LANGUAGES)), register: v.optional(v.picklist(REGISTERS)),
  notes: upTo(LIMITS.notes),
  profiles: v.array(profileRef), profileKeys: v.array(upTo(LIMITS.profileKey)), aliasKeys: v.optional(v.array(upTo(LIMITS.profileKey))),
  met: v.optional(met),
  cadenceDays: v.nullable(num),
  connectedOn: optUpTo(LIMITS.line),
  snoozedUntil: optNum, lastContactAt: optNum, lastInPersonAt: optNum, lunchKey: optNum, nextDueAt: optNum,
  dueReason: v.optional(v.picklist(['follow-up', 'reconnect', 'losing-touch', 'occasion', 'new-year'])),
  dueJob: v.optional(v.object({ company: optUpTo(LIMITS.line), title: optUpTo(LIMITS.line) })),
});
const interaction = v.object({ ...base, contactId: id, kind: v.picklist(INTERACTION_KINDS), at: num, summary: upTo(LIMITS.summary), nextStep: optUpTo(LIMITS.summary) });
const event = v.object({ ...base, name: v.pipe(str, v.nonEmpty(), v.maxLength(LIMITS.eventName)), nameKey: folded, series: optUpTo(LIMITS.eventName), date: v.optional(day), place: optUpTo(LIMITS.place), notes: optUpTo(LIMITS.notes) });
const answer = v.optional(v.picklist(['yes', 'no']));
const introduction = v.object({
  ...base, aId: id, bId: id, at: num, status: v.picklist(INTRODUCTION_STATUSES), note: optUpTo(LIMITS.summary), outcome: optUpTo(LIMITS.summary),
  askedAAt: optNum, askedBAt: optNum, aAnswer: answer, bAnswer: answer, introducedAt: optNum,
});
const observation = v.object({ ...base, contactId: id, profileKey: upTo(LIMITS.profileKey), at: num, headline: optUpTo(LIMITS.line), company: optUpTo(LIMITS.line), title: optUpTo(LIMITS.line), location: optUpTo(LIMITS.line) });
const news = v.object({
  ...base,
  text: upTo(LIMITS.summary),
  recipients: v.array(v.object({ contactId: id, state: v.picklist(['pending', 'sent', 'skipped']), reason: v.optional(v.picklist(['paceGuard', 'byHand'])), at: optNum })),
});

const backupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: str,
  contacts: v.array(contact),
  interactions: v.array(interaction),
  events: v.array(event),
  introductions: v.array(introduction),
  observations: v.array(observation),
  news: v.array(news),
  /** The settings as stored (checked by their own storage item's migrations when restored). */
  settings: v.optional(v.record(v.string(), v.unknown())),
});

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  contacts: Contact[];
  interactions: Interaction[];
  events: EventRecord[];
  introductions: Introduction[];
  observations: Observation[];
  news: NewsItem[];
  settings?: Record<string, unknown>;
}

/** Why a file is not a backup Maille can restore, and where. */
export type BackupProblem =
  | { kind: 'notJson' }
  | { kind: 'notBackup' }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; where: string }
  | { kind: 'dangling'; where: string }
  | { kind: 'tooLarge'; maxBytes: number };

/** Reads a backup file's text: the backup, or what is wrong with it and where. Nothing is written. */
export function readBackup(text: string): { ok: true; backup: Backup } | { ok: false; problem: BackupProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'notJson' } };
  }
  return checkBackup(data);
}

/** Checks parsed data as a backup (the background checks again what a page sends). */
export function checkBackup(data: unknown): { ok: true; backup: Backup } | { ok: false; problem: BackupProblem } {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problem: { kind: 'notBackup' } };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) return { ok: false, problem: { kind: 'newer', version } };
  const result = v.safeParse(backupSchema, data);
  if (!result.success) return { ok: false, problem: { kind: 'invalid', where: v.getDotPath(result.issues[0]) ?? '' } };
  const backup = result.output as Backup;
  // Every record that points at a contact or an event points at one in the file.
  const contacts = new Set(backup.contacts.map((c) => c.id));
  const events = new Set(backup.events.map((e) => e.id));
  const firstBad = <T>(table: string, records: readonly T[], bad: (record: T) => boolean, field: string) => {
    const index = records.findIndex(bad);
    return index < 0 ? undefined : `${table}.${index}.${field}`;
  };
  const dangling =
    firstBad('interactions', backup.interactions, (i) => !contacts.has(i.contactId), 'contactId') ??
    firstBad('observations', backup.observations, (o) => !contacts.has(o.contactId), 'contactId') ??
    firstBad('introductions', backup.introductions, (i) => !contacts.has(i.aId) || !contacts.has(i.bId), 'aId') ??
    firstBad('contacts', backup.contacts, (c) => c.met?.eventId !== undefined && !events.has(c.met.eventId), 'met.eventId');
  if (dangling) return { ok: false, problem: { kind: 'dangling', where: dangling } };
  return { ok: true, backup };
}

export type BackupCounts = Record<'contacts' | 'interactions' | 'events' | 'introductions' | 'news', number>;

/** How many records of each kind a backup holds, to say before restoring. */
export function backupCounts(backup: Backup): BackupCounts {
  return { contacts: backup.contacts.length, interactions: backup.interactions.length, events: backup.events.length, introductions: backup.introductions.length, news: backup.news.length };
}
