import { atMinutesOfDay, midnightAfter, minutesOfDay } from './local-day';

/**
 * When notifications may come: the quiet hours (none inside them) and the daily digest's time.
 * Pure, with the time zone as a parameter; the background's alarms follow these answers.
 */

/** Quiet hours: local times of day, `HH:MM`. */
export interface QuietWindow {
  start: string;
  end: string;
}

function minutesOf(time: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!m) throw new Error(`Invalid time of day: ${time}`);
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (Number(m[1]) > 23 || Number(m[2]) > 59) throw new Error(`Invalid time of day: ${time}`);
  return minutes;
}

/** The instant of local time `time` on the day `days` after the day of `at`, in `timeZone`. */
function atTimeOn(at: number, days: number, time: string, timeZone: string): number {
  return atMinutesOfDay(midnightAfter(at, days, timeZone), minutesOf(time), timeZone);
}

/** Whether `at` falls in the quiet window (which may cross midnight: 21:00–08:00). */
export function isQuiet(at: number, quiet: QuietWindow | null, timeZone: string): boolean {
  if (!quiet) return false;
  const minutes = minutesOfDay(at, timeZone);
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/** When the quiet window that contains `at` ends (or `at` itself when it is not quiet). */
export function quietEndsAt(at: number, quiet: QuietWindow | null, timeZone: string): number {
  if (!quiet || !isQuiet(at, quiet, timeZone)) return at;
  const endToday = atTimeOn(at, 0, quiet.end, timeZone);
  return endToday > at ? endToday : atTimeOn(at, 1, quiet.end, timeZone);
}

/**
 * The next daily digest strictly after `after`: today's or tomorrow's `digestTime`, moved to the
 * end of the quiet hours when it falls inside them.
 */
export function nextDigestAt(after: number, digestTime: string, quiet: QuietWindow | null, timeZone: string): number {
  for (let offset = 0; offset < 3; offset++) {
    const at = quietEndsAt(atTimeOn(after, offset, digestTime, timeZone), quiet, timeZone);
    if (at > after) return at;
  }
  throw new Error('unreachable: a digest time exists within three days');
}
