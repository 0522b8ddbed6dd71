import * as v from 'valibot';
import type { BackupProblem } from './backup';
import { checkPastDay, checkPastInstant, EARLIEST_DAY, fromLocalDay } from './local-day';
import { LIMITS, MAX_CADENCE_DAYS, MAX_SNOOZE_DAYS } from './limits';
import { INTERACTION_KINDS, LANGUAGES, REGISTERS, type Contact } from './records';
import { SITE_IDS } from './sites';
import type { SyncProblem } from './sync-problems';
import { EMAIL_PATTERN } from './text';

/**
 * The inputs of the commands the background accepts, and the rules each field keeps. The
 * background checks every command against these schemas before it writes (it is the single
 * writer: the last line of defence for the data); the forms check the same rules before sending,
 * so a person sees the problem next to the field, in words.
 */

/** Why a field was refused; the UI says it in words (`i18n/refusal-text.ts`). */
export type FieldRule = 'type' | 'required' | 'tooLong' | 'tooMany' | 'badDate' | 'future' | 'tooOld' | 'range' | 'email' | 'duplicate';

/** A command the background did not carry out, and why: typed, for the UI to show by the field. */
export type Refusal =
  | { code: 'invalid'; field: string; rule: FieldRule; max?: number }
  | { code: 'notFound' }
  /** The undo copy is gone: undone already, or kept past its time. */
  | { code: 'undoOver' }
  /** A profile already belongs to a contact (`owner`'s name). */
  | { code: 'profileTaken'; owner: string }
  /** The fields changed elsewhere since this edit started, and could not be merged. */
  | { code: 'conflict'; fields: EditableField[]; current: Contact }
  /** Only in pages: the background could not be reached (it is restarting, or was updated). */
  | { code: 'unreachable' }
  /** A backup file that cannot be restored, and why; nothing was changed. */
  | { code: 'badBackup'; problem: BackupProblem }
  /** The browser refused the write (`full`: no space left); the command's transaction wrote nothing. */
  | { code: 'storageFailed'; full: boolean }
  /** Sync could not be turned on (or the server's copy deleted), and why; nothing was changed here. */
  | { code: 'sync'; problem: SyncProblem };

/** What a command answers: its result, or a refusal. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

/** The clock the rules need: dates of things that happened are not in the future. */
export interface Clock {
  now: number;
  /** The local calendar day of `now`, `YYYY-MM-DD`. */
  today: string;
}

const text = (max: number) => v.pipe(v.string('type'), v.maxLength(max, 'tooLong'));
const optionalText = (max: number) => v.optional(text(max));
const id = text(LIMITS.id);
const httpUrl = v.pipe(text(LIMITS.url), v.regex(/^https?:\/\//, 'type'));

function pastDay(clock: Clock) {
  return v.pipe(v.string('type'), v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = checkPastDay(dataset.value, clock.today);
    if (problem) addIssue({ message: problem });
  }));
}

function pastInstant(clock: Clock) {
  return v.pipe(v.number('type'), v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = checkPastInstant(dataset.value, clock.now);
    if (problem) addIssue({ message: problem });
  }));
}

const profileRefEntries = {
  site: v.picklist(SITE_IDS, 'type'),
  key: text(LIMITS.profileKey),
  url: v.pipe(text(LIMITS.url), v.regex(/^https:\/\//, 'type')),
};
/** A profile key names its own site: `linkedin:…` on LinkedIn. */
function keyOfItsSite<T extends { site: string; key: string }>() {
  return v.check<T, 'type'>((ref) => ref.key.startsWith(`${ref.site}:`), 'type');
}
const profileRef = v.pipe(v.object(profileRefEntries, 'type'), keyOfItsSite());
const identityFields = {
  headline: optionalText(LIMITS.line),
  company: optionalText(LIMITS.line),
  title: optionalText(LIMITS.line),
  location: optionalText(LIMITS.line),
  photoUrl: v.optional(httpUrl),
};
const name = v.pipe(text(LIMITS.name), v.trim(), v.nonEmpty('required'));
const cadenceDays = v.nullable(v.pipe(v.number('type'), v.integer('range'), v.minValue(1, 'range'), v.maxValue(MAX_CADENCE_DAYS, 'range')));
const tags = v.pipe(v.array(text(LIMITS.tag), 'type'), v.maxLength(LIMITS.tags, 'tooMany'));
const email = v.pipe(text(LIMITS.email), v.trim(), v.regex(EMAIL_PATTERN, 'email'));
const emails = v.pipe(v.array(email, 'type'), v.maxLength(LIMITS.emails, 'tooMany'));
const notes = text(LIMITS.notes);

/** An event's day: any real day since 1900 (an event may be to come); empty means none. */
const eventDay = v.optional(v.union([
  v.literal(''),
  v.pipe(v.string('type'), v.check((day) => fromLocalDay(day) !== undefined && day >= EARLIEST_DAY, 'badDate')),
], 'badDate'));
const eventFields = {
  series: optionalText(LIMITS.eventName),
  date: eventDay,
  place: optionalText(LIMITS.place),
  notes: v.optional(text(LIMITS.notes)),
};

function metInput(clock: Clock) {
  return v.object({
    eventName: optionalText(LIMITS.eventName),
    place: optionalText(LIMITS.place),
    // An empty date field means "no date".
    date: v.optional(v.union([v.literal(''), pastDay(clock)], 'badDate')),
    topic: optionalText(LIMITS.topic),
  }, 'type');
}

/** Every command's input schema, for the rules of `clock`. */
function commandSchemas(clock: Clock) {
  const met = metInput(clock);
  const contactPatch = v.object({
    name: v.optional(name),
    notes: v.optional(notes),
    tags: v.optional(tags),
    cadenceDays: v.optional(cadenceDays),
    met: v.optional(v.nullable(met)),
    emails: v.optional(emails),
    /** null: write to them in the interface's language / the language's usual register. */
    language: v.optional(v.nullable(v.picklist(LANGUAGES, 'type'))),
    register: v.optional(v.nullable(v.picklist(REGISTERS, 'type'))),
  }, 'type');
  return {
    profileSeen: v.pipe(
      v.object({ ...profileRefEntries, identity: v.object({ name, ...identityFields }, 'type'), alsoKey: optionalText(LIMITS.profileKey) }, 'type'),
      keyOfItsSite(),
      v.check((seen) => seen.alsoKey === undefined || (seen.alsoKey.startsWith(`${seen.site}:`) && seen.alsoKey !== seen.key), 'type'),
    ),
    getProfileView: v.object({ ref: profileRef, name: v.optional(text(LIMITS.name)) }, 'type'),
    getContactView: v.object({ id }, 'type'),
    addContact: v.object({
      name,
      ...identityFields,
      profile: v.optional(profileRef),
      met: v.optional(met),
      cadenceDays: v.optional(cadenceDays),
      notes: v.optional(notes),
      tags: v.optional(tags),
      emails: v.optional(emails),
    }, 'type'),
    linkProfile: v.object({ contactId: id, ref: profileRef, identity: v.object({ name: v.optional(text(LIMITS.name)), ...identityFields }, 'type') }, 'type'),
    updateContact: v.pipe(
      // `base` is what the page last saw stored: compared, never stored, so only its shape is checked.
      v.object({ id, patch: contactPatch, base: v.record(v.string(), v.unknown(), 'type') }, 'type'),
      // Every field changed says what it was when the edit started: nothing is overwritten unseen.
      v.check((input) => Object.keys(input.patch).every((field) => field in input.base), 'required'),
    ),
    snoozeContact: v.object({
      id,
      until: v.pipe(v.number('type'), v.finite('type'), v.maxValue(clock.now + MAX_SNOOZE_DAYS * 86_400_000, 'range')),
    }, 'type'),
    logInteraction: v.object({
      contactId: id,
      kind: v.picklist(INTERACTION_KINDS, 'type'),
      at: pastInstant(clock),
      summary: optionalText(LIMITS.summary),
      nextStep: optionalText(LIMITS.summary),
    }, 'type'),
    deleteInteraction: v.object({ id }, 'type'),
    findEvents: v.object({ query: text(LIMITS.eventName) }, 'type'),
    findContacts: v.object({ query: text(LIMITS.name) }, 'type'),
    createNews: v.object({
      text: v.pipe(text(LIMITS.summary), v.trim(), v.nonEmpty('required')),
      contactIds: v.pipe(v.array(id, 'type'), v.minLength(1, 'required'), v.maxLength(LIMITS.newsRecipients, 'tooMany')),
    }, 'type'),
    stageBackup: v.object({ upload: id, url: v.pipe(text(LIMITS.url), v.startsWith('blob:', 'type')) }, 'type'),
    restoreBackup: v.object({ upload: id }, 'type'),
    deleteContact: v.object({ id }, 'type'),
    mergeContacts: v.object({ keepId: id, otherId: id }, 'type'),
    undoMerge: v.object({ keepId: id }, 'type'),
    undoDeleteContact: v.object({ id }, 'type'),
    unlinkProfile: v.object({ contactId: id, key: text(LIMITS.profileKey) }, 'type'),
    bulkEdit: v.object({
      ids: v.pipe(v.array(id, 'type'), v.minLength(1, 'required'), v.maxLength(LIMITS.bulk, 'tooMany')),
      addTag: v.optional(v.pipe(text(LIMITS.tag), v.trim(), v.nonEmpty('required'))),
      removeTag: v.optional(text(LIMITS.tag)),
      cadenceDays: v.optional(cadenceDays),
    }, 'type'),
    importConnections: v.object({
      rows: v.pipe(v.array(v.object({
        line: v.pipe(v.number('type'), v.integer('type')),
        name: v.pipe(text(LIMITS.name), v.nonEmpty('required')),
        url: optionalText(LIMITS.url),
        noUrlColumn: v.optional(v.literal(true, 'type')),
        email: optionalText(LIMITS.email),
        company: optionalText(LIMITS.line),
        position: optionalText(LIMITS.line),
        connectedOn: v.optional(v.pipe(v.string('type'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'badDate'))),
      }, 'type'), 'type'), v.maxLength(LIMITS.importBatch, 'tooMany')),
    }, 'type'),
    importCards: v.object({
      cards: v.pipe(v.array(v.object({
        line: v.pipe(v.number('type'), v.integer('type')),
        name: v.pipe(text(LIMITS.name), v.nonEmpty('required')),
        emails: v.pipe(v.array(text(LIMITS.email), 'type'), v.maxLength(LIMITS.emails, 'tooMany')),
        company: optionalText(LIMITS.line),
        title: optionalText(LIMITS.line),
        note: optionalText(LIMITS.notes),
        urls: v.pipe(v.array(text(LIMITS.url), 'type'), v.maxLength(LIMITS.emails, 'tooMany')),
      }, 'type'), 'type'), v.maxLength(LIMITS.importBatch, 'tooMany')),
    }, 'type'),
    deleteAllData: v.object({ confirm: v.literal(true, 'required'), serverCopy: v.optional(v.boolean('type')) }, 'type'),
    turnOnSync: v.object({
      url: v.pipe(text(LIMITS.url), v.trim(), v.nonEmpty('required')),
      database: v.pipe(text(LIMITS.line), v.trim(), v.nonEmpty('required')),
      user: text(LIMITS.line),
      password: text(LIMITS.line),
      passphrase: v.pipe(text(LIMITS.line), v.minLength(8, 'required')),
    }, 'type'),
    turnOffSync: v.object({}, 'type'),
    syncNow: v.object({}, 'type'),
    uploadAgain: v.object({}, 'type'),
    newsStep: v.object({ id, contactId: id, state: v.picklist(['sent', 'skipped'], 'type'), summary: optionalText(LIMITS.summary) }, 'type'),
    proposeIntroduction: v.object({ aId: id, bId: id, note: optionalText(LIMITS.summary) }, 'type'),
    introductionStep: v.object({
      id,
      change: v.variant('step', [
        v.object({ step: v.literal('asked'), side: v.picklist(['a', 'b'], 'type') }),
        v.object({ step: v.literal('answered'), side: v.picklist(['a', 'b'], 'type'), answer: v.picklist(['yes', 'no'], 'type') }),
        v.object({ step: v.literal('introduced') }),
      ], 'type'),
      summary: optionalText(LIMITS.summary),
    }, 'type'),
    describeIntroduction: v.object({ id, note: optionalText(LIMITS.summary), outcome: optionalText(LIMITS.summary) }, 'type'),
    addEvent: v.object({ name: v.pipe(text(LIMITS.eventName), v.trim(), v.nonEmpty('required')), ...eventFields }, 'type'),
    updateEvent: v.object({ id, patch: v.object({ name: v.optional(v.pipe(text(LIMITS.eventName), v.trim(), v.nonEmpty('required'))), ...eventFields }, 'type') }, 'type'),
  };
}

type Schemas = ReturnType<typeof commandSchemas>;
export type CommandName = keyof Schemas;
/** What a command carries once checked (strings trimmed where the rule says so). */
export type CommandInput<K extends CommandName> = v.InferOutput<Schemas[K]>;
/** What a page may send (before trimming): the same shape. */
export type CommandDraft<K extends CommandName> = v.InferInput<Schemas[K]>;

export type MetInput = NonNullable<CommandInput<'addContact'>['met']>;
export type NewContactInput = CommandDraft<'addContact'>;
export type ContactPatch = CommandInput<'updateContact'>['patch'];
export type EditableField = keyof ContactPatch;
export type NewInteraction = CommandDraft<'logInteraction'>;

/**
 * Checks a command's input: its checked value, or the refusal naming the first field at fault
 * (`met.date`, `tags.3`…) and the rule it breaks.
 */
export function checkCommand<K extends CommandName>(type: K, input: unknown, clock: Clock): Outcome<CommandInput<K>> {
  const schema = commandSchemas(clock)[type];
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  if (result.success) return { ok: true, value: result.output as CommandInput<K> };
  const issue = result.issues[0];
  const field = v.getDotPath(issue) ?? '';
  const rule = (isRule(issue.message) ? issue.message : 'type') as FieldRule;
  const max = rule === 'tooLong' || rule === 'tooMany' ? Number(issue.requirement) : undefined;
  return { ok: false, refusal: { code: 'invalid', field, rule, ...(Number.isFinite(max) ? { max } : {}) } };
}

const RULES: readonly string[] = ['type', 'required', 'tooLong', 'tooMany', 'badDate', 'future', 'tooOld', 'range', 'email', 'duplicate'];
function isRule(message: string): message is FieldRule {
  return RULES.includes(message);
}

/** A refusal raised inside a write (a missing contact, a taken profile, a conflict): the handler answers it as such. */
/** Names of the errors IndexedDB (and Dexie, naming them alike) gives when it cannot write. */
const STORAGE_ERRORS = ['QuotaExceededError', 'UnknownError', 'AbortError', 'DatabaseClosedError', 'OpenFailedError', 'TransactionInactiveError'];

/** The refusal for an error the database threw, or null when it is not the database's. */
export function storageRefusal(error: unknown): Refusal | null {
  const names = [(error as { name?: unknown })?.name, (error as { inner?: { name?: unknown } })?.inner?.name];
  if (!names.some((name) => typeof name === 'string' && STORAGE_ERRORS.includes(name))) return null;
  return { code: 'storageFailed', full: names.includes('QuotaExceededError') };
}

export class RefusalError extends Error {
  constructor(readonly refusal: Refusal, message: string = refusal.code) {
    super(message);
    this.name = 'RefusalError';
  }
}
