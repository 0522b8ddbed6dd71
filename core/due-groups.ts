import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import type { Contact } from './records';

export type DueGroup = 'overdue' | 'today' | 'week';

export const DUE_GROUPS: readonly DueGroup[] = ['overdue', 'today', 'week'];

/** Local midnight starting the day of `now`, and the end of the 7-day window the popup shows. */
export function dueWindow(now: number, timeZone: string): { startOfToday: number; startOfTomorrow: number; endOfWeek: number } {
  const today = startOfDay(new TZDate(now, timeZone));
  return { startOfToday: today.getTime(), startOfTomorrow: addDays(today, 1).getTime(), endOfWeek: addDays(today, 7).getTime() };
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
