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
const optStr = v.optional(v.string());
const num = v.pipe(v.number(), v.finite());
const optNum = v.optional(num);
const base = { id: v.pipe(str, v.nonEmpty(), v.maxLength(LIMITS.id)), createdAt: num, updatedAt: num };
const profileRef = v.object({ site: v.picklist(SITE_IDS), key: str, url: str });
const met = v.object({ eventId: optStr, eventName: optStr, place: optStr, date: optStr, topic: optStr, throughContactId: optStr });

const contact = v.object({
  ...base,
  name: v.pipe(str, v.nonEmpty()),
  nameKey: str,
  headline: optStr, company: optStr, title: optStr, location: optStr, photoUrl: optStr,
  emails: v.array(str), tags: v.array(str),
  language: v.optional(v.picklist(LANGUAGES)), register: v.optional(v.picklist(REGISTERS)),
  notes: v.pipe(str, v.maxLength(LIMITS.notes)),
  profiles: v.array(profileRef), profileKeys: v.array(str), aliasKeys: v.optional(v.array(str)),
  met: v.optional(met),
  cadenceDays: v.nullable(num),
  connectedOn: optStr,
  snoozedUntil: optNum, lastContactAt: optNum, lastInPersonAt: optNum, lunchKey: optNum, nextDueAt: optNum,
  dueReason: v.optional(v.picklist(['follow-up', 'reconnect', 'losing-touch', 'occasion', 'new-year'])),
  dueJob: v.optional(v.object({ company: optStr, title: optStr })),
});
const interaction = v.object({ ...base, contactId: str, kind: v.picklist(INTERACTION_KINDS), at: num, summary: str, nextStep: optStr });
const event = v.object({ ...base, name: v.pipe(str, v.nonEmpty()), nameKey: str, series: optStr, date: optStr, place: optStr, notes: optStr });
const answer = v.optional(v.picklist(['yes', 'no']));
const introduction = v.object({
  ...base, aId: str, bId: str, at: num, status: v.picklist(INTRODUCTION_STATUSES), note: optStr, outcome: optStr,
  askedAAt: optNum, askedBAt: optNum, aAnswer: answer, bAnswer: answer, introducedAt: optNum,
});
const observation = v.object({ ...base, contactId: str, profileKey: str, at: num, headline: optStr, company: optStr, title: optStr, location: optStr });
const news = v.object({
  ...base,
  text: str,
  recipients: v.array(v.object({ contactId: str, state: v.picklist(['pending', 'sent', 'skipped']), reason: v.optional(v.picklist(['paceGuard', 'byHand'])), at: optNum })),
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
  | { kind: 'dangling'; where: string };

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
