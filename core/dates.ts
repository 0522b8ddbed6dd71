/** The first day Maille accepts for a meeting or a contact. */
export const EARLIEST_DAY = '1900-01-01';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar day of an instant as `YYYY-MM-DD` (what `<input type=date>` holds). */
export function toLocalDay(at: number | Date): string {
  const d = new Date(at);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Noon local time of a `YYYY-MM-DD` day: an instant that stays on that day across DST shifts. */
export function fromLocalDay(day: string): number | undefined {
  const m = DAY_PATTERN.exec(day);
  if (!m) return undefined;
  const date = new Date(2000, 0, 1, 12);
  // setFullYear, not the constructor: the constructor reads years 0–99 as 1900–1999.
  date.setFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(date.getTime()) || toLocalDay(date) !== day ? undefined : date.getTime();
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
