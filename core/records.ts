import type { ProfileRef } from './profile';

/** Fields every stored record has: string ids and timestamps, ready for a future sync engine. */
export interface RecordBase {
  id: string;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
}

/** Why a contact is on the due list (`core/reminders.ts` decides). */
export type DueReason = 'follow-up' | 'reconnect' | 'losing-touch' | 'occasion' | 'new-year';

/** A new job seen on a profile (`core/job-change.ts`). */
export interface JobChange {
  company?: string;
  title?: string;
}

/** Where and how the user met a contact. `date` is a local calendar day, `YYYY-MM-DD`. */
export interface MetInfo {
  eventId?: string;
  /** The event's name, kept with the contact so the sidebar shows it without a join. */
  eventName?: string;
  place?: string;
  date?: string;
  topic?: string;
  /** Introduced by another contact. */
  throughContactId?: string;
}

/** The languages Maille writes in (its interface and the drafts). */
export const LANGUAGES = ['en', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
/** How each language writes dates (British English: "3 March 2026"). */
export const DATE_LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

/** How to address someone: first name and "tu", or full name and "vous" (formal English). */
export const REGISTERS = ['informal', 'formal'] as const;
export type Register = (typeof REGISTERS)[number];

export interface Contact extends RecordBase {
  name: string;
  /** `nameKey(name)`: indexed, to offer "Link to …" across sites. */
  nameKey: string;
  headline?: string;
  company?: string;
  title?: string;
  location?: string;
  photoUrl?: string;
  emails: string[];
  tags: string[];
  /** The language to write to them in; absent = the interface's. */
  language?: Language;
  /** How to address them; absent = formal in French, informal in English. */
  register?: Register;
  notes: string;
  /** When you connected on LinkedIn (`YYYY-MM-DD`), from its data export. */
  connectedOn?: string;
  /** The contact's profiles, one per site at most. */
  profiles: ProfileRef[];
  /** `profiles[].key`, indexed (multi-entry) to find the contact a page shows. */
  profileKeys: string[];
  /**
   * Other keys a profile of theirs was seen under (a page whose canonical address names another
   * key: a member-id URL and the vanity one). Not theirs to open: a sign that a record holding
   * one of them is the same person.
   */
  aliasKeys?: string[];
  met?: MetInfo;
  /** Keep-in-touch cadence; null = no reminders. */
  cadenceDays: number | null;
  snoozedUntil?: number;
  lastContactAt?: number;
  lastInPersonAt?: number;
  /**
   * For the lunch ideas (habit 5), indexed: with a cadence, when last seen in person (0: never);
   * absent without a cadence. Kept by `storage/due.ts` with the due fields.
   */
  lunchKey?: number;
  /** When the contact shows on the due list, kept by `storage/due.ts` on every write; absent = never. */
  nextDueAt?: number;
  dueReason?: DueReason;
  /** With an "occasion" reason: the new job seen on the profile. */
  dueJob?: JobChange;
}

export const INTERACTION_KINDS = ['email', 'message', 'call', 'meeting', 'lunch', 'event', 'introduction', 'news'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/** Kinds that count as seeing the person in person (habit 5). */
export const IN_PERSON_KINDS: ReadonlySet<InteractionKind> = new Set(['meeting', 'lunch', 'event']);

export interface Interaction extends RecordBase {
  contactId: string;
  kind: InteractionKind;
  /** Epoch milliseconds. */
  at: number;
  /** What it was about (for a lunch: what was discussed). */
  summary: string;
  /** What comes next, agreed then (asked after a lunch or a meeting). */
  nextStep?: string;
}

export interface EventRecord extends RecordBase {
  name: string;
  /** `nameKey(name)`, indexed: one event whatever the case or accents it is typed with. */
  nameKey: string;
  /** The recurring event it is an edition of ("Mobile Monday Lyon"). */
  series?: string;
  date?: string;
  place?: string;
  notes?: string;
}

/** An introduction's way: proposed → asked (each person, separately) → introduced, or declined. */
export const INTRODUCTION_STATUSES = ['proposed', 'asked', 'introduced', 'declined'] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

/** What one side said when asked: yes or no; absent = not asked, or no answer yet. */
export type IntroductionAnswer = 'yes' | 'no';

/** "Introduce A to B" (habit 3): a double opt-in, each asked alone before the two are introduced. */
export interface Introduction extends RecordBase {
  aId: string;
  bId: string;
  at: number;
  status: IntroductionStatus;
  /** Why they should meet. */
  note?: string;
  /** What came of it. */
  outcome?: string;
  /** When each was asked (epoch ms). */
  askedAAt?: number;
  askedBAt?: number;
  aAnswer?: IntroductionAnswer;
  bAnswer?: IntroductionAnswer;
  introducedAt?: number;
}

/** Where one person stands in a news walk. */
export interface NewsRecipient {
  contactId: string;
  state: 'pending' | 'sent' | 'skipped';
  /** Why they were left out: reached within the minimum gap (the pace guard), or skipped by hand. */
  reason?: 'paceGuard' | 'byHand';
  /** When they were sent the news, or skipped. */
  at?: number;
}

/** Your own news, told to each person one at a time (habit 4): the text once, and the walk. */
export interface NewsItem extends RecordBase {
  text: string;
  /** Everyone chosen, in order, each with where they stand. */
  recipients: NewsRecipient[];
}

/** What a profile page showed at one visit: a change (new job) becomes an occasion. */
export interface Observation extends RecordBase {
  contactId: string;
  profileKey: string;
  at: number;
  headline?: string;
  company?: string;
  title?: string;
  location?: string;
}

/** Keep-in-touch cadences offered in the UI, in days (about 1, 3, 6 and 12 months). */
export const CADENCE_CHOICES = [30, 91, 182, 365] as const;

/** The latest `at` among records, or undefined when there are none. */
export function latestAt(records: readonly { at: number }[]): number | undefined {
  return records.reduce<number | undefined>((max, r) => (max === undefined || r.at > max ? r.at : max), undefined);
}
