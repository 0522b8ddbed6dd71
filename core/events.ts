import type { EventRecord } from './records';
import { nameKey } from './text';

/**
 * Events as the user names them: "Mobile Monday Lyon", "mobile monday lyon" and "Mobile Mondy
 * Lyon" are one event. Matching is on the folded name (accents, case and punctuation aside), and
 * a name within a typo or two of an existing one is offered before a new event is made.
 */

/**
 * Edit distance between two short strings (insertions, deletions, substitutions, and two letters
 * swapped counting as one), capped at `max + 1`.
 */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** How many typos a name of this length may hold and still be the same event. */
function typoAllowance(key: string): number {
  return key.length < 6 ? 0 : key.length < 12 ? 1 : 2;
}

/** Whether two event names are the same event, a typo or a case apart. */
export function sameEventName(a: string, b: string): boolean {
  const [x, y] = [nameKey(a), nameKey(b)];
  if (x === y) return true;
  // Numbers name editions ("#42", "2026", "Web2day"): a different number is another event.
  const digits = (key: string) => key.replace(/\D+/g, ' ').trim();
  return digits(x) === digits(y) && editDistance(x, y, 2) <= Math.min(typoAllowance(x), typoAllowance(y));
}

/**
 * Events to offer as the user types `query`, best first: the same name, then names that start
 * with it, hold it, or are within a typo of it; newest first within each kind. At most `limit`.
 */
export function matchEvents(query: string, events: readonly EventRecord[], limit = 8): EventRecord[] {
  const q = nameKey(query);
  const rank = (event: EventRecord): number => {
    const key = nameKey(event.name);
    if (!q) return 5;
    if (key === q) return 0;
    if (key.startsWith(q)) return 1;
    const words = key.split(' ');
    if (words.some((word) => word.startsWith(q))) return 2;
    if (key.includes(q)) return 3;
    // A typo in what was typed so far: against the start of the name, or of one of its words.
    const typo = (text: string) => [q.length - 1, q.length, q.length + 1].some((n) => editDistance(text.slice(0, n), q, 1) <= 1);
    if (q.length >= 4 && (typo(key) || words.some(typo))) return 4;
    if (sameEventName(key, q)) return 4;
    return -1;
  };
  return events
    .map((event) => ({ event, rank: rank(event) }))
    .filter(({ rank }) => rank >= 0)
    .sort((a, b) => a.rank - b.rank || (b.event.date ?? '').localeCompare(a.event.date ?? '') || a.event.name.localeCompare(b.event.name))
    .slice(0, limit)
    .map(({ event }) => event);
}

/** Whether an event is still to come (or today): its people from earlier editions may be there. */
export function isUpcoming(event: Pick<EventRecord, 'date'>, today: string): boolean {
  return event.date !== undefined && event.date >= today;
}
