import { contactState } from './contacts-table';
import { daysBetween, midnightAfter, weekStart } from './local-day';
import { IN_PERSON_KINDS, type Contact, type Interaction } from './records';

/** The network by time since last contact: the health chart's bars. */
export const TOUCH_BUCKETS = ['fresh', 'due', 'losingTouch', 'noCadence', 'never'] as const;
export type TouchBucket = (typeof TOUCH_BUCKETS)[number];

/** How many contacts are in touch, due, losing touch, without a cadence, or never contacted. */
export function touchCounts(contacts: Iterable<Contact>, now: number, timeZone: string): Record<TouchBucket, number> {
  const counts: Record<TouchBucket, number> = { fresh: 0, due: 0, losingTouch: 0, noCadence: 0, never: 0 };
  for (const contact of contacts) counts[contact.lastContactAt === undefined ? 'never' : contactState(contact, now, timeZone)]++;
  return counts;
}

export interface WeekCount {
  /** Local midnight starting the week (a Monday). */
  start: number;
  inPerson: number;
  other: number;
}

export const WEEKS_SHOWN = 52;

/** Where the weekly chart begins: the Monday 51 weeks before this week's. */
export function weeksFrom(now: number, timeZone: string): number {
  return weekStart(midnightAfter(weekStart(now, timeZone), -7 * (WEEKS_SHOWN - 1), timeZone), timeZone);
}

/**
 * Interactions per week over the last 52 weeks (this one last), in-person meetings (meetings,
 * lunches, events) apart from the rest. Weeks are local calendar weeks, so a DST change moves nothing.
 */
export function weeklyInteractions(interactions: Iterable<Pick<Interaction, 'at' | 'kind'>>, now: number, timeZone: string): WeekCount[] {
  const first = weeksFrom(now, timeZone);
  const weeks: WeekCount[] = Array.from({ length: WEEKS_SHOWN }, (_, i) => ({ start: midnightAfter(first, 7 * i, timeZone), inPerson: 0, other: 0 }));
  for (const { at, kind } of interactions) {
    if (at < first || at > now) continue;
    const week = weeks[Math.floor(daysBetween(first, at, timeZone) / 7)];
    if (!week) continue;
    if (IN_PERSON_KINDS.has(kind)) week.inPerson++;
    else week.other++;
  }
  return weeks;
}
