import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackupCounts } from '@/core/backup';
import type { CommandDraft, Outcome } from '@/core/commands';
import type { ProfileSnapshot } from '@/core/profile';
import type { Contact, EventRecord, Interaction, Introduction, NewsItem } from '@/core/records';
import type { ImportResult } from '@/core/linkedin-connections';

/** An introduction as one of its two people sees it: with the other one. */
export interface IntroductionView {
  introduction: Introduction;
  other: Contact;
}

/** What the sidebar shows for a profile page. */
export interface ProfileView {
  contact: Contact | null;
  interactions: Interaction[];
  introductions: IntroductionView[];
  /** Same-name contacts without a profile on this site: offered "Link to …". */
  linkCandidates: Contact[];
}

/** Everything about one contact a page may show: the timeline, the introductions. */
export interface ContactView {
  contact: Contact;
  interactions: Interaction[];
  introductions: IntroductionView[];
}

/**
 * Every message between the parts of Maille, declared once. The background answers them all;
 * the content script and the sidebar frame only send. Data never passes through the host page.
 * Each input is checked by the background against `core/commands.ts`; a command it refuses
 * answers `{ ok: false, refusal }`, typed, for the page to say in words next to the field.
 */
export interface ProtocolMap {
  /** Content script → background: a profile page was read. */
  profileSeen(snapshot: ProfileSnapshot): void;
  getProfileView(query: CommandDraft<'getProfileView'>): Outcome<ProfileView>;
  getContactView(query: CommandDraft<'getContactView'>): Outcome<ContactView>;
  addContact(input: CommandDraft<'addContact'>): Outcome<Contact>;
  linkProfile(input: CommandDraft<'linkProfile'>): Outcome<Contact>;
  /** `base` holds each field of `patch` as the page last saw it stored (see `core/contact-merge.ts`). */
  updateContact(input: CommandDraft<'updateContact'>): Outcome<Contact>;
  /** Hides a contact from every list until `until` (epoch ms). */
  snoozeContact(input: CommandDraft<'snoozeContact'>): Outcome<Contact>;
  logInteraction(input: CommandDraft<'logInteraction'>): Outcome<Interaction>;
  deleteInteraction(input: CommandDraft<'deleteInteraction'>): Outcome<Interaction>;
  /** Events to offer as the user types an event's name (best first). */
  findEvents(input: CommandDraft<'findEvents'>): Outcome<EventRecord[]>;
  /** An event, made when it does not exist (the same name on the same day is the same event). */
  addEvent(input: CommandDraft<'addEvent'>): Outcome<EventRecord>;
  updateEvent(input: CommandDraft<'updateEvent'>): Outcome<EventRecord>;
  /** Contacts by name, company or tag, as the user types ("Introduce to…"). */
  findContacts(input: CommandDraft<'findContacts'>): Outcome<Contact[]>;
  proposeIntroduction(input: CommandDraft<'proposeIntroduction'>): Outcome<Introduction>;
  /** A step of the double opt-in; asking someone and introducing are logged on the timelines. */
  introductionStep(input: CommandDraft<'introductionStep'>): Outcome<Introduction>;
  describeIntroduction(input: CommandDraft<'describeIntroduction'>): Outcome<Introduction>;
  /** Your news, to tell each chosen person one at a time (those reached within the minimum gap left out). */
  createNews(input: CommandDraft<'createNews'>): Outcome<NewsItem>;
  /** One person of a news walk: sent (logged on their timeline) or skipped. */
  newsStep(input: CommandDraft<'newsStep'>): Outcome<NewsItem>;
  /**
   * One part of a backup file's text; at the last part the background reads and checks the file:
   * what it holds (null before the last part), or why it cannot be restored.
   */
  stageBackup(input: CommandDraft<'stageBackup'>): Outcome<BackupCounts>;
  /** Replaces everything with the backup staged under `upload`: all of it, or nothing; `notFound` when the background has forgotten it (send it again). */
  restoreBackup(input: CommandDraft<'restoreBackup'>): Outcome<void>;
  /** One batch of LinkedIn's Connections.csv: added, updated, lines left out. */
  importConnections(input: CommandDraft<'importConnections'>): Outcome<ImportResult>;
  /** One batch of vCards: added, updated. */
  importCards(input: CommandDraft<'importCards'>): Outcome<ImportResult>;
  /** Adds or removes a tag, or sets the cadence, of many contacts at once (one transaction): how many changed. */
  bulkEdit(input: CommandDraft<'bulkEdit'>): Outcome<number>;
  /** Deletes a contact with everything about them; kept aside for an undo. */
  /** Until when the deletion can be undone (epoch ms). */
  deleteContact(input: CommandDraft<'deleteContact'>): Outcome<{ undoUntil: number }>;
  undoDeleteContact(input: CommandDraft<'undoDeleteContact'>): Outcome<Contact>;
  unlinkProfile(input: CommandDraft<'unlinkProfile'>): Outcome<Contact>;
  /** Makes the other contact part of the kept one (nothing lost); kept aside for an undo. */
  mergeContacts(input: CommandDraft<'mergeContacts'>): Outcome<{ merged: Contact; undoUntil: number }>;
  undoMerge(input: CommandDraft<'undoMerge'>): Outcome<void>;
  /** Deletes every record and the settings; with `serverCopy`, the sync server's database first. */
  deleteAllData(input: CommandDraft<'deleteAllData'>): Outcome<void>;
  /** Checks the server and the passphrase, keeps them, and starts syncing (the page asked the browser for access first). */
  turnOnSync(input: CommandDraft<'turnOnSync'>): Outcome<void>;
  /** Forgets the server, its password and the key; the data stays. */
  turnOffSync(input: CommandDraft<'turnOffSync'>): Outcome<void>;
  syncNow(input: CommandDraft<'syncNow'>): Outcome<void>;
  /** The server's database was deleted or replaced: everything here goes up to it again. */
  uploadAgain(input: CommandDraft<'uploadAgain'>): Outcome<void>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** Commands: every message a page sends that answers an {@link Outcome}. */
export type CommandType = Exclude<keyof ProtocolMap, 'profileSeen'>;

/** Name of the runtime port over which the background announces changes to open pages. */
export const CHANGE_FEED_PORT = 'maille:changes';

/** A change the background made: pages showing one of these contacts refresh. */
export interface ChangeNotice {
  contactIds: string[];
  /** Too many to list (an import, a restore, a bulk edit, a rename seen by everyone met there): every page refreshes. */
  everyone?: true;
}
