import type { ProfileSnapshot } from '@/core/profile';
import type { Observation } from '@/core/records';
import { db, newId } from './db';

/**
 * Records what a profile page showed, once per visit that shows something new: an unchanged
 * page adds nothing, so the table grows with changes (a new job), not with visits.
 */
export async function recordObservation(contactId: string, snapshot: ProfileSnapshot, now: number): Promise<Observation | null> {
  const { headline, company, title, location } = snapshot.identity;
  const previous = await latestObservation(contactId, snapshot.key);
  if (previous && previous.headline === headline && previous.company === company && previous.title === title && previous.location === location) {
    return null;
  }
  const observation: Observation = {
    id: newId(),
    contactId,
    profileKey: snapshot.key,
    at: now,
    headline,
    company,
    title,
    location,
    createdAt: now,
    updatedAt: now,
  };
  await db.observations.add(observation);
  return observation;
}

export async function latestObservation(contactId: string, profileKey?: string): Promise<Observation | undefined> {
  const newestFirst = db.observations
    .where('[contactId+at]')
    .between([contactId, -Infinity], [contactId, Infinity])
    .reverse();
  return profileKey ? newestFirst.filter((o) => o.profileKey === profileKey).first() : newestFirst.first();
}

export function observationsFor(contactId: string): Promise<Observation[]> {
  return db.observations.where('[contactId+at]').between([contactId, -Infinity], [contactId, Infinity]).toArray();
}
