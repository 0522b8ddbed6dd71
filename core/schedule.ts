import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';

/** A local time of day, `HH:MM`. */
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

/** The instant of local time `time` on the day of `day` (a midnight), in `timeZone`. */
function atTimeOn(day: TZDate, time: string): number {
  const minutes = minutesOf(time);
  const d = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), Math.floor(minutes / 60), minutes % 60, day.timeZone);
  return d.getTime();
}

/** Whether `at` falls in the quiet window (which may cross midnight: 21:00–08:00). */
export function isQuiet(at: number, quiet: QuietWindow | null, timeZone: string): boolean {
  if (!quiet) return false;
  const local = new TZDate(at, timeZone);
  const minutes = local.getHours() * 60 + local.getMinutes();
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/** When the quiet window that contains `at` ends (or `at` itself when it is not quiet). */
export function quietEndsAt(at: number, quiet: QuietWindow | null, timeZone: string): number {
  if (!quiet || !isQuiet(at, quiet, timeZone)) return at;
  const today = startOfDay(new TZDate(at, timeZone));
  const endToday = atTimeOn(today, quiet.end);
  return endToday > at ? endToday : atTimeOn(addDays(today, 1), quiet.end);
}

/**
 * The next daily digest strictly after `after`: today's or tomorrow's `digestTime`, moved to the
 * end of the quiet hours when it falls inside them.
 */
export function nextDigestAt(after: number, digestTime: string, quiet: QuietWindow | null, timeZone: string): number {
  const today = startOfDay(new TZDate(after, timeZone));
  for (let offset = 0; offset < 3; offset++) {
    const at = quietEndsAt(atTimeOn(addDays(today, offset), digestTime), quiet, timeZone);
    if (at > after) return at;
  }
  throw new Error('unreachable: a digest time exists within three days');
}
