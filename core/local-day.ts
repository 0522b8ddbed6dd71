import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, startOfDay, startOfWeek } from 'date-fns';

/**
 * Calendar days, the one home of day arithmetic. A day is `YYYY-MM-DD` (what `<input type=date>`
 * holds and what records store); days start at local midnight in the user's time zone, and a
 * step of one day is a calendar day, not 24 hours (DST-safe).
 */

/** The first day Maille accepts for a meeting or a contact. */
export const EARLIEST_DAY = '1900-01-01';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The time zone of this browser (IANA name). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The calendar day of an instant, `YYYY-MM-DD`: in `timeZone`, or the browser's own zone. */
export function toLocalDay(at: number | Date, timeZone?: string): string {
  const d = timeZone ? new TZDate(+at, timeZone) : new Date(at);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Noon, in the browser's zone, of a `YYYY-MM-DD` day: an instant that stays on that day across DST shifts. */
export function fromLocalDay(day: string): number | undefined {
  const m = DAY_PATTERN.exec(day);
  if (!m) return undefined;
  const date = new Date(2000, 0, 1, 12);
  // setFullYear, not the constructor: the constructor reads years 0–99 as 1900–1999.
  date.setFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(date.getTime()) || toLocalDay(date) !== day ? undefined : date.getTime();
}

/** Local midnight, in `timeZone`, starting the day a `YYYY-MM-DD` string names; undefined when it is not a day. */
export function dayStart(day: string, timeZone: string): number | undefined {
  const m = DAY_PATTERN.exec(day);
  if (!m) return undefined;
  const date = new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), timeZone);
  // An overflowing month or day (2026-13-01, 2026-02-30) rolls over: not the day named.
  return date.getFullYear() === Number(m[1]) && date.getMonth() === Number(m[2]) - 1 && date.getDate() === Number(m[3]) ? date.getTime() : undefined;
}

/** Local midnight `days` calendar days after the day of `at` (0: the start of that day). */
export function midnightAfter(at: number, days: number, timeZone: string): number {
  return addDays(startOfDay(new TZDate(at, timeZone)), days).getTime();
}

const HOURS_48 = 172_800_000;

/**
 * Whether `now` is at or past `midnightAfter(at, days, timeZone)`, asking the time zone only near
 * it: that midnight is within a day of `at + days × 24 h` (the day's own start, and daylight
 * saving), so two days either side settle it by arithmetic. The contacts table's state filter
 * asks this of every contact: through the time zone, 30,000 took ~1 s (npm run bench).
 */
export function reachedMidnightAfter(now: number, at: number, days: number, timeZone: string): boolean {
  const rough = at + days * 86_400_000;
  if (now < rough - HOURS_48) return false;
  if (now >= rough + HOURS_48) return true;
  return now >= midnightAfter(at, days, timeZone);
}

/** Local midnight starting the week (Monday) of `at`, in `timeZone`. */
export function weekStart(at: number, timeZone: string): number {
  return startOfWeek(new TZDate(at, timeZone), { weekStartsOn: 1 }).getTime();
}

/** How many calendar days from the day of `from` to the day of `to`, in `timeZone`. */
export function daysBetween(from: number, to: number, timeZone: string): number {
  return differenceInCalendarDays(new TZDate(to, timeZone), new TZDate(from, timeZone));
}

/** The instant of local time `minutes` after midnight on the day of `at`, in `timeZone`. */
export function atMinutesOfDay(at: number, minutes: number, timeZone: string): number {
  const day = new TZDate(at, timeZone);
  return new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), Math.floor(minutes / 60), minutes % 60, timeZone).getTime();
}

/** Minutes since local midnight of an instant, in `timeZone`. */
export function minutesOfDay(at: number, timeZone: string): number {
  const local = new TZDate(at, timeZone);
  return local.getHours() * 60 + local.getMinutes();
}

/** Why a day is not one Maille accepts for something that happened. */
export type DayProblem = 'badDate' | 'future' | 'tooOld';

/**
 * Checks a `YYYY-MM-DD` day of the past: a real calendar day, not after `today`, not before
 * {@link EARLIEST_DAY}. Returns null when the day is fine.
 */
export function checkPastDay(day: string, today: string): DayProblem | null {
  if (fromLocalDay(day) === undefined) return 'badDate';
  if (day > today) return 'future';
  if (day < EARLIEST_DAY) return 'tooOld';
  return null;
}

/** A minute of slack for an instant "now" taken in a page and checked in the background. */
const CLOCK_SLACK_MS = 60_000;

/** Checks the instant of something that happened: finite, not in the future, not before 1900. */
export function checkPastInstant(at: number, now: number): DayProblem | null {
  if (!Number.isFinite(at)) return 'badDate';
  if (at > now + CLOCK_SLACK_MS) return 'future';
  if (at < fromLocalDay(EARLIEST_DAY)! - 86_400_000) return 'tooOld';
  return null;
}
