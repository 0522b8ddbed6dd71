import type { Contact } from '../../core/records';
import { nameKey } from '../../core/text';

/** One day in milliseconds (a calendar day may be 23 or 25 hours: tests that mean local days use core/local-day). */
export const DAY = 86_400_000;

/** A contact record with every required field: `fields` over an empty person named Claire Fontaine. */
export function contactRecord(fields: Partial<Contact> = {}): Contact {
  const name = fields.name ?? 'Claire Fontaine';
  return {
    id: 'c1', name, nameKey: nameKey(name), emails: [], tags: [], notes: '', profiles: [], profileKeys: [],
    cadenceDays: null, createdAt: 0, updatedAt: 0, ...fields,
  };
}
