import { latestJobChange, type SeenJob } from './job-change';
import { dayStart, midnightAfter, reachedMidnightAfter, toLocalDay } from './local-day';
import { IN_PERSON_KINDS, latestAt, type Contact, type DueReason, type Interaction, type JobChange } from './records';

/** The settings the reminder rules depend on. */
export interface ReminderRules {
  /** Nobody reached fewer than this many days ago appears on any list (pace guard). */
  minGapDays: number;
  /** IANA time zone of the user: days start at local midnight. */
  timeZone: string;
  /** New-year wishes for everyone with a cadence, from 1 to 31 January (habit 4). */
  newYearWishes?: boolean;
}

export interface ReminderInput {
  contact: Pick<Contact, 'met' | 'cadenceDays' | 'lastContactAt' | 'snoozedUntil' | 'createdAt'>;
  /** The contact's interactions (any order): at least the latest and those since the meeting day. */
  interactions: readonly Pick<Interaction, 'kind' | 'at'>[];
  /** What the profiles showed at the last visits (any order): a change of job is an occasion. */
  observations?: readonly SeenJob[];
}

export interface ReminderState {
  /** Why the contact is, or will next be, due; null when no reminder is scheduled. */
  reason: DueReason | null;
  /** Since when it is due (or when it will be), before snooze and pace guard. */
  dueAt: number | null;
  /** When the contact shows on lists and in notifications: `dueAt` moved past a snooze and the minimum gap. */
  nextDueAt: number | null;
  /** For an occasion: the new job seen on the profile. */
  jobChange?: JobChange;
}

interface Candidate {
  reason: DueReason;
  dueAt: number;
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

/** A new company or title on a profile, not acknowledged by an interaction since it was seen. */
function jobChangeOccasion(input: ReminderInput, lastContactAt: number | undefined): Candidate | null {
  const change = latestJobChange(input.observations ?? []);
  if (!change || (lastContactAt !== undefined && lastContactAt >= change.at)) return null;
  return { reason: 'occasion', dueAt: change.at, jobChange: change.job };
}

/**
 * New-year wishes: from 1 to 31 January, everyone with a cadence, once a year — not when they were
 * contacted since 1 January. Past 31 January, next year's.
 */
function newYear(input: ReminderInput, lastContactAt: number | undefined, rules: ReminderRules, now: number): Candidate | null {
  if (!rules.newYearWishes || input.contact.cadenceDays == null) return null;
  const year = Number(toLocalDay(now, rules.timeZone).slice(0, 4));
  for (const y of [year, year + 1]) {
    const start = dayStart(`${String(y).padStart(4, '0')}-01-01`, rules.timeZone)!;
    const end = dayStart(`${String(y).padStart(4, '0')}-02-01`, rules.timeZone)!;
    if (now >= end || (lastContactAt !== undefined && lastContactAt >= start)) continue;
    return { reason: 'new-year', dueAt: start };
  }
  return null;
}

/** When the keep-in-touch clock last restarted: the last contact, else the meeting, else the day they were added. */
function clockStart(contact: ReminderInput['contact'], lastContactAt: number | undefined, timeZone: string): number {
  const metAt = contact.met?.date ? dayStart(contact.met.date, timeZone) : undefined;
  return lastContactAt ?? metAt ?? contact.createdAt;
}

/** Whether a contact with a cadence is "losing touch" at `now`: 1.5 × cadence after the clock last restarted. */
function losingTouch(contact: ReminderInput['contact'], cadenceDays: number, lastContactAt: number | undefined, now: number, timeZone: string): boolean {
  return reachedMidnightAfter(now, clockStart(contact, lastContactAt, timeZone), Math.ceil(cadenceDays * 1.5), timeZone);
}

/**
 * Whether a contact with a cadence has gone 1.5 × cadence without contact: "losing touch". The
 * stored reason may be older than that (time passes between writes): the UI asks this.
 */
export function isLosingTouch(contact: ReminderInput['contact'], now: number, timeZone: string): boolean {
  return contact.cadenceDays != null && losingTouch(contact, contact.cadenceDays, contact.lastContactAt, now, timeZone);
}

/** Keep-in-touch: cadence days after the clock last restarted. */
function reconnect(input: ReminderInput, lastContactAt: number | undefined, rules: ReminderRules, now: number): Candidate | null {
  const { cadenceDays } = input.contact;
  if (cadenceDays == null) return null;
  const dueAt = midnightAfter(clockStart(input.contact, lastContactAt, rules.timeZone), cadenceDays, rules.timeZone);
  const losing = losingTouch(input.contact, cadenceDays, lastContactAt, now, rules.timeZone);
  return { reason: losing ? 'losing-touch' : 'reconnect', dueAt };
}

/**
 * Whether a contact is due, since when, why, and when they next show on lists. Pure: `now` and
 * the time zone are parameters. Any interaction restarts the keep-in-touch clock; a contact
 * reached within the minimum gap, or snoozed, stays off every list until then.
 */
export function reminderState(input: ReminderInput, rules: ReminderRules, now: number): ReminderState {
  const lastContactAt = latestAt(input.interactions) ?? input.contact.lastContactAt;
  const candidates = [followUp(input, rules), jobChangeOccasion(input, lastContactAt), newYear(input, lastContactAt, rules, now), reconnect(input, lastContactAt, rules, now)].filter(
    (c): c is Candidate => c !== null,
  );
  // The earliest wins; on a tie, the order above (follow-up, occasion, new year, reconnect).
  const chosen = candidates.reduce<Candidate | null>((best, c) => (best === null || c.dueAt < best.dueAt ? c : best), null);
  if (!chosen) return { reason: null, dueAt: null, nextDueAt: null };
  const paceGuardUntil = lastContactAt !== undefined ? midnightAfter(lastContactAt, rules.minGapDays, rules.timeZone) : -Infinity;
  const nextDueAt = Math.max(chosen.dueAt, input.contact.snoozedUntil ?? -Infinity, paceGuardUntil);
  return {
    reason: chosen.reason,
    dueAt: chosen.dueAt,
    nextDueAt,
    ...(chosen.jobChange ? { jobChange: chosen.jobChange } : {}),
  };
}

/**
 * Whether the person is due now: on today's list, with a banner on their sidebar, counted by the
 * badge (which asks the `nextDueAt` index the same question: `belowOrEqual(now)`).
 */
export function isDueNow(contact: { nextDueAt?: number | null }, now: number): boolean {
  return contact.nextDueAt != null && contact.nextDueAt <= now;
}
