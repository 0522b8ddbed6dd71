import { midnightAfter } from './local-day';
import type { Contact } from './records';

export type DueGroup = 'overdue' | 'today' | 'week';

export const DUE_GROUPS: readonly DueGroup[] = ['overdue', 'today', 'week'];

/** Local midnight starting the day of `now`, and the end of the 7-day window the popup shows. */
export function dueWindow(now: number, timeZone: string): { startOfToday: number; startOfTomorrow: number; endOfWeek: number } {
  return { startOfToday: midnightAfter(now, 0, timeZone), startOfTomorrow: midnightAfter(now, 1, timeZone), endOfWeek: midnightAfter(now, 7, timeZone) };
}

/**
 * Sorts due contacts into the popup's groups: Overdue (due before today), Today (due today),
 * This week (due in the next six days). Contacts beyond the window, or not due, are left out.
 */
export function groupDue(contacts: readonly Contact[], now: number, timeZone: string): Record<DueGroup, Contact[]> {
  const { startOfToday, startOfTomorrow, endOfWeek } = dueWindow(now, timeZone);
  const groups: Record<DueGroup, Contact[]> = { overdue: [], today: [], week: [] };
  for (const contact of contacts) {
    const at = contact.nextDueAt;
    if (at === undefined || at >= endOfWeek) continue;
    groups[at < startOfToday ? 'overdue' : at < startOfTomorrow ? 'today' : 'week'].push(contact);
  }
  for (const list of Object.values(groups)) list.sort((a, b) => a.nextDueAt! - b.nextDueAt! || a.name.localeCompare(b.name));
  return groups;
}
