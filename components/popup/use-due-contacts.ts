import { useLiveQuery } from 'dexie-react-hooks';
import { contactsDueBy } from '@/storage/due';

/**
 * Contacts due up to `until`, live: the popup reads Dexie directly (a top-level extension page
 * may), through the nextDueAt index; the background's writes show up as they happen.
 * Undefined while loading.
 */
export function useDueContacts(until: number) {
  return useLiveQuery(() => contactsDueBy(until), [until]);
}
