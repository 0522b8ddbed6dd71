import type { EventRecord } from '@/core/records';
import { cleanText } from '@/core/text';
import { db, newId } from './db';

export interface EventInput {
  name: string;
  date?: string;
  place?: string;
  series?: string;
}

/** The event of that name on that day, created when it does not exist yet. */
export async function findOrCreateEvent(input: EventInput, now: number): Promise<EventRecord> {
  const name = cleanText(input.name) ?? '';
  if (!name) throw new Error('An event needs a name.');
  const sameName = await db.events.where('name').equals(name).toArray();
  const existing = sameName.find((e) => (e.date ?? '') === (input.date ?? ''));
  if (existing) return existing;
  const event: EventRecord = {
    id: newId(),
    name,
    date: input.date,
    place: cleanText(input.place),
    series: cleanText(input.series),
    createdAt: now,
    updatedAt: now,
  };
  await db.events.add(event);
  return event;
}

export function listEvents(): Promise<EventRecord[]> {
  return db.events.orderBy('date').reverse().toArray();
}
