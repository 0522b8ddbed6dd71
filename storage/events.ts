import { sameEventName } from '@/core/events';
import type { Contact, EventRecord } from '@/core/records';
import { cleanText, nameKey } from '@/core/text';
import { LIMITS } from '@/core/limits';
import { RefusalError } from '@/core/commands';
import { db, newId } from './db';

export interface EventInput {
  name: string;
  date?: string;
  place?: string;
  series?: string;
  notes?: string;
}

/** The event of that name on that day (case, accents or a typo apart), if there is one. */
async function existingEvent(name: string, date: string | undefined): Promise<EventRecord | undefined> {
  const sameKey = await db.events.where('nameKey').equals(nameKey(name)).toArray();
  const exact = sameKey.find((e) => (e.date ?? '') === (date ?? ''));
  if (exact) return exact;
  // A typo: only among the events of the same day (an index range), never every event.
  const sameDay = date ? await db.events.where('date').equals(date).toArray() : [];
  return sameDay.find((e) => sameEventName(e.name, name));
}

/** The event of that name on that day, created when it does not exist yet (never a near-duplicate). */
export async function findOrCreateEvent(input: EventInput, now: number): Promise<EventRecord> {
  const name = cleanText(input.name, LIMITS.eventName) ?? '';
  if (!name) throw new RefusalError({ code: 'invalid', field: 'name', rule: 'required' }, 'An event needs a name.');
  const existing = await existingEvent(name, input.date);
  if (existing) return existing;
  const event: EventRecord = {
    id: newId(),
    name,
    nameKey: nameKey(name),
    date: input.date || undefined,
    place: cleanText(input.place, LIMITS.place),
    series: cleanText(input.series, LIMITS.eventName),
    notes: input.notes || undefined,
    createdAt: now,
    updatedAt: now,
  };
  await db.events.add(event);
  return event;
}

/**
 * Changes an event. A new name is copied to the people met there (they keep it to show without a
 * join); a name and day another event already has is refused.
 */
export async function updateEvent(id: string, patch: Partial<EventInput>, now: number): Promise<EventRecord> {
  return db.transaction('rw', ['events', 'contacts'], async () => {
    const event = await db.events.get(id);
    if (!event) throw new RefusalError({ code: 'notFound' }, `No event ${id}.`);
    const name = patch.name !== undefined ? cleanText(patch.name, LIMITS.eventName) : event.name;
    if (!name) throw new RefusalError({ code: 'invalid', field: 'name', rule: 'required' });
    const updated: EventRecord = {
      ...event,
      name,
      nameKey: nameKey(name),
      date: patch.date !== undefined ? patch.date || undefined : event.date,
      place: patch.place !== undefined ? cleanText(patch.place, LIMITS.place) : event.place,
      series: patch.series !== undefined ? cleanText(patch.series, LIMITS.eventName) : event.series,
      notes: patch.notes !== undefined ? patch.notes || undefined : event.notes,
      updatedAt: now,
    };
    const clash = await db.events.where('nameKey').equals(updated.nameKey).filter((e) => e.id !== id && (e.date ?? '') === (updated.date ?? '')).first();
    if (clash) throw new RefusalError({ code: 'invalid', field: 'name', rule: 'duplicate' }, `${name} exists on that day.`);
    await db.events.put(updated);
    if (name !== event.name) {
      await db.contacts.where('met.eventId').equals(id).modify((c: Contact) => {
        if (c.met) c.met.eventName = name;
      });
    }
    return updated;
  });
}

/** Every event, newest first (the Events section). */
export function listEvents(): Promise<EventRecord[]> {
  return db.events.orderBy('date').reverse().toArray();
}

/** The people met at an event, through the `met.eventId` index. */
export function peopleMetAt(eventId: string): Promise<Contact[]> {
  return db.contacts.where('met.eventId').equals(eventId).sortBy('name');
}

/** How many people were met at each event. */
export async function peopleCounts(eventIds: readonly string[]): Promise<Map<string, number>> {
  const counts = await Promise.all(eventIds.map(async (id) => [id, await db.contacts.where('met.eventId').equals(id).count()] as const));
  return new Map(counts);
}

/** People met at the earlier editions of a series (before `beforeDay`): "you may see them again". */
export async function peopleOfEarlierEditions(series: string, beforeDay: string): Promise<{ event: EventRecord; people: Contact[] }[]> {
  const editions = (await db.events.where('series').equals(series).toArray()).filter((e) => e.date !== undefined && e.date < beforeDay);
  editions.sort((a, b) => b.date!.localeCompare(a.date!));
  return Promise.all(editions.map(async (event) => ({ event, people: await peopleMetAt(event.id) })));
}
