import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import { IN_PERSON_KINDS, latestAt, type Contact, type Interaction, type Observation } from './records';

export type DueReason = 'follow-up' | 'reconnect' | 'losing-touch' | 'occasion';

/** The settings the reminder rules depend on. */
export interface ReminderRules {
  /** Nobody reached fewer than this many days ago appears on any list (pace guard). */
  minGapDays: number;
  /** IANA time zone of the user: days start at local midnight. */
  timeZone: string;
}

export interface ReminderInput {
  contact: Pick<Contact, 'met' | 'cadenceDays' | 'lastContactAt' | 'snoozedUntil' | 'createdAt'>;
  /** The contact's interactions (any order): at least the latest and those since the meeting day. */
  interactions: readonly Pick<Interaction, 'kind' | 'at'>[];
  /** What the profile showed at the last visits (any order): a change of job is an occasion. */
  observations?: readonly Pick<Observation, 'at' | 'company' | 'title'>[];
}

export interface JobChange {
  company?: string;
  title?: string;
}

export interface ReminderState {
  /** Why the contact is, or will next be, due; null when no reminder is scheduled. */
  reason: DueReason | null;
  /** Since when it is due (or when it will be), before snooze and pace guard. */
  dueAt: number | null;
  /** When the contact shows on lists and in notifications: `dueAt` moved past a snooze and the minimum gap. */
  nextDueAt: number | null;
  /** For a reconnect: when it turns into "losing touch" (1.5 × cadence after the last contact). */
  losingTouchAt?: number;
  /** For an occasion: the new job seen on the profile. */
  jobChange?: JobChange;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight, in `timeZone`, of the day a `YYYY-MM-DD` string names. */
export function dayStart(day: string, timeZone: string): number | undefined {
  const m = DAY_PATTERN.exec(day);
  if (!m) return undefined;
  const date = new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), timeZone);
  return date.getDate() === Number(m[3]) ? date.getTime() : undefined;
}

/** Local midnight `days` calendar days after the day of `at` (DST-safe: days, not 24-hour steps). */
export function midnightAfter(at: number, days: number, timeZone: string): number {
  return addDays(startOfDay(new TZDate(at, timeZone)), days).getTime();
}

/** The local calendar day of an instant in `timeZone`, `YYYY-MM-DD`. */
export function toLocalDayIn(at: number, timeZone: string): string {
  const d = new TZDate(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

interface Candidate {
  reason: DueReason;
  dueAt: number;
  losingTouchAt?: number;
  jobChange?: JobChange;
}

/** Met on day D and nothing since (but the meeting itself, logged on D): due at D+1, 00:00. */
function followUp(input: ReminderInput, rules: ReminderRules): Candidate | null {
  const metDay = input.contact.met?.date;
  const metAt = metDay ? dayStart(metDay, rules.timeZone) : undefined;
  if (metAt === undefined) return null;
  const nextDay = midnightAfter(metAt, 1, rules.timeZone);
  const followedUp = input.interactions.some((i) => i.at >= metAt && !(IN_PERSON_KINDS.has(i.kind) && i.at < nextDay));
  return followedUp ? null : { reason: 'follow-up', dueAt: nextDay };
}

/** A new company or title on the profile, not acknowledged by an interaction since. */
function jobChangeOccasion(input: ReminderInput, lastContactAt: number | undefined): Candidate | null {
  const seen = [...(input.observations ?? [])].sort((a, b) => a.at - b.at);
  const latest = seen.at(-1);
  const before = seen.at(-2);
  if (!latest || !before) return null;
  const changed = (latest.company && latest.company !== before.company) || (latest.title && latest.title !== before.title);
  if (!changed || (lastContactAt !== undefined && lastContactAt >= latest.at)) return null;
  return { reason: 'occasion', dueAt: latest.at, jobChange: { company: latest.company, title: latest.title } };
}

/** When the keep-in-touch clock last restarted: the last contact, else the meeting, else the day they were added. */
function clockStart(contact: ReminderInput['contact'], lastContactAt: number | undefined, timeZone: string): number {
  const metAt = contact.met?.date ? dayStart(contact.met.date, timeZone) : undefined;
  return lastContactAt ?? metAt ?? contact.createdAt;
}

/** Whether a contact with a cadence has gone 1.5 × cadence without contact: "losing touch". */
export function isLosingTouch(contact: ReminderInput['contact'], now: number, timeZone: string): boolean {
  if (contact.cadenceDays == null) return false;
  return now >= midnightAfter(clockStart(contact, contact.lastContactAt, timeZone), Math.ceil(contact.cadenceDays * 1.5), timeZone);
}

/** Keep-in-touch: cadence days after the clock last restarted. */
function reconnect(input: ReminderInput, lastContactAt: number | undefined, rules: ReminderRules, now: number): Candidate | null {
  const { cadenceDays } = input.contact;
  if (cadenceDays == null) return null;
  const from = clockStart(input.contact, lastContactAt, rules.timeZone);
  const dueAt = midnightAfter(from, cadenceDays, rules.timeZone);
  const losingTouchAt = midnightAfter(from, Math.ceil(cadenceDays * 1.5), rules.timeZone);
  return { reason: now >= losingTouchAt ? 'losing-touch' : 'reconnect', dueAt, losingTouchAt };
}

/**
 * Whether a contact is due, since when, why, and when they next show on lists. Pure: `now` and
 * the time zone are parameters. Any interaction restarts the keep-in-touch clock; a contact
 * reached within the minimum gap, or snoozed, stays off every list until then.
 */
export function reminderState(input: ReminderInput, rules: ReminderRules, now: number): ReminderState {
  const lastContactAt = latestAt(input.interactions) ?? input.contact.lastContactAt;
  const candidates = [followUp(input, rules), jobChangeOccasion(input, lastContactAt), reconnect(input, lastContactAt, rules, now)].filter(
    (c): c is Candidate => c !== null,
  );
  // The earliest wins; on a tie, the order above (follow-up, occasion, reconnect).
  const chosen = candidates.reduce<Candidate | null>((best, c) => (best === null || c.dueAt < best.dueAt ? c : best), null);
  if (!chosen) return { reason: null, dueAt: null, nextDueAt: null };
  const paceGuardUntil = lastContactAt !== undefined ? midnightAfter(lastContactAt, rules.minGapDays, rules.timeZone) : -Infinity;
  const nextDueAt = Math.max(chosen.dueAt, input.contact.snoozedUntil ?? -Infinity, paceGuardUntil);
  return {
    reason: chosen.reason,
    dueAt: chosen.dueAt,
    nextDueAt,
    ...(chosen.losingTouchAt !== undefined ? { losingTouchAt: chosen.losingTouchAt } : {}),
    ...(chosen.jobChange ? { jobChange: chosen.jobChange } : {}),
  };
}

/** Whether a state puts the contact on today's list. */
export function isDue(state: ReminderState, now: number): boolean {
  return state.nextDueAt !== null && state.nextDueAt <= now;
}
